import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import sharp from 'sharp';
import { connectedComponents } from '../../src/pipeline/recognition/math/components';
import { glyphFeatures } from '../../src/pipeline/recognition/math/glyph-features';
import { GLYPH_CLASSES } from '../../src/pipeline/recognition/math/glyph-classes';
import { binarize, grayFromSharp } from '../../src/pipeline/recognition/math/page-image';
import { withWhiteMargin } from './white-margin';
import { HANDWRITING_DIR, HandwrittenSample, LABELS, classesOfBlobs } from './crohme-glyphs';

/**
 * MDAS operator images (MIT, ../shared/data/handwriting/mdas_symbols_v1.zip): 28 × 28
 * scans of handwritten + − × · ÷ /, white on black, split into train, val and test. The
 * training partition adds hands for the operators, which CROHME's writers drew fewer of.
 */
export const MDAS_FILE = join(HANDWRITING_DIR, 'mdas_symbols_v1.zip');

/** MDAS class folders as CROHME labels (LABELS gives the blobs each is drawn in). */
const MDAS_LABELS: Record<string, string> = {
  addition_plus: '+',
  subtraction_minus: '-',
  multiplication_cross: '\\times',
  multiplication_dot: '.',
  division_obelus: '\\div',
  division_slash: '/',
};

/** The files of a zip archive (stored or deflated), by name. */
export function readZip(zip: Buffer): Map<string, Buffer> {
  // The end-of-central-directory record: the last 22+ bytes, signature 0x06054b50.
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('not a zip archive');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const stored = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(dataAt, dataAt + stored);
    if (!name.endsWith('/')) files.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + extra + comment;
  }
  return files;
}

/**
 * Training blobs from one MDAS partition: each image enlarged to twice its size on white paper (so the
 * strokes are several pixels thick, as on a photographed page) and cut into blobs as a page
 * is; an image whose blobs do not match its class (a ÷ whose dot touches the bar) is skipped.
 */
export async function mdasSamples(
  partition: 'train' | 'val' | 'test',
): Promise<{ samples: HandwrittenSample[]; skipped: number }> {
  const samples: HandwrittenSample[] = [];
  let skipped = 0;
  const files = [...readZip(readFileSync(MDAS_FILE))].sort(([a], [b]) => a.localeCompare(b));
  for (const [name, png] of files) {
    const [, part, folder] = name.split('/');
    const label = MDAS_LABELS[folder];
    if (part !== partition || !label || !name.endsWith('.png')) continue;
    const gray = withWhiteMargin(
      await grayFromSharp(sharp(png).negate().resize(56, 56, { kernel: 'cubic' })),
      8,
    );
    const blobs = connectedComponents(binarize(gray), 3).sort((a, b) => b.area - a.area);
    const classes = classesOfBlobs(LABELS[label], blobs.length);
    if (!classes) {
      skipped += 1;
      continue;
    }
    blobs.forEach((c, i) =>
      samples.push({ label: GLYPH_CLASSES.indexOf(classes[i]), features: glyphFeatures(c) }),
    );
  }
  return { samples, skipped };
}
