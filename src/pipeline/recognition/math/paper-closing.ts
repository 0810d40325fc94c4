import type { GrayImage } from './page-image';

/** The closing is taken on a copy no larger than this a side (it only has to find the paper). */
const WORKING_SIDE = 800;

/**
 * The paper's brightness at every pixel, following a hard shadow's edge: the photo's grey
 * closed (the brightest within `radius`, then the darkest of those within `radius`), which
 * fills in every stroke thinner than the window and keeps a straight edge between light and
 * shadow where it is. Taken on a copy shrunk by its brightest pixels (strokes are only
 * thinner there) and scaled back up.
 */
export function paperByClosing(g: GrayImage, radius: number): Float32Array {
  const f = Math.max(1, Math.ceil(Math.max(g.width, g.height) / WORKING_SIDE));
  const small = shrunkByMax(g, f);
  const r = Math.max(1, Math.round(radius / f));
  const closed = filtered(filtered(small, r, Math.max), r, Math.min);
  return grownBack(closed, g.width, g.height, f);
}

/** Each f × f cell's brightest pixel. */
function shrunkByMax(g: GrayImage, f: number): GrayImage {
  const width = Math.ceil(g.width / f);
  const height = Math.ceil(g.height / f);
  const data = new Uint8Array(width * height);
  for (let y = 0; y < g.height; y += 1)
    for (let x = 0; x < g.width; x += 1) {
      const i = Math.floor(y / f) * width + Math.floor(x / f);
      const v = g.data[y * g.width + x];
      if (v > data[i]) data[i] = v;
    }
  return { data, width, height };
}

/** A square window's max (or min) at every pixel: the window's rows, then its columns. */
function filtered(g: GrayImage, r: number, pick: (a: number, b: number) => number): GrayImage {
  const across = new Uint8Array(g.data.length);
  const line = new Uint8Array(Math.max(g.width, g.height));
  const out = new Uint8Array(Math.max(g.width, g.height));
  for (let y = 0; y < g.height; y += 1) {
    for (let x = 0; x < g.width; x += 1) line[x] = g.data[y * g.width + x];
    slide(line, g.width, r, pick, out);
    across.set(out.subarray(0, g.width), y * g.width);
  }
  const data = new Uint8Array(g.data.length);
  for (let x = 0; x < g.width; x += 1) {
    for (let y = 0; y < g.height; y += 1) line[y] = across[y * g.width + x];
    slide(line, g.height, r, pick, out);
    for (let y = 0; y < g.height; y += 1) data[y * g.width + x] = out[y];
  }
  return { data, width: g.width, height: g.height };
}

/**
 * The max (or min) over [i − r, i + r] of the first n values, for every i, in linear time
 * (van Herk / Gil–Werman: running extremes within blocks of the window's length, forwards
 * and backwards; a window is the tail of one block and the head of the next).
 */
function slide(
  a: Uint8Array,
  n: number,
  r: number,
  pick: (a: number, b: number) => number,
  out: Uint8Array,
): void {
  const k = 2 * r + 1;
  const ahead = new Uint8Array(n);
  const behind = new Uint8Array(n);
  for (let i = 0; i < n; i += 1) ahead[i] = i % k === 0 ? a[i] : pick(ahead[i - 1], a[i]);
  for (let i = n - 1; i >= 0; i -= 1)
    behind[i] = i === n - 1 || (i + 1) % k === 0 ? a[i] : pick(behind[i + 1], a[i]);
  for (let i = 0; i < n; i += 1) {
    const lo = Math.max(0, i - r);
    const hi = Math.min(n - 1, i + r);
    // A window within one block (cut short by the photo's edge, or aligned): scan it.
    if (Math.floor(lo / k) === Math.floor(hi / k)) {
      let v = a[lo];
      for (let j = lo + 1; j <= hi; j += 1) v = pick(v, a[j]);
      out[i] = v;
    } else out[i] = pick(behind[lo], ahead[hi]);
  }
}

/** The shrunk picture scaled back to width × height, bilinearly. */
function grownBack(g: GrayImage, width: number, height: number, f: number): Float32Array {
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const fy = Math.min(g.height - 1, Math.max(0, (y + 0.5) / f - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(g.height - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x += 1) {
      const fx = Math.min(g.width - 1, Math.max(0, (x + 0.5) / f - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(g.width - 1, x0 + 1);
      const tx = fx - x0;
      const top = g.data[y0 * g.width + x0] * (1 - tx) + g.data[y0 * g.width + x1] * tx;
      const bottom = g.data[y1 * g.width + x0] * (1 - tx) + g.data[y1 * g.width + x1] * tx;
      out[y * width + x] = top * (1 - ty) + bottom * ty;
    }
  }
  return out;
}
