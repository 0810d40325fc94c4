import { performance } from 'node:perf_hooks';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { generateFuzzCases } from './fuzz/generate';
import { FuzzOutcome, runCases } from './fuzz/run';

/**
 * npm run bench:fuzz [-- --seed N --cases K --threads T]: differential fuzzing of the reader
 * and solver against mathjs. Every case must end in a refusal or an answer mathjs agrees
 * with; the cases run through the real reader threads with their time budget.
 */
function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function tally(outcomes: FuzzOutcome[], key: (o: FuzzOutcome) => string) {
  const rows: Record<string, Record<string, number>> = {};
  for (const o of outcomes) {
    const row = (rows[key(o)] ??= {
      cases: 0,
      answered: 0,
      refused: 0,
      disagree: 0,
      unreferenced: 0,
    });
    row.cases += 1;
    if (o.verdict === 'agree') row.answered += 1;
    else row[o.verdict] += 1;
  }
  return rows;
}

const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main() {
  const seed = arg('seed', 2026);
  const count = arg('cases', 10000);
  const threads = arg('threads', 2);
  const cases = generateFuzzCases(seed, count);
  const reader = new ProblemReader({
    solveTimeoutMs: 2000,
    recognizeTimeoutMs: 30000,
    solverThreads: threads,
    recognizerThreads: 1,
  });
  console.log(
    `bench:fuzz seed=${seed}, ${count} cases, ${threads} solver threads, node ${process.version}`,
  );
  const started = performance.now();
  const outcomes = await runCases(
    cases,
    async (text) =>
      (await reader.solve({ op: 'solve', output: 'answer', text, lang: 'en-US' })).values,
    threads,
  );
  const seconds = (performance.now() - started) / 1000;
  await reader.close();

  console.log('\nby mutation');
  console.table(tally(outcomes, (o) => o.fuzz.mutation));
  console.log('by class (unmutated and cosmetic cases only)');
  console.table(
    tally(
      outcomes.filter((o) => o.fuzz.mutation === 'none' || o.fuzz.mutation === 'cosmetic'),
      (o) => o.fuzz.cls,
    ),
  );
  const ms = outcomes.map((o) => o.ms);
  const timeouts = outcomes.filter((o) => o.detail === 'PROBLEM_TOO_LARGE' && o.ms >= 2000).length;
  const bad = outcomes.filter((o) => o.verdict === 'disagree' || o.verdict === 'unreferenced');
  const total = tally(outcomes, () => 'all').all;
  console.log(
    `cases ${total.cases}: answered and agreeing ${total.answered}, refused ${total.refused}, ` +
      `disagreements ${total.disagree}, answered without a reference ${total.unreferenced}`,
  );
  console.log(
    `per case: p50 ${percentile(ms, 50).toFixed(1)} ms, p99 ${percentile(ms, 99).toFixed(1)} ms, ` +
      `max ${Math.max(...ms).toFixed(0)} ms; stopped by the time budget: ${timeouts}; ${seconds.toFixed(1)} s in all`,
  );
  for (const o of bad.slice(0, 20))
    console.log(
      `  ${o.verdict} [${o.fuzz.cls}/${o.fuzz.mutation}] ${JSON.stringify(o.fuzz.prompt + o.fuzz.math)}: ${o.detail.slice(0, 240)}`,
    );
  process.exitCode = bad.length ? 1 : 0;
}

void main();
