import { performance } from 'node:perf_hooks';
import { generateProblems, BenchProblem, PRINT_FONTS, printOptions } from './problem-set';
import { renderProblemImage } from '../scripts/lib/render-line';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { TesseractRecognizer } from '../src/pipeline/recognition/tesseract.recognizer';
import { sameAnswers } from '../src/pipeline/providers/answer-equivalence';
import { PipelineError } from '../src/pipeline/errors';

/**
 * npm run bench:solve [-- --seed N --per 4]
 * Accuracy of final answers and script-only latency, for typed text and for printed
 * one-line images (several fonts and sizes), in both languages.
 */

interface Outcome {
  problem: BenchProblem;
  ok: boolean;
  /** An answer was given, and it is wrong: the failure that matters most. */
  wrong: boolean;
  ms: number;
  detail: string;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function runTier(
  name: string,
  problems: BenchProblem[],
  run: (p: BenchProblem, i: number) => Promise<{ values: { variable: string; value: string }[] }>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const [i, p] of problems.entries()) {
    const t0 = performance.now();
    try {
      const { values } = await run(p, i);
      const ms = performance.now() - t0;
      const ok = sameAnswers(values, p.expected);
      outcomes.push({
        problem: p,
        ok,
        wrong: !ok,
        ms,
        detail: ok
          ? ''
          : `WRONG got ${JSON.stringify(values)} expected ${JSON.stringify(p.expected)}`,
      });
    } catch (e) {
      outcomes.push({
        problem: p,
        ok: false,
        wrong: false,
        ms: performance.now() - t0,
        detail: e instanceof PipelineError ? `refused ${e.code} ${e.detail ?? ''}` : String(e),
      });
    }
  }
  report(name, outcomes);
  return outcomes;
}

function report(name: string, outcomes: Outcome[]) {
  const ok = outcomes.filter((o) => o.ok).length;
  const ms = outcomes.map((o) => o.ms);
  const wrong = outcomes.filter((o) => o.wrong).length;
  console.log(
    `\n== tier ${name}: ${ok}/${outcomes.length} correct = ${((100 * ok) / outcomes.length).toFixed(1)} %; wrong answers ${wrong}, refused ${outcomes.length - ok - wrong}`,
  );
  console.log(
    `   latency median ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`,
  );
  for (const lang of ['zh-CN', 'en-US']) {
    const l = outcomes.filter((o) => o.problem.lang === lang);
    console.log(`   ${lang}: ${l.filter((o) => o.ok).length}/${l.length}`);
  }
  const kinds = [...new Set(outcomes.map((o) => o.problem.kind))];
  console.log(
    `   per kind: ${kinds.map((k) => `${k} ${outcomes.filter((o) => o.problem.kind === k && o.ok).length}/${outcomes.filter((o) => o.problem.kind === k).length}`).join(', ')}`,
  );
  for (const o of outcomes.filter((x) => !x.ok))
    console.log(`   FAIL ${o.problem.id}: ${o.problem.text} -> ${o.detail}`);
}

async function main() {
  const seed = arg('seed', 2026);
  const per = arg('per', 4);
  const problems = generateProblems(seed, per);
  const provider = new OfflineScriptProvider(new TesseractRecognizer());
  console.log(
    `bench:solve seed=${seed}, ${problems.length} problems (${per} per kind and language), node ${process.version}`,
  );

  await runTier(
    'text',
    problems,
    async (p) => (await provider.createScript({ text: p.text, lang: p.lang })).answer,
  );

  const options = printOptions(seed, problems.length);
  const images = await Promise.all(problems.map((p, i) => renderProblemImage(p.text, options[i])));
  // Warm-up: the first call loads the OCR models; it is not a per-image cost.
  await provider.createScript({ image: images[0], lang: 'zh-CN' }).catch(() => undefined);
  const rssBefore = process.memoryUsage().rss;
  await runTier(
    'printed',
    problems,
    async (p, i) => (await provider.createScript({ image: images[i], lang: p.lang })).answer,
  );
  console.log(
    `\npeak RSS ${(Math.max(rssBefore, process.memoryUsage().rss) / 1048576).toFixed(0)} MB (fonts: ${PRINT_FONTS.join(' | ')}; sizes 30-51 px)`,
  );
  await provider.close();
}

void main();
