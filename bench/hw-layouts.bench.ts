import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { toSharp } from '../src/pipeline/recognition/math/page-image';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { expressionPhoto } from '../scripts/lib/crohme-photos';
import { handwrittenLayout, loadHandBank } from './handwritten-layouts';
import { Tally, argumentAfter, judgeLayout, printLayoutReport } from './layout-verdict';
import { LAYOUT_KINDS, layoutProblem } from './primary-layouts';
import { mulberry32 } from './problem-set';
import { runMain } from './run-main';

/**
 * npm run bench:hw-layouts [-- --per N --seed S --list-refused --keep DIR]: bench:layouts'
 * primary-school layouts written by hand — each glyph one the unseen CROHME test writers
 * drew, a problem's all from one writer (handwritten-layouts.ts) — and photographed as
 * bench:handwriting photographs a page (16–44 px a digit, ballpoint to felt tip, paper,
 * blur, noise, JPEG). Money is left out (no writer drew a $). Prints right / refused / wrong
 * per layout and every wrong answer: a student's 竖式 read as another problem is the
 * failure this looks for.
 */
async function main(): Promise<void> {
  const per = Number(argumentAfter('--per') ?? 30);
  const seed = Number(argumentAfter('--seed') ?? 2026);
  const keep = argumentAfter('--keep');
  if (keep) mkdirSync(keep, { recursive: true });
  const rand = mulberry32(seed);
  const bank = loadHandBank();
  const provider = new OfflineScriptProvider(new ProblemReader());
  const byLayout: Record<string, Tally> = {};
  const wrong: string[] = [];
  const refused: string[] = [];
  const latencies: number[] = [];
  console.log(`bench:hw-layouts: ${per} per layout, seed ${seed}, node ${process.version}`);
  try {
    for (const kind of LAYOUT_KINDS.filter((k) => k !== 'money column'))
      for (let i = 0; i < per; i += 1) {
        const problem = layoutProblem(kind, rand);
        const written = handwrittenLayout(problem, bank, rand);
        const photo = written && (await expressionPhoto(written, rand));
        if (!photo) continue;
        const image = await toSharp(photo.gray).png().toBuffer();
        if (keep) writeFileSync(`${keep}/${kind}-${i}.png`, image);
        const started = performance.now();
        const verdict = await judgeLayout(provider, image, problem);
        latencies.push(performance.now() - started);
        (byLayout[kind] ??= { right: 0, refused: 0, wrong: 0 })[verdict.verdict] += 1;
        const line = `${kind} ${i} ${problem.text}: ${verdict.said}`;
        if (verdict.verdict === 'wrong') wrong.push(line);
        if (verdict.verdict === 'refused') refused.push(line);
      }
  } finally {
    await provider.close();
  }
  console.table(byLayout);
  printLayoutReport(wrong, refused, latencies);
}

runMain(main);
