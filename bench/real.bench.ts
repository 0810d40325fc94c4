import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { DEV_SET_DIR, Verdict, judgeRealImage, readRealSet } from './real-photos';
import { runMain } from './run-main';

/**
 * npm run bench:real [DIR]: photos nobody on this project made, read and solved as the
 * CLI does. DIR holds images and a real.json ({file, kind, problem, answers, lang}); the
 * default is ../shared/data/real-photos. Prints right / refused / wrong per kind, and the
 * latency; every wrong answer is listed with what was read.
 */
async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? DEV_SET_DIR);
  const images = readRealSet(dir);
  const provider = new OfflineScriptProvider(new ProblemReader());
  console.log(`bench:real ${dir}: ${images.length} images, node ${process.version}`);
  const rows: Record<string, Record<Verdict, number>> = {};
  const latencies: number[] = [];
  try {
    for (const image of images) {
      const started = performance.now();
      const { verdict, said } = await judgeRealImage(provider, dir, image);
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
