import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { DEV_SET_DIR, RealImage, Verdict, judgeRealImage, readRealSet } from './real-photos';
import { PHOTO_VARIANTS as VARIANTS } from './photo-variants';
import { runMain } from './run-main';

/**
 * npm run bench:real-variants [DIR]: each photo of a real set (default ../shared/data/real-
 * photos) also taken the ways the next student's photo of the same page differs
 * (photo-variants.ts), and read and solved as the CLI does. Prints right / refused / wrong
 * per kind and per variant, and every variant whose verdict differs from its original's.
 *
 * The kept-apart set is other photos like these, not these: a reading that holds only for the
 * exact pixels of a development photo says little about it. A wrong answer on any variant is
 * as bad as on a photo.
 */
async function main(): Promise<void> {
  const dir = resolve(process.argv[2] ?? DEV_SET_DIR);
  const images = readRealSet(dir);
  const work = mkdtempSync(join(tmpdir(), 'dogmath-variants-'));
  const provider = new OfflineScriptProvider(new ProblemReader());
  const rows: Record<string, Record<Verdict, number>> = {};
  const byVariant: Record<string, Record<Verdict, number>> = {};
  const changed: string[] = [];
  console.log(`bench:real-variants ${dir}: ${images.length} images × ${VARIANTS.length} variants`);
  try {
    for (const image of images) {
      const original = await judgeRealImage(provider, dir, image);
      const photo = readFileSync(join(dir, image.file));
      for (const [k, variant] of VARIANTS.entries()) {
        const file = `${image.file}.${k}.png`;
        writeFileSync(join(work, file), await variant.make(photo));
        const copy: RealImage = { ...image, file };
        const { verdict, said } = await judgeRealImage(provider, work, copy);
        (rows[image.kind] ??= { right: 0, refused: 0, wrong: 0 })[verdict] += 1;
        (byVariant[variant.name] ??= { right: 0, refused: 0, wrong: 0 })[verdict] += 1;
        if (verdict !== original.verdict)
          changed.push(
            `  ${image.file} ${variant.name}: ${original.verdict} → ${verdict.toUpperCase()} (${said})`,
          );
      }
    }
  } finally {
    await provider.close();
    rmSync(work, { recursive: true, force: true });
  }
  console.table(rows);
  console.table(byVariant);
  console.log(`variants read otherwise than their original (${changed.length}):`);
  for (const line of changed) console.log(line);
}

runMain(main);
