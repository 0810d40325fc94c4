import { Component } from '../../src/pipeline/recognition/math/components';

/** A blob drawn by `ink(x, y)` in a w × h box whose top left corner is at (x0, y0). */
export function drawn(
  w: number,
  h: number,
  ink: (x: number, y: number) => boolean,
  x0 = 0,
  y0 = 0,
): Component {
  const mask = drawnImage(w, h, (x, y) => (ink(x, y) ? 1 : 0)).data;
  return {
    id: 0,
    box: { x0, y0, x1: x0 + w - 1, y1: y0 + h - 1 },
    area: mask.reduce((a, v) => a + v, 0),
    mask,
  };
}

/** A blob filling the box from (x0, y0) to (x1, y1), inclusive. */
export function filledBlob(x0: number, y0: number, x1: number, y1: number): Component {
  const n = (x1 - x0 + 1) * (y1 - y0 + 1);
  return { id: 0, box: { x0, y0, x1, y1 }, area: n, mask: new Uint8Array(n).fill(1) };
}

/** An image (grey or ink) whose value at (x, y) is `value(x, y)`. */
export function drawnImage(
  width: number,
  height: number,
  value: (x: number, y: number) => number,
): { data: Uint8Array; width: number; height: number } {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) data[y * width + x] = value(x, y);
  return { data, width, height };
}

/** Whether (x, y) lies within 2.5 px of the segment from (ax, ay) to (bx, by): a pen's stroke. */
export function nearSegment(
  x: number,
  y: number,
  ax: number,
  ay: number,
  bx: number,
  by: number,
): boolean {
  const t = Math.max(
    0,
    Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay)) <= 2.5;
}
