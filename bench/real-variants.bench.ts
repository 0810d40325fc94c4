import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { DEV_SET_DIR, RealImage, Verdict, judgeRealImage, readRealSet } from './real-photos';
import { runMain } from './run-main';

/**
 * npm run bench:real-variants [DIR]: each photo of a real set (default ../shared/data/real-
 * photos) also taken the ways the next student's photo of the same page differs — turned a
 * few degrees either way, at half the resolution, as a poor JPEG, in dim light with a shadow
 * across it, on an exercise book's ruled lines — and read and solved as the CLI does. Prints right / refused / wrong per kind
 * over all variants, and every variant whose verdict differs from its original's.
 *
 * The kept-apart set is other photos like these, not these: a reading that holds only for the
 * exact pixels of a development photo says little about it. A wrong answer on any variant is
 * as bad as on a photo.
 */
const VARIANTS: { name: string; make: (image: Buffer) => Promise<Buffer> }[] = [
  { name: 'turned +3°', make: (b) => turned(b, 3) },
  { name: 'turned −3°', make: (b) => turned(b, -3) },
  {
    // Half the resolution, but no crop smaller than the smallest a student sends (~100 px).
    name: 'half size',
    make: async (b) => {
      const { width = 0 } = await sharp(b).metadata();
      const smaller = Math.max(100, Math.round(width / 2));
      return smaller >= width ? b : sharp(b).resize({ width: smaller }).png().toBuffer();
    },
  },
  { name: 'JPEG q30', make: (b) => sharp(b).jpeg({ quality: 30 }).toBuffer() },
  { name: 'dim, shadowed', make: shadowed },
  { name: 'on ruled paper', make: ruled },
];

/** Turned on the paper: the corners the turn uncovers are filled with the photo's own paper. */
async function turned(b: Buffer, degrees: number): Promise<Buffer> {
  const { dominant } = await sharp(b).stats();
  return sharp(b).rotate(degrees, { background: dominant }).png().toBuffer();
}

/**
 * Written on an exercise book's ruling: light blue lines across the whole photo, half its
 * height apart (through a one-line crop's glyphs, as when a student writes across them).
 */
async function ruled(b: Buffer): Promise<Buffer> {
  const { width = 0, height = 0 } = await sharp(b).metadata();
  const gap = height / 2;
  const thick = Math.max(1, Math.round(height / 80));
  const lines = [gap / 2, gap * 1.5]
    .map(
      (y) => `<rect x="0" y="${Math.round(y)}" width="${width}" height="${thick}" fill="#9db8de"/>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${lines}</svg>`;
  return sharp(b)
    .composite([{ input: Buffer.from(svg), blend: 'multiply' }])
    .png()
    .toBuffer();
}

/** Darker and flatter, with light falling off from left to right as under a hand or phone. */
async function shadowed(b: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(b).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const out = Buffer.from(data);
  for (let y = 0; y < info.height; y += 1)
    for (let x = 0; x < info.width; x += 1) {
      const light = 0.8 - (0.35 * x) / info.width;
      for (let c = 0; c < info.channels; c += 1) {
        const i = (y * info.width + x) * info.channels + c;
        out[i] = Math.round(25 + data[i] * 0.7 * light);
      }
    }
  return sharp(out, { raw: info }).png().toBuffer();
}

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
