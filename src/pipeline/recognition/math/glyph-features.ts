import { Component, boxHeight, boxWidth } from './components';

/** Side of the square the glyph is scaled into. */
const GRID = 20;
export const FEATURE_COUNT = GRID * GRID + 3;

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
  return f;
}
