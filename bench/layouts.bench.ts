import { performance } from 'node:perf_hooks';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { PHOTO_VARIANTS } from './photo-variants';
import { Tally, argumentAfter, judgeLayout, printLayoutReport } from './layout-verdict';
import { LAYOUT_KINDS, layoutProblem, renderLayout } from './primary-layouts';
import { mulberry32 } from './problem-set';
import { runMain } from './run-main';

/**
 * npm run bench:layouts [--per N] [--seed S] [--fonts "A,B"] [--list-refused]: the written layouts of
 * primary school — column addition, subtraction and multiplication (竖式, decimals lined up
 * on their points), a column sum of three addends (连加), the long-division bracket —
 * typeset in fonts the print classifier never saw (FreeSans is a Helvetica, as the TeX Gyre
 * Heros it learns is: another cut of that design), as they come and taken the ways a
 * student's photo differs (photo-variants.ts). Prints right / refused / wrong per layout and
 * per variant, and every wrong answer. Real photos of these layouts are few (r01, r02, r07):
 * this says whether a layout is read at all, and never answered wrong, before one turns up.
 * `--fonts` draws from other installed fonts instead (a Chinese textbook's Kai or Song).
 */
const FONTS = [
  'TeX Gyre Termes',
  'FreeSans',
  'TeX Gyre Schola',
  'TeX Gyre Bonum',
  'Liberation Sans',
  'Noto Serif CJK SC',
  'Liberation Mono',
];

async function main(): Promise<void> {
  const per = Number(argumentAfter('--per') ?? 4);
  const seed = Number(argumentAfter('--seed') ?? 2026);
  const fonts = argumentAfter('--fonts')?.split(',') ?? FONTS;
  const rand = mulberry32(seed);
  const provider = new OfflineScriptProvider(new ProblemReader());
  const byLayout: Record<string, Tally> = {};
  const byVariant: Record<string, Tally> = {};
  const wrong: string[] = [];
  const refused: string[] = [];
  const variants = [
    { name: 'as typeset', make: (b: Buffer) => Promise.resolve(b) },
    ...PHOTO_VARIANTS,
  ];
  const latencies: number[] = [];
  console.log(
    `bench:layouts: ${per} per layout and variant, seed ${seed}, node ${process.version}`,
  );
  try {
    for (const variant of variants)
      for (const kind of LAYOUT_KINDS)
        for (let i = 0; i < per; i += 1) {
          const problem = layoutProblem(kind, rand);
          const font = fonts[Math.floor(rand() * fonts.length)];
          const size = [26, 36, 50][Math.floor(rand() * 3)];
          const image = await variant.make(await renderLayout(problem, font, size));
          const started = performance.now();
          const verdict = await judgeLayout(provider, image, problem);
          latencies.push(performance.now() - started);
          (byLayout[kind] ??= { right: 0, refused: 0, wrong: 0 })[verdict.verdict] += 1;
          (byVariant[variant.name] ??= { right: 0, refused: 0, wrong: 0 })[verdict.verdict] += 1;
          const line = `${variant.name} ${kind} ${font} ${size}px ${problem.text}: ${verdict.said}`;
          if (verdict.verdict === 'wrong') wrong.push(line);
          if (verdict.verdict === 'refused') refused.push(line);
        }
  } finally {
    await provider.close();
  }
  console.table(byLayout);
  console.table(byVariant);
  printLayoutReport(wrong, refused, latencies);
}

runMain(main);
