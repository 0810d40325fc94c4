import { Box, boxHeight } from './components';
import { DISTINCT_CAPITALS } from './capital-classes';
import { TOUCHING, isMetricClass } from './glyph-classes';

/**
 * A small two-layer network (features → hidden ReLU → softmax over glyph classes). The
 * weights are trained by `npm run train:glyphs` on glyphs this repository renders and are
 * shipped in glyph-model.json; nothing is downloaded.
 */
export interface GlyphModelData {
  classes: string[];
  inputs: number;
  hidden: number;
  /** Base64 little-endian float32: w1 (hidden×inputs), b1, w2 (classes×hidden), b2. */
  weights: string;
  /**
   * More networks of the same shape, trained from other seeds on other draws of the data;
   * predict averages the members' probabilities (an ensemble errs less and is less sure
   * where its members disagree).
   */
  members?: string[];
  /** Per class: where it sits on a line, in units of a digit's height (see GlyphMetrics). */
  metrics: Record<string, GlyphMetrics>;
  /** How it was trained (fonts, seed, accuracy), for the record. */
  training: Record<string, unknown>;
}

/** Median placement of a class relative to a digit of the same font and size. */
export interface GlyphMetrics {
  /** Height / digit height. */
  height: number;
  /** (baseline − bottom) / digit height: positive when the glyph floats above the baseline. */
  bottom: number;
}

/**
 * Where a letter or digit says its line is: the height a digit of its size would have, and
 * the baseline's y (a 2 sits on it, a y hangs below it). Null for classes whose size says
 * nothing about the line (brackets stretch, bars vary).
 */
export function placeOnLine(
  label: string,
  box: Box,
  metrics: Record<string, GlyphMetrics>,
): { digit: number; baseline: number } | null {
  // A capital (capital-classes.ts, which the glyph classifier has no metrics for) stands on
  // the baseline as tall as a digit.
  const m = metrics[label] ?? (DISTINCT_CAPITALS.includes(label) ? metrics['8'] : undefined);
  if (!m || !isMetricClass(label)) return null;
  const digit = boxHeight(box) / m.height;
  return { digit, baseline: box.y1 + m.bottom * digit };
}

export interface Prediction {
  label: string;
  p: number;
}

export class GlyphModel {
  readonly classes: string[];
  readonly metrics: Record<string, GlyphMetrics>;
  private readonly networks: GlyphLayers[];

  constructor(readonly data: GlyphModelData) {
    this.classes = data.classes;
    this.metrics = data.metrics;
    this.networks = [data.weights, ...(data.members ?? [])].map((w) =>
      splitLayers(decodeWeights(w), data.inputs, data.hidden, data.classes.length),
    );
  }

  /**
   * Glyph probabilities, most likely first. A TOUCHING class is no reading: its share is
   * left out, not spread over the glyphs, so a blob of two glyphs reads unsure.
   */
  predict(features: Float32Array): Prediction[] {
    const h = new Float32Array(this.data.hidden);
    const e = new Float32Array(this.classes.length);
    const p = new Float64Array(this.classes.length);
    for (const network of this.networks) {
      const sum = forwardPass(network, features, h, e);
      for (let k = 0; k < p.length; k += 1) p[k] += e[k] / sum / this.networks.length;
    }
    return this.classes
      .map((label, k) => ({ label, p: p[k] }))
      .filter((r) => r.label !== TOUCHING)
      .sort((a, b) => b.p - a.p);
  }
}

/** One network's layers, cut from its flat weights (w1, b1, w2, b2 in that order). */
function splitLayers(
  all: Float32Array,
  inputs: number,
  hidden: number,
  classes: number,
): GlyphLayers {
  let at = 0;
  const take = (n: number) => {
    const v = all.subarray(at, at + n);
    at += n;
    return v;
  };
  const layers = {
    inputs,
    hidden,
    w1: take(hidden * inputs),
    b1: take(hidden),
    w2: take(classes * hidden),
    b2: take(classes),
  };
  if (at !== all.length) throw new Error('glyph model: weight count does not match its shape');
  return layers;
}

/** The network's weights: inputs → hidden (ReLU) → classes (softmax). */
export interface GlyphLayers {
  inputs: number;
  hidden: number;
  w1: Float32Array;
  b1: Float32Array;
  w2: Float32Array;
  b2: Float32Array;
}

/**
 * The forward pass, shared by prediction and by training (scripts/train-glyphs.ts), so the
 * network trained is exactly the network shipped: the hidden activations go into `h`, the
 * softmax numerators exp(logit − max) into `e` (both sized by the caller, reused across
 * calls); returns their sum, the denominator (each caller divides in its own precision).
 */
export function forwardPass(
  layers: GlyphLayers,
  x: Float32Array,
  h: Float32Array,
  e: Float32Array,
): number {
  const { inputs, hidden, w1, b1, w2, b2 } = layers;
  for (let j = 0; j < hidden; j += 1) {
    let s = b1[j];
    const row = j * inputs;
    for (let i = 0; i < inputs; i += 1) s += w1[row + i] * x[i];
    h[j] = s > 0 ? s : 0;
  }
  let max = -Infinity;
  for (let k = 0; k < e.length; k += 1) {
    let s = b2[k];
    const row = k * hidden;
    for (let j = 0; j < hidden; j += 1) s += w2[row + j] * h[j];
    e[k] = s;
    if (s > max) max = s;
  }
  let sum = 0;
  for (let k = 0; k < e.length; k += 1) {
    e[k] = Math.exp(e[k] - max);
    sum += e[k];
  }
  return sum;
}

function decodeWeights(b64: string): Float32Array {
  const bytes = Buffer.from(b64, 'base64');
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = bytes.readFloatLE(i * 4);
  return out;
}

export function encodeWeights(w: Float32Array): string {
  const bytes = Buffer.alloc(w.length * 4);
  for (let i = 0; i < w.length; i += 1) bytes.writeFloatLE(w[i], i * 4);
  return bytes.toString('base64');
}
