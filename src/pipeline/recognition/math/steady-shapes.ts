import { Component, boxHeight, boxWidth } from './components';

/**
 * The blob as a pen a little thicker or thinner, or the hand turned a little, would have left
 * it: a shape the classifier reads alike under all of these is one it knows; one whose reading
 * flips with a pixel of stroke width is a guess, however sure the one reading was.
 */
export function perturbedBlobs(c: Component): Component[] {
  const out = [thickened(c), ...[TURN, -TURN].map((deg) => turned(c, deg))];
  const thin = thinned(c);
  if (thin && thin.area >= 0.5 * c.area) out.push(thin);
  return out;
}

/** Degrees a blob is turned each way. */
const TURN = 7;

const CROSS = [
  [0, 0],
  [1, 0],
  [-1, 0],
  [0, 1],
  [0, -1],
];

function thickened(c: Component): Component {
  const w = boxWidth(c.box) + 2;
  const h = boxHeight(c.box) + 2;
  const mask = new Uint8Array(w * h);
  const cw = boxWidth(c.box);
  for (let y = 0; y < boxHeight(c.box); y += 1)
    for (let x = 0; x < cw; x += 1)
      if (c.mask[y * cw + x]) for (const [dx, dy] of CROSS) mask[(y + 1 + dy) * w + x + 1 + dx] = 1;
  return withMask(c, mask, w, h, c.box.x0 - 1, c.box.y0 - 1);
}

function thinned(c: Component): Component | null {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const at = (x: number, y: number) => x >= 0 && y >= 0 && x < w && y < h && c.mask[y * w + x];
  const mask = new Uint8Array(w * h);
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1)
      if (CROSS.every(([dx, dy]) => at(x + dx, y + dy))) mask[y * w + x] = 1;
  return mask.some((v) => v) ? withMask(c, mask, w, h, c.box.x0, c.box.y0) : null;
}

function turned(c: Component, degrees: number): Component {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const rad = (degrees * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const side = Math.ceil(Math.hypot(w, h)) + 2;
  const mask = new Uint8Array(side * side);
  const [cx, cy] = [(w - 1) / 2, (h - 1) / 2];
  const half = (side - 1) / 2;
  for (let y = 0; y < side; y += 1)
    for (let x = 0; x < side; x += 1) {
      // Each target pixel takes the source pixel it came from (no holes).
      const sx = Math.round(cos * (x - half) + sin * (y - half) + cx);
      const sy = Math.round(-sin * (x - half) + cos * (y - half) + cy);
      if (sx >= 0 && sy >= 0 && sx < w && sy < h && c.mask[sy * w + sx]) mask[y * side + x] = 1;
    }
  return withMask(c, mask, side, side, c.box.x0, c.box.y0);
}

/** The mask cropped to its ink, as a component at (x0, y0) + the crop's offset. */
function withMask(
  c: Component,
  mask: Uint8Array,
  w: number,
  h: number,
  x0: number,
  y0: number,
): Component {
  let [left, top, right, bottom] = [w, h, -1, -1];
  let area = 0;
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1)
      if (mask[y * w + x]) {
        area += 1;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
  const cw = right - left + 1;
  const ch = bottom - top + 1;
  const cropped = new Uint8Array(cw * ch);
  for (let y = 0; y < ch; y += 1)
    for (let x = 0; x < cw; x += 1) cropped[y * cw + x] = mask[(y + top) * w + x + left];
  return {
    id: c.id,
    box: { x0: x0 + left, y0: y0 + top, x1: x0 + right, y1: y0 + bottom },
    area,
    mask: cropped,
  };
}
