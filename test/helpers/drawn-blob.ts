import { Component } from '../../src/pipeline/recognition/math/components';

/** A blob drawn by `ink(x, y)` in a w × h box whose top left corner is at (x0, y0). */
export function drawn(
  w: number,
  h: number,
  ink: (x: number, y: number) => boolean,
  x0 = 0,
  y0 = 0,
): Component {
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1) for (let x = 0; x < w; x += 1) mask[y * w + x] = ink(x, y) ? 1 : 0;
  return {
    id: 0,
    box: { x0, y0, x1: x0 + w - 1, y1: y0 + h - 1 },
    area: mask.reduce((a, v) => a + v, 0),
    mask,
  };
}
