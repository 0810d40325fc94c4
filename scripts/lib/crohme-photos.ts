import sharp from 'sharp';
import {
  Component,
  boxHeight,
  connectedComponents,
} from '../../src/pipeline/recognition/math/components';
import { glyphFeatures } from '../../src/pipeline/recognition/math/glyph-features';
import { HANDWRITING_CLASSES, TOUCHING } from '../../src/pipeline/recognition/math/glyph-classes';
import {
  GrayImage,
  InkImage,
  binarize,
  evenLight,
  grayFromSharp,
  toSharp,
} from '../../src/pipeline/recognition/math/page-image';
import { TARGET_GLYPH_HEIGHT } from '../../src/pipeline/recognition/math/page-prep';
import {
  HandwrittenSample,
  InkExpression,
  GLYPH_TABLE,
  LabelTable,
  classesOfBlobs,
  countedKey,
  quotaKey,
  drawInk,
  randomPen,
} from './crohme-glyphs';
import { addSensorNoise } from './sensor-noise';

/**
 * Handwriting as a phone photo shows it. A whole CROHME expression is drawn as ink on paper
 * at a photo's resolution (16–44 px a symbol), blurred, noised and JPEG-compressed, then
 * enlarged, evened and binarised as page-prep does, so its blobs are those a real photo
 * gives: a faint stroke broken in two, neighbours run together ("23" as one blob, a
 * superscript touching its base). Each blob is traced back to the symbols whose strokes
 * inked it:
 * - one symbol's blobs, as many as its class has parts, are training blobs of those classes
 *   (a symbol broken into more keeps its largest piece when that holds nearly all its ink);
 * - a blob of two symbols' ink is a TOUCHING sample: the classifier learns to doubt a blob
 *   that is two glyphs, so the repairs (glyph-repair.ts) try to cut it instead of trusting a
 *   confident misreading.
 */
export async function photographedSamples(
  expressions: InkExpression[],
  sets: Set<string>,
  rand: () => number,
  options: { perClass: number; touching: number },
  table: LabelTable = GLYPH_TABLE,
): Promise<{ samples: HandwrittenSample[]; touching: number; broken: number }> {
  const counts = new Map<string, number>();
  const samples: HandwrittenSample[] = [];
  const touchingLabel = HANDWRITING_CLASSES.indexOf(TOUCHING);
  let touching = 0;
  let broken = 0;
  const full = (label: string) => (counts.get(quotaKey(table, label)) ?? 0) >= options.perClass;
  for (const e of expressions) {
    if (!sets.has(e.set) || e.strokes.length === 0) continue;
    const known = e.symbols.filter((s) => table.labels[s.l] && !full(s.l));
    if (known.length === 0 && touching >= options.touching) continue;
    const photo = await photograph(e, rand);
    if (!photo) continue;
    for (const blob of photo.blobs) {
      if (blob.symbols.length < 2 || touching >= options.touching) continue;
      touching += 1;
      samples.push({ label: touchingLabel, features: glyphFeatures(blob.c) });
    }
    for (const [index, sym] of e.symbols.entries()) {
      const spec = table.labels[sym.l];
      if (!spec || full(sym.l)) continue;
      // A symbol with ink in a touching blob is not whole in its own blobs.
      if (photo.blobs.some((b) => b.symbols.length > 1 && b.symbols.includes(index))) continue;
      const pieces = photo.blobs
        .filter((b) => b.symbols.length === 1 && b.symbols[0] === index)
        .sort((a, b) => b.c.area - a.c.area);
      if (pieces.length === 0) continue;
      let parts = classesOfBlobs(spec, pieces.length);
      if (!parts && spec.parts.length === 1 && pieces[0].ink >= 0.85 * photo.inkOf[index]) {
        broken += 1;
        pieces.length = 1;
        parts = spec.parts;
      }
      if (!parts) continue;
      for (const [i, piece] of pieces.entries()) {
        const key = countedKey(table, sym.l, parts[i]);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        samples.push({
          label: table.classes.indexOf(parts[i]),
          features: glyphFeatures(piece.c),
        });
      }
    }
  }
  return { samples, touching, broken };
}

interface TracedBlob {
  c: Component;
  /** Indexes of the symbols that own a real share of the blob's ink. */
  symbols: number[];
  /** Ink of the blob traced to its symbols. */
  ink: number;
}

/** The expression photographed and cut into blobs, each traced to its symbols. */
async function photograph(
  e: InkExpression,
  rand: () => number,
): Promise<{ blobs: TracedBlob[]; inkOf: number[] } | null> {
  const symbolOf = new Int32Array(e.strokes.length).fill(-1);
  e.symbols.forEach((s, i) => s.s.forEach((k) => (symbolOf[k] = i)));
  const photo = await expressionPhoto(e, rand);
  if (!photo) return null;
  const { ink, owner, gray, symbolPx } = photo;
  const scale = Math.max(0.4, Math.min(3, TARGET_GLYPH_HEIGHT / symbolPx));
  let page = evenLight(gray);
  if (symbolPx < 0.95 * TARGET_GLYPH_HEIGHT)
    page = await grayFromSharp(
      toSharp(page).resize({ width: Math.round(page.width * scale), kernel: 'cubic' }),
    );
  const sx = page.width / ink.width;
  const sy = page.height / ink.height;
  const near = nearestOwner(owner, ink.width, ink.height, 2);
  const inkOf = new Array<number>(e.symbols.length).fill(0);
  const minArea = Math.max(6, Math.round(0.01 * TARGET_GLYPH_HEIGHT ** 2));
  const blobs: TracedBlob[] = [];
  for (const c of connectedComponents(binarize(page), minArea)) {
    const share = new Map<number, number>();
    const w = c.box.x1 - c.box.x0 + 1;
    for (let y = 0; y < boxHeight(c.box); y += 1)
      for (let x = 0; x < w; x += 1) {
        if (!c.mask[y * w + x]) continue;
        const ox = Math.min(ink.width - 1, Math.floor((x + c.box.x0 + 0.5) / sx));
        const oy = Math.min(ink.height - 1, Math.floor((y + c.box.y0 + 0.5) / sy));
        const stroke = near[oy * ink.width + ox];
        const sym = stroke ? symbolOf[stroke - 1] : -1;
        if (sym >= 0) share.set(sym, (share.get(sym) ?? 0) + 1);
      }
    const traced = [...share.values()].reduce((a, n) => a + n, 0);
    // Ink nobody drew is noise or an unlabelled stroke: such a blob teaches nothing.
    if (traced < 0.6 * c.area) continue;
    const symbols = [...share]
      .filter(([, n]) => n >= 0.12 * traced)
      .sort((a, b) => b[1] - a[1])
      .map(([s]) => s);
    for (const [s, n] of share) inkOf[s] += n;
    blobs.push({ c, symbols, ink: traced });
  }
  return { blobs, inkOf };
}

/**
 * A CROHME expression as a phone photo of it: drawn at 16–44 px a symbol with a ballpoint
 * to felt-tip pen, on paper, blurred, noised and JPEG-compressed. Also the ink and which
 * stroke (1 + index) drew each pixel; null when the drawing would be huge.
 */
export async function expressionPhoto(
  e: InkExpression,
  rand: () => number,
): Promise<{ gray: GrayImage; ink: InkImage; owner: Uint16Array; symbolPx: number } | null> {
  const strokes = e.strokes.map((s) => (s.length >= 2 ? s : [0, 0]));
  const symbolPx = 16 + rand() * 28;
  const pen = randomPen(rand, symbolPx, symbolPx);
  // Ballpoint to felt tip: thinner than the training pens, as photos of notebooks are.
  pen.radius = Math.max(0.6, (symbolPx * (0.04 + rand() * 0.08)) / 2);
  const { ink, owner } = drawInk(strokes, pen);
  if (ink.width * ink.height > 4_000_000) return null;
  return { gray: await paperPhoto(ink, rand, symbolPx), ink, owner, symbolPx };
}

/** Ink on paper as a phone sees it: grey levels, blur, sensor noise, JPEG. */
async function paperPhoto(
  ink: { data: Uint8Array; width: number; height: number },
  rand: () => number,
  symbolPx: number,
): Promise<GrayImage> {
  const paper = 150 + rand() * 95;
  const dark = 10 + rand() * (paper - 90);
  const data = new Uint8Array(ink.data.length);
  for (let i = 0; i < data.length; i += 1) data[i] = ink.data[i] ? dark : paper;
  const raw = { raw: { width: ink.width, height: ink.height, channels: 1 as const } };
  const blurred = await grayFromSharp(
    sharp(Buffer.from(data), raw).blur(0.3 + rand() * (0.3 + symbolPx * 0.02)),
  );
  addSensorNoise(blurred, rand, 2 + rand() * 8);
  const jpeg = await toSharp(blurred)
    .jpeg({ quality: 40 + Math.floor(rand() * 50) })
    .toBuffer();
  return grayFromSharp(sharp(jpeg));
}

/** Per pixel, the stroke (1 + index) of an inked pixel within `radius`, 0 when none. */
function nearestOwner(owner: Uint16Array, width: number, height: number, radius: number) {
  let current = owner;
  for (let step = 0; step < radius; step += 1) {
    const next = current.slice();
    for (let y = 0; y < height; y += 1)
      for (let x = 0; x < width; x += 1) {
        if (current[y * width + x]) continue;
        for (const [dx, dy] of [
          [1, 0],
          [-1, 0],
          [0, 1],
          [0, -1],
        ]) {
          const qx = x + dx;
          const qy = y + dy;
          if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
          const o = current[qy * width + qx];
          if (o) {
            next[y * width + x] = o;
            break;
          }
        }
      }
    current = next;
  }
  return current;
}
