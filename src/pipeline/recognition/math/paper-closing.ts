import type { GrayImage } from './page-image';

/**
 * Past this many pixels a side the window widens by one step of `side / LARGE_SIDE` pixels
 * (below). A block is at most 64 px (page-image's evenLight), so on a phone-sized photo half a
 * block is narrow beside the strokes: where two strokes cross, the ink is wider than the
 * window and the crossing was taken for paper (r06 cropped to its ink lost its x's middle).
 */
const LARGE_SIDE = 800;

/**
 * The paper's brightness at every pixel, following a hard shadow's edge: the photo's grey
 * closed (the brightest within the window, then the darkest of those within it), which
 * fills in every stroke thinner than the window and keeps a straight edge between light and
 * shadow where it is, to the pixel. (Closing a copy shrunk by each cell's brightest pixel
 * and growing it back had carried the light a cell or two into the shadow: a thin line of
 * "ink" all along the shadow's edge, which joined an = into one blob.)
 */
export function paperByClosing(g: GrayImage, radius: number): Float32Array {
  const step = Math.max(1, Math.ceil(Math.max(g.width, g.height) / LARGE_SIDE));
  const steps = Math.max(1, Math.round(radius / step));
  const reach = step === 1 ? steps : (steps + 1) * step;
  const dilated = dilate(g.data, g.width, g.height, reach);
  // The darkest within the window is the negative's brightest.
  const closed = negated(dilate(negated(dilated), g.width, g.height, reach));
  return Float32Array.from(closed);
}

function negated(a: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i += 1) out[i] = 255 - a[i];
  return out;
}

/**
 * The brightest pixel within `r` (a square window) at every pixel, rows then columns, in
 * linear time (van Herk / Gil–Werman: running maxima within blocks of the window's length,
 * forwards and backwards; a window is the tail of one block and the head of the next).
 */
function dilate(data: Uint8Array, width: number, height: number, r: number): Uint8Array {
  const across = new Uint8Array(data.length);
  const ahead = new Uint8Array(data.length);
  const behind = new Uint8Array(data.length);
  const rowOf = (a: Uint8Array, y: number) => a.subarray(y * width, (y + 1) * width);
  for (let y = 0; y < height; y += 1)
    slideMax(rowOf(data, y), r, rowOf(ahead, y), rowOf(behind, y), rowOf(across, y));
  // Columns: the same, a whole row at a time, so memory is read in order.
  const k = 2 * r + 1;
  for (let y = 0; y < height; y += 1)
    if (y % k === 0) rowOf(ahead, y).set(rowOf(across, y));
    else larger(rowOf(ahead, y - 1), rowOf(across, y), rowOf(ahead, y));
  for (let y = height - 1; y >= 0; y -= 1)
    if (y === height - 1 || (y + 1) % k === 0) rowOf(behind, y).set(rowOf(across, y));
    else larger(rowOf(behind, y + 1), rowOf(across, y), rowOf(behind, y));
  const out = new Uint8Array(data.length);
  for (let y = 0; y < height; y += 1) {
    const lo = Math.max(0, y - r);
    const hi = Math.min(height - 1, y + r);
    const here = rowOf(out, y);
    if (Math.floor(lo / k) === Math.floor(hi / k)) {
      // A window within one block (cut short by the photo's edge, or aligned): scan it.
      here.set(rowOf(across, lo));
      for (let j = lo + 1; j <= hi; j += 1) larger(here, rowOf(across, j), here);
    } else larger(rowOf(behind, lo), rowOf(ahead, hi), here);
  }
  return out;
}

/** The max over [i − r, i + r] of `a`, for every i, into `out` (`ahead`, `behind`: scratch). */
function slideMax(
  a: Uint8Array,
  r: number,
  ahead: Uint8Array,
  behind: Uint8Array,
  out: Uint8Array,
): void {
  const n = a.length;
  const k = 2 * r + 1;
  for (let i = 0; i < n; i += 1)
    ahead[i] = i % k === 0 || a[i] > ahead[i - 1] ? a[i] : ahead[i - 1];
  for (let i = n - 1; i >= 0; i -= 1)
    behind[i] = i === n - 1 || (i + 1) % k === 0 || a[i] > behind[i + 1] ? a[i] : behind[i + 1];
  for (let i = 0; i < n; i += 1) {
    const lo = Math.max(0, i - r);
    const hi = Math.min(n - 1, i + r);
    if (Math.floor(lo / k) === Math.floor(hi / k)) {
      // A window within one block (cut short by the photo's edge, or aligned): scan it.
      let v = a[lo];
      for (let j = lo + 1; j <= hi; j += 1) if (a[j] > v) v = a[j];
      out[i] = v;
    } else out[i] = Math.max(behind[lo], ahead[hi]);
  }
}

/** The larger of a and b, element by element, into out (which may be either). */
function larger(a: Uint8Array, b: Uint8Array, out: Uint8Array): void {
  for (let i = 0; i < out.length; i += 1) out[i] = a[i] > b[i] ? a[i] : b[i];
}
