import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PipelineError } from '../src/pipeline/errors';
import { sameAnswers } from '../src/pipeline/providers/answer-equivalence';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { AnswerValue } from '../src/pipeline/solver/solution';
import { runMain } from './run-main';

/**
 * npm run bench:real [DIR]: photos nobody on this project made, read and solved as the
 * CLI does. DIR holds images and a real.json ({file, kind, problem, answers, lang}); the
 * default is ../shared/data/real-photos. Prints right / refused / wrong per kind, and the
 * latency; every wrong answer is listed with what was read.
 */
interface RealImage {
  file: string;
  kind: string;
  problem: string;
  answers: Record<string, string[]>;
  lang: string;
}

type Verdict = 'right' | 'refused' | 'wrong';

function expected(answers: Record<string, string[]>): AnswerValue[] {
  return Object.entries(answers).flatMap(([variable, values]) =>
    values.map((value) => ({ variable, value })),
  );
}

async function main(): Promise<void> {
  const dir = resolve(
    process.argv[2] ?? join(__dirname, '..', '..', 'shared', 'data', 'real-photos'),
  );
  const images = JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')) as RealImage[];
  const provider = new OfflineScriptProvider(new ProblemReader());
  console.log(`bench:real ${dir}: ${images.length} images, node ${process.version}`);
  const rows: Record<string, Record<Verdict, number>> = {};
  const latencies: number[] = [];
  try {
    for (const image of images) {
      const lang = image.lang === 'zh' || image.lang === 'zh-CN' ? 'zh-CN' : 'en-US';
      const started = performance.now();
      let verdict: Verdict;
      let said: string;
      try {
        const script = await provider.createScript({
          image: readFileSync(join(dir, image.file)),
          lang,
        });
        const want = expected(image.answers);
        // The variable's name is the photo's business; compare values and the unknown's count.
        const named = script.answer.values.map((v, i) => ({
          ...v,
          variable: want[i]?.variable ?? v.variable,
        }));
        verdict = sameAnswers(named, want) ? 'right' : 'wrong';
        said = `read "${script.source.recognition?.text ?? ''}", answered ${JSON.stringify(script.answer.values)}`;
      } catch (e) {
        if (!(e instanceof PipelineError)) throw e;
        verdict = 'refused';
        said = `${e.code}: ${e.detail ?? ''}`.slice(0, 160);
      }
      const ms = performance.now() - started;
      latencies.push(ms);
      (rows[image.kind] ??= { right: 0, refused: 0, wrong: 0 })[verdict] += 1;
      console.log(
        `  ${verdict.padEnd(7)} ${image.file.padEnd(8)} ${(ms / 1000).toFixed(1)} s  ${image.problem.slice(0, 50)} — ${said}`,
      );
    }
  } finally {
    await provider.close();
  }
  console.table(rows);
  const sorted = [...latencies].sort((a, b) => a - b);
  console.log(
    `latency: median ${(sorted[Math.floor(sorted.length / 2)] / 1000).toFixed(2)} s, max ${(sorted[sorted.length - 1] / 1000).toFixed(2)} s (the first includes loading the models)`,
  );
}

runMain(main);
