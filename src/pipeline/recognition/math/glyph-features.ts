import { Component, boxHeight, boxWidth } from './components';

/** Side of the square the glyph is scaled into. */
const GRID = 20;
/** The shape features: what the print classifier reads (its `inputs`). */
export const SHAPE_FEATURE_COUNT = GRID * GRID + 3;
/** Cells per side of the stroke-direction grid, and direction bins (0°, 45°, 90°, 135°). */
const DIR_GRID = 8;
const DIRECTIONS = 4;
/**
 * Shape, then stroke directions. A model reads the first `inputs` of them, so the print
 * classifier (shape only) and the handwriting classifier (both) share one feature vector.
 */
export const FEATURE_COUNT = SHAPE_FEATURE_COUNT + DIR_GRID * DIR_GRID * DIRECTIONS;

/**
 * What the classifier sees of a blob: its shape scaled into a GRID×GRID square (aspect kept,
 * centred, 3×3 samples per cell, so thin strokes stay visible at any size) plus its aspect
 * ratio and how much of its box it fills. Size is left out: a glyph's size only means
 * something next to its neighbours, which the structure parser looks at.
 */
export function glyphFeatures(c: Component): Float32Array {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const f = new Float32Array(FEATURE_COUNT);
  const scale = GRID / Math.max(w, h);
  const offX = (GRID - w * scale) / 2;
  const offY = (GRID - h * scale) / 2;
  const S = 3;
  for (let gy = 0; gy < GRID; gy += 1) {
    for (let gx = 0; gx < GRID; gx += 1) {
      let hits = 0;
      for (let sy = 0; sy < S; sy += 1)
        for (let sx = 0; sx < S; sx += 1) {
          const x = Math.floor((gx + (sx + 0.5) / S - offX) / scale);
          const y = Math.floor((gy + (sy + 0.5) / S - offY) / scale);
          if (x >= 0 && y >= 0 && x < w && y < h && c.mask[y * w + x]) hits += 1;
        }
      f[gy * GRID + gx] = hits / (S * S);
    }
  }
  const aspect = Math.log(w / h);
  f[GRID * GRID] = Math.max(-3, Math.min(3, aspect)) / 3;
  f[GRID * GRID + 1] = w / (w + h);
  f[GRID * GRID + 2] = c.area / (w * h);
  strokeDirections(c, f.subarray(SHAPE_FEATURE_COUNT));
  return f;
}

/**
 * Which way the ink's edges run, cell by cell (DIR_GRID² cells × 4 directions, the largest
 * value 1): the classic feature of handwriting recognisers, which tells a 1 from a slanted
 * bar or a 2 from a z by the strokes' course rather than by which pixels are inked. Edges
 * come from a Sobel filter of the blob's mask, placed like the shape grid (aspect kept).
 */
function strokeDirections(c: Component, out: Float32Array): void {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= w || y >= h ? 0 : c.mask[y * w + x]);
  const scale = DIR_GRID / Math.max(w, h);
  const offX = (DIR_GRID - w * scale) / 2;
  const offY = (DIR_GRID - h * scale) / 2;
  let max = 0;
  for (let y = -1; y <= h; y += 1) {
    for (let x = -1; x <= w; x += 1) {
      const gx =
        at(x + 1, y - 1) +
        2 * at(x + 1, y) +
        at(x + 1, y + 1) -
        (at(x - 1, y - 1) + 2 * at(x - 1, y) + at(x - 1, y + 1));
      const gy =
        at(x - 1, y + 1) +
        2 * at(x, y + 1) +
        at(x + 1, y + 1) -
        (at(x - 1, y - 1) + 2 * at(x, y - 1) + at(x + 1, y - 1));
      if (gx === 0 && gy === 0) continue;
      // The edge runs across the gradient; opposite edges of one stroke share a bin.
      const angle = (Math.atan2(gy, gx) + Math.PI) % Math.PI;
      const bin = Math.round(angle / (Math.PI / DIRECTIONS)) % DIRECTIONS;
      const cx = Math.min(DIR_GRID - 1, Math.max(0, Math.floor((x + 0.5) * scale + offX)));
      const cy = Math.min(DIR_GRID - 1, Math.max(0, Math.floor((y + 0.5) * scale + offY)));
      const k = (cy * DIR_GRID + cx) * DIRECTIONS + bin;
      out[k] += Math.hypot(gx, gy);
      if (out[k] > max) max = out[k];
    }
  }
  if (max > 0) for (let k = 0; k < out.length; k += 1) out[k] /= max;
}
