import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Component, connectedComponents } from '../../src/pipeline/recognition/math/components';
import { glyphFeatures } from '../../src/pipeline/recognition/math/glyph-features';
import { DIGITS, GLYPH_CLASSES, LETTERS } from '../../src/pipeline/recognition/math/glyph-classes';
import { InkImage } from '../../src/pipeline/recognition/math/page-image';

/**
 * Real handwriting for the glyph classifier: the pen strokes of CROHME 2011–2016 (people
 * copying printed formulas on tablets), drawn as ink with a random pen, slant and stretch,
 * then cut into blobs exactly as a photographed page is. Each labelled symbol becomes one
 * training blob per part (= is two bars, ÷ a bar and two dots), or is skipped when the pen
 * drew it in a different number of blobs than the class expects (a 5 whose flag floats).
 *
 * Licence: CROHME is research / non-commercial (CC BY-NC-SA 3.0) — see the README's model
 * card; `npm run train:glyphs -- --no-crohme` trains without it.
 */
export const HANDWRITING_DIR =
  process.env.HANDWRITING_DIR ?? join(process.cwd(), '..', 'shared', 'data', 'handwriting');
export const CROHME_FILE = join(HANDWRITING_DIR, 'crohme_expressions.jsonl.gz');
/** The writers the classifier learns from. */
export const CROHME_TRAIN_SETS = [
  'train',
  'test2011',
  'test2012',
  'test2013',
  'train2011',
  'train2012',
];
/** The 2014 and 2016 test writers: never trained on, they measure how a new hand is read. */
export const CROHME_HELD_OUT_SETS = ['test2014', 'test2016'];

export interface InkExpression {
  id: string;
  set: string;
  /** What the writer copied, as LaTeX between dollars. */
  latex?: string;
  /** Flat x,y lists, y down; the expression's median symbol is 100 units tall. */
  strokes: number[][];
  symbols: { l: string; s: number[]; m?: string }[];
}

export interface HandwrittenSample {
  label: number;
  features: Float32Array;
}

/** Our blob classes for a CROHME label: parts largest first, or the class of a one-blob drawing. */
export const LABELS: Record<string, { parts: string[]; whole?: string }> = {
  ...Object.fromEntries(DIGITS.map((d) => [d, { parts: [d] }])),
  ...Object.fromEntries(LETTERS.map((l) => [l, { parts: [l] }])),
  i: { parts: ['i-stem', 'dot'] },
  j: { parts: ['j-stem', 'dot'] },
  '+': { parts: ['+'] },
  '-': { parts: ['bar'] },
  '=': { parts: ['bar', 'bar'] },
  '\\times': { parts: ['×'] },
  '\\div': { parts: ['bar', 'dot', 'dot'] },
  '/': { parts: ['/'] },
  '(': { parts: ['('] },
  ')': { parts: [')'] },
  '[': { parts: ['['] },
  ']': { parts: [']'] },
  '\\{': { parts: ['{'] },
  '\\}': { parts: ['}'] },
  '|': { parts: ['|'] },
  '\\sqrt': { parts: ['√'] },
  '\\lt': { parts: ['<'] },
  '<': { parts: ['<'] },
  '\\gt': { parts: ['>'] },
  '>': { parts: ['>'] },
  '\\leq': { parts: ['<', 'bar'], whole: '≤' },
  '\\geq': { parts: ['>', 'bar'], whole: '≥' },
  '\\pm': { parts: ['+', 'bar'], whole: '±' },
  '\\neq': { parts: ['≠'] },
  ',': { parts: ['comma'] },
  '.': { parts: ['dot'] },
  '\\prime': { parts: ['prime'] },
};

export function readInkExpressions(file: string): InkExpression[] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as InkExpression);
}

export interface Pen {
  /** Pixels per CROHME unit (a median symbol is 100 units). */
  scale: number;
  radius: number;
  /** Affine slant/stretch/turn applied to the points. */
  a: number;
  b: number;
  c: number;
  d: number;
}

export function randomPen(rand: () => number, smallest = 30, largest = 66): Pen {
  const symbolPx = smallest + rand() * (largest - smallest);
  const scale = symbolPx / 100;
  // Pen widths from a fine liner to a marker: 5–16 % of a symbol's height.
  const radius = Math.max(0.8, (symbolPx * (0.05 + rand() * 0.11)) / 2);
  const turn = ((rand() - 0.5) * 14 * Math.PI) / 180;
  const shear = (rand() - 0.5) * 0.4;
  const stretch = 0.85 + rand() * 0.3;
  const cos = Math.cos(turn);
  const sin = Math.sin(turn);
  return {
    scale,
    radius,
    a: cos * stretch,
    b: -sin + shear,
    c: sin * stretch,
    d: cos,
  };
}

/** The symbol's strokes drawn as ink with a round pen (an 8-connected binary image). */
export function drawStrokes(strokes: number[][], pen: Pen): InkImage {
  return drawInk(strokes, pen).ink;
}

/**
 * Strokes drawn as ink with a round pen; `owner` holds, per pixel, 1 + the index of the
 * stroke that inked it last (0 = paper), so each blob of a drawn expression can be traced
 * back to the symbols whose strokes made it.
 */
export function drawInk(strokes: number[][], pen: Pen): { ink: InkImage; owner: Uint16Array } {
  const pts = strokes.map((s) => {
    const out: number[] = [];
    for (let i = 0; i + 1 < s.length; i += 2) {
      const x = s[i] * pen.scale;
      const y = s[i + 1] * pen.scale;
      out.push(pen.a * x + pen.b * y, pen.c * x + pen.d * y);
    }
    return out;
  });
  const xs = pts.flatMap((s) => s.filter((_, i) => i % 2 === 0));
  const ys = pts.flatMap((s) => s.filter((_, i) => i % 2 === 1));
  const pad = Math.ceil(pen.radius) + 3;
  const x0 = Math.min(...xs) - pad;
  const y0 = Math.min(...ys) - pad;
  const width = Math.ceil(Math.max(...xs) - x0 + pad);
  const height = Math.ceil(Math.max(...ys) - y0 + pad);
  const data = new Uint8Array(width * height);
  const owner = new Uint16Array(width * height);
  const r = pen.radius;
  let stroke = 0;
  const disc = (cx: number, cy: number) => {
    for (let y = Math.floor(cy - r); y <= Math.ceil(cy + r); y += 1) {
      for (let x = Math.floor(cx - r); x <= Math.ceil(cx + r); x += 1) {
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        if ((x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= r * r) {
          data[y * width + x] = 1;
          owner[y * width + x] = stroke + 1;
        }
      }
    }
  };
  for (const [index, s] of pts.entries()) {
    stroke = index;
    for (let i = 0; i + 1 < s.length; i += 2) {
      const ax = s[i] - x0;
      const ay = s[i + 1] - y0;
      const bx = i + 3 < s.length ? s[i + 2] - x0 : ax;
      const by = i + 3 < s.length ? s[i + 3] - y0 : ay;
      const steps = Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / Math.max(0.5, r / 2)));
      for (let k = 0; k <= steps; k += 1)
        disc(ax + ((bx - ax) * k) / steps, ay + ((by - ay) * k) / steps);
    }
  }
  return { ink: { data, width, height }, owner };
}

/**
 * The classes of a symbol drawn in `count` blobs, largest first: its parts, or its whole
 * when it came out as one blob (≤ drawn in one stroke); null when the count fits neither.
 */
export function classesOfBlobs(
  spec: { parts: string[]; whole?: string },
  count: number,
): string[] | null {
  if (count === spec.parts.length) return spec.parts;
  return count === 1 && spec.whole ? [spec.whole] : null;
}

/**
 * What a training run learns from CROHME's symbols: its blob classes for each CROHME label
 * (`labels`), the classes' order in the network's output (`classes`), and whether a class's
 * quota counts blobs of its class or drawings of each CROHME label (a catch-all class whose
 * quota would otherwise fill with the commonest labels).
 */
export interface LabelTable {
  labels: Record<string, { parts: string[]; whole?: string }>;
  classes: string[];
  quotaBy: 'class' | 'label';
}

/** The glyph classifier's table. */
export const GLYPH_TABLE: LabelTable = {
  labels: LABELS,
  classes: GLYPH_CLASSES,
  quotaBy: 'class',
};

/** The key a drawing of `label` counts against in its quota. */
export function quotaKey(table: LabelTable, label: string): string {
  return table.quotaBy === 'label' ? label : table.labels[label].parts[0];
}

/** The key a blob of class `blobClass`, drawn as `label`, is counted under. */
export function countedKey(table: LabelTable, label: string, blobClass: string): string {
  return table.quotaBy === 'label' ? label : blobClass;
}

/** Blobs of one drawn symbol, largest first, with the class of each; null when they do not match. */
function labelledBlobs(
  ink: InkImage,
  label: string,
  table: LabelTable,
): { c: Component; label: string }[] | null {
  const spec = table.labels[label];
  if (!spec) return null;
  const blobs = connectedComponents(ink, 1).sort((a, b) => b.area - a.area);
  const parts = classesOfBlobs(spec, blobs.length);
  return parts && blobs.map((c, i) => ({ c, label: parts[i] }));
}

/**
 * Training blobs from the expressions of `sets`, `copies` pens per symbol, at most
 * `perClass` blobs of any one class (1s and minus signs would otherwise crowd out 8s).
 */
export function handwrittenSamples(
  expressions: InkExpression[],
  sets: Set<string>,
  rand: () => number,
  options: { copies: number; perClass: number },
  table: LabelTable = GLYPH_TABLE,
): { samples: HandwrittenSample[]; skipped: number } {
  const counts = new Map<string, number>();
  const samples: HandwrittenSample[] = [];
  let skipped = 0;
  for (const e of expressions) {
    if (!sets.has(e.set)) continue;
    for (const sym of e.symbols) {
      if (!table.labels[sym.l]) continue;
      const strokes = sym.s.map((i) => e.strokes[i]).filter((s) => s && s.length >= 2);
      if (strokes.length === 0) continue;
      for (let copy = 0; copy < options.copies; copy += 1) {
        if ((counts.get(quotaKey(table, sym.l)) ?? 0) >= options.perClass) break;
        const blobs = labelledBlobs(drawStrokes(strokes, randomPen(rand)), sym.l, table);
        if (!blobs) {
          skipped += 1;
          continue;
        }
        for (const b of blobs) {
          const key = countedKey(table, sym.l, b.label);
          counts.set(key, (counts.get(key) ?? 0) + 1);
          samples.push({ label: table.classes.indexOf(b.label), features: glyphFeatures(b.c) });
        }
      }
    }
  }
  return { samples, skipped };
}
