import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PipelineError } from '../src/pipeline/errors';
import { Task } from '../src/pipeline/solver/instructions';
import { toSharp } from '../src/pipeline/recognition/math/page-image';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import {
  CROHME_FILE,
  CROHME_HELD_OUT_SETS,
  readInkExpressions,
} from '../scripts/lib/crohme-glyphs';
import { expressionPhoto } from '../scripts/lib/crohme-photos';
import { typedProblem } from '../scripts/lib/typed-problem';
import { mulberry32 } from './problem-set';
import { stringHash } from '../src/pipeline/math/seeded-random';
import { PHOTO_VARIANTS } from './photo-variants';
import { RealImage, Verdict, judgeRealImage } from './real-photos';
import { runMain } from './run-main';

/**
 * npm run bench:handwriting [-- --max N] [--seed S] [--keep DIR] [--list-refused]
 * [--scale K] [--variant NAME]: whole handwritten problems
 * by writers the classifier never saw (CROHME 2014 and 2016 test sets), photographed as a
 * phone would (16–44 px a symbol, ballpoint to felt tip, blur, noise, JPEG), read and solved
 * as the CLI reads a photo, and judged against the answer of the typed expression. Only the
 * expressions our solver answers when typed count (school algebra and arithmetic: no
 * subscripts, Greek or sums). Prints right / refused / wrong and lists every wrong answer.
 *
 * Real photos decide (bench:real); this is the larger, repeatable stand-in for handwriting
 * that tells a change to segmentation or doubt rules from noise, with real hands.
 *
 * `--scale K` takes each photo at K times the size (a phone's photo is thousands of pixels
 * across, these crops a few hundred) and `--variant NAME` as one of bench:real-variants'
 * photo variants ("hard shadow", "JPEG q30" …): the same problems under the conditions the
 * development photos' variants test, with 400 hands instead of 11.
 */
async function main(): Promise<void> {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at > 0 ? process.argv[at + 1] : undefined;
  };
  const max = Number(arg('--max') ?? 400);
  const seed = Number(arg('--seed') ?? 2026);
  const scale = Number(arg('--scale') ?? 1);
  const variantName = arg('--variant');
  const variant = variantName && PHOTO_VARIANTS.find((v) => v.name === variantName);
  if (variantName && !variant)
    throw new Error(`--variant must be one of: ${PHOTO_VARIANTS.map((v) => v.name).join(', ')}`);
  const dir = resolve(arg('--keep') ?? mkdtempSync(join(tmpdir(), 'dogmath-hand-')));
  mkdirSync(dir, { recursive: true });
  const provider = new OfflineScriptProvider(new ProblemReader());
  const held = new Set(CROHME_HELD_OUT_SETS);
  const rows: Record<Verdict, number> = { right: 0, refused: 0, wrong: 0 };
  const refusals = new Map<string, number>();
  const wrong: string[] = [];
  const refused: string[] = [];
  const set: RealImage[] = [];
  try {
    for (const e of readInkExpressions(CROHME_FILE)) {
      if (set.length >= max) break;
      const text = held.has(e.set) && e.latex ? typedProblem(e.latex) : null;
      if (!text) continue;
      const typed = await typedAnswers(provider, text);
      if (!typed) continue;
      const { answers, task } = typed;
      // Each expression's photo draws from its own stream: a problem the solver newly takes
      // (or drops) leaves every other photo as it was, so two versions stay comparable.
      const photo = await expressionPhoto(e, mulberry32(seed ^ stringHash(e.id)));
      if (!photo) continue;
      const image = { file: `${e.id}.png`, kind: 'crohme-photo', problem: text, answers };
      const taken = toSharp(photo.gray);
      if (scale !== 1) taken.resize({ width: Math.round(photo.gray.width * scale) });
      let png: Buffer = await taken.png().toBuffer();
      if (variant) png = await variant.make(png);
      writeFileSync(join(dir, image.file), png);
      const { verdict, said } = await judgeRealImage(
        provider,
        dir,
        { ...image, lang: 'none' },
        task,
      );
      set.push({ ...image, lang: 'none' });
      rows[verdict] += 1;
      if (verdict === 'wrong') wrong.push(`${image.file}  ${text} — ${said}`);
      if (verdict === 'refused') {
        const code = said.split(':')[0];
        refusals.set(code, (refusals.get(code) ?? 0) + 1);
        refused.push(`${image.file}  ${text} — ${said}`);
      }
    }
  } finally {
    await provider.close();
  }
  writeFileSync(join(dir, 'real.json'), JSON.stringify(set, null, 1));
  const pct = (n: number) => `${((100 * n) / Math.max(1, set.length)).toFixed(1)} %`;
  console.log(
    `bench:handwriting: ${set.length} problems by held-out CROHME writers (seed ${seed}${scale === 1 ? '' : `, ${scale}× the size`}${variant ? `, ${variant.name}` : ''}), photos in ${dir}`,
  );
  console.log(
    `  right ${rows.right} (${pct(rows.right)}), refused ${rows.refused} (${pct(rows.refused)}), wrong ${rows.wrong} (${pct(rows.wrong)})`,
  );
  console.log(`  refusals: ${[...refusals].map(([code, n]) => `${code} ×${n}`).join(', ')}`);
  for (const line of wrong) console.log(`  WRONG ${line}`);
  if (process.argv.includes('--list-refused'))
    for (const line of refused) console.log(`  refused ${line}`);
}

/**
 * The answer the typed expression gets, in real.json's form, and the task it was read as
 * (given to the photo as the student's pick on the page: a photo of "n² + n − n" says not
 * whether to simplify or factor); null when it is no problem of ours.
 */
async function typedAnswers(
  provider: OfflineScriptProvider,
  text: string,
): Promise<{ answers: Record<string, string[]>; task?: Task } | null> {
  try {
    const script = await provider.createScript({ text, lang: 'en-US' });
    const answers: Record<string, string[]> = {};
    for (const v of script.answer.values) (answers[v.variable] ??= []).push(v.value);
    return Object.keys(answers).length ? { answers, task: script.problem.task } : null;
  } catch (e) {
    if (e instanceof PipelineError) return null;
    throw e;
  }
}

runMain(main);
