import sharp, { OutputInfo, Sharp } from 'sharp';
import { paperByClosing } from './paper-closing';

/** 8-bit grey pixels, row by row (0 = black). */
export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/** One bit per pixel stored as bytes: 1 = ink. */
export interface InkImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export async function grayFromSharp(image: Sharp): Promise<GrayImage> {
  const { data, info } = await image
    .flatten({ background: '#ffffff' })
    .grayscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8Array(data.buffer, data.byteOffset, data.length), ...size(info) };
}

/**
 * A photo's grey page, without a teacher's red marks when the problem is printed in black:
 * a red tick across "9 − 1.25" would otherwise fuse the glyphs it crosses into one blob.
 * Where black and red cross, the black stays. A page whose ink is mostly red (a problem
 * written in red pen) keeps it: then the red is the problem.
 */
export async function grayWithoutRedMarks(image: Sharp): Promise<GrayImage> {
  const gray = await grayFromSharp(image.clone());
  const { data } = await image
    .flatten({ background: '#ffffff' })
    .removeAlpha()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const n = gray.width * gray.height;
  if (data.length !== n * 3) return gray;
  // The levels below are for paper in good light; a dim photo's are as much darker (its
  // red pen, darker than BLACK_INK, was kept as ink and fused the glyphs it crossed).
  const light = Math.max(0.25, Math.min(1, grayLevel(gray, 0.3, () => true) / LIT_PAPER));
  const [redMargin, neutralChroma, blackInk] = [RED_MARGIN, NEUTRAL_CHROMA, BLACK_INK].map(
    (level) => level * light,
  );
  const red = new Uint8Array(n);
  let redCount = 0;
  let blackCount = 0;
  for (let i = 0; i < n; i += 1) {
    const [r, g, b] = [data[3 * i], data[3 * i + 1], data[3 * i + 2]];
    const high = Math.max(r, g, b);
    // A dark pixel with a red tint is where the pen crossed the print: ink either way.
    if (r - Math.max(g, b) > redMargin && gray.data[i] >= blackInk) {
      red[i] = 1;
      redCount += 1;
    } else if (high - Math.min(r, g, b) < neutralChroma && gray.data[i] < blackInk) blackCount += 1;
  }
  if (redCount === 0 || blackCount < redCount / 2) return gray;
  // Red becomes paper as bright as the page's (pure white would lift the paper level that
  // evenLight divides by, and fade the print's hairlines around the mark).
  const paper = grayLevel(gray, 0.3, (i) => !red[i]);
  for (let i = 0; i < n; i += 1) if (red[i]) gray.data[i] = paper;
  return gray;
}

/**
 * The grey level that a `share` of the chosen pixels are at least as bright as (the paper's
 * at 0.3).
 */
function grayLevel(gray: GrayImage, share: number, chosen: (i: number) => boolean): number {
  const histogram = new Uint32Array(256);
  let count = 0;
  for (let i = 0; i < gray.data.length; i += 1)
    if (chosen(i)) {
      histogram[gray.data[i]] += 1;
      count += 1;
    }
  let paper = 255;
  for (let seen = 0; paper > 0; paper -= 1) {
    seen += histogram[paper];
    if (seen >= share * count) break;
  }
  return paper;
}

/** How much redder than green and blue a pixel must be to count as red pen (white paper). */
const RED_MARGIN = 28;
/** Below this spread of R, G and B a pixel is grey; below BLACK_INK grey, it is black ink. */
const NEUTRAL_CHROMA = 40;
const BLACK_INK = 110;
/** Paper at least this bright is in good light: the levels above hold as they are. */
const LIT_PAPER = 190;

function size(info: OutputInfo) {
  return { width: info.width, height: info.height };
}

export function toSharp(g: GrayImage): Sharp {
  return sharp(Buffer.from(g.data.buffer, g.data.byteOffset, g.data.length), {
    raw: { width: g.width, height: g.height, channels: 1 },
  });
}

/**
 * Evens out the light: each pixel is divided by the paper's brightness around it (the
 * brightest pixels of blocks larger than a stroke, smoothed), so a shadow across the page
 * and the bright spot of a flash give the same ink/paper contrast everywhere. Along a hard
 * shadow's edge, which the blocks would smooth into a band of ink, the paper is followed
 * pixel by pixel (paper-closing.ts).
 */
export function evenLight(g: GrayImage): GrayImage {
  const { width, height, data } = g;
  const block = Math.max(12, Math.min(64, Math.round(Math.min(width, height) / 10)));
  const bw = Math.ceil(width / block);
  const bh = Math.ceil(height / block);
  // The 95th-percentile brightness of each block (its paper), robust to sensor noise.
  const paper = new Float32Array(bw * bh);
  const histogram = new Uint32Array(256);
  for (let by = 0; by < bh; by += 1) {
    for (let bx = 0; bx < bw; bx += 1) {
      histogram.fill(0);
      let n = 0;
      for (let y = by * block; y < Math.min(height, (by + 1) * block); y += 1)
        for (let x = bx * block; x < Math.min(width, (bx + 1) * block); x += 1) {
          histogram[data[y * width + x]] += 1;
          n += 1;
        }
      let seen = 0;
      let v = 255;
      for (; v > 0; v -= 1) {
        seen += histogram[v];
        if (seen >= n * 0.05) break;
      }
      paper[by * bw + bx] = v;
    }
  }
  // A block filled by a thick stroke is dark: take the brightest of its neighbours.
  const lifted = new Float32Array(bw * bh);
  for (let by = 0; by < bh; by += 1)
    for (let bx = 0; bx < bw; bx += 1)
      lifted[by * bw + bx] = Math.max(...blockNeighbours(bx, by, bw, bh).map((i) => paper[i]));
  // Where the light steps (a hard shadow's edge) the blocks blur the step across a glyph's
  // width, and the shadowed paper by it turns to ink: there the paper is followed closely.
  const steps = lightSteps(paper, bw, bh);
  const closed = steps.some(Boolean) ? paperByClosing(g, block / 2) : null;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1) {
    const fy = Math.min(bh - 1, Math.max(0, (y + 0.5) / block - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const ty = fy - y0;
    for (let x = 0; x < width; x += 1) {
      const fx = Math.min(bw - 1, Math.max(0, (x + 0.5) / block - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(bw - 1, x0 + 1);
      const tx = fx - x0;
      const bg =
        (lifted[y0 * bw + x0] * (1 - tx) + lifted[y0 * bw + x1] * tx) * (1 - ty) +
        (lifted[y1 * bw + x0] * (1 - tx) + lifted[y1 * bw + x1] * tx) * ty;
      let here = bg;
      if (closed) {
        const step =
          (steps[y0 * bw + x0] * (1 - tx) + steps[y0 * bw + x1] * tx) * (1 - ty) +
          (steps[y1 * bw + x0] * (1 - tx) + steps[y1 * bw + x1] * tx) * ty;
        // Inside a stroke too thick for the closing, the blocks' paper stands.
        const near = closed[y * width + x];
        if (step > 0 && near >= 0.35 * bg) here = step * Math.min(near, bg) + (1 - step) * bg;
      }
      const v = (255 * data[y * width + x]) / Math.max(here, 24);
      out[y * width + x] = v > 255 ? 255 : v;
    }
  }
  return { data: out, width, height };
}

/**
 * Blocks where the light steps: among a block and its neighbours, at least three lit and at
 * least three 15 % darker — a shadow's edge, not one block filled by a thick stroke. A milder
 * step than a quarter still turned the paper beside it to ink (a white strip over paper 0.78
 * as bright, the handwriting's bracket joined to that band and was dropped with it).
 */
function lightSteps(paper: Float32Array, bw: number, bh: number): Uint8Array {
  const steps = new Uint8Array(bw * bh);
  for (let by = 0; by < bh; by += 1)
    for (let bx = 0; bx < bw; bx += 1) {
      const around = blockNeighbours(bx, by, bw, bh).map((i) => paper[i]);
      const lit = Math.max(...around);
      const dark = around.filter((v) => v < 0.85 * lit).length;
      const bright = around.filter((v) => v >= 0.9 * lit).length;
      steps[by * bw + bx] = dark >= 3 && bright >= 3 ? 1 : 0;
    }
  // A block lifted to its lit neighbour's paper lies one further into the shadow, and the
  // paper is interpolated between block centres, so the lift reaches halfway to the next.
  return widened(widened(steps, bw, bh), bw, bh);
}

/** Blocks marked, or next to a marked one. */
function widened(marks: Uint8Array, bw: number, bh: number): Uint8Array {
  const wider = new Uint8Array(bw * bh);
  for (let by = 0; by < bh; by += 1)
    for (let bx = 0; bx < bw; bx += 1)
      wider[by * bw + bx] = blockNeighbours(bx, by, bw, bh).some((i) => marks[i]) ? 1 : 0;
  return wider;
}

/** The indices of a block and its neighbours (those inside the bw × bh grid). */
function blockNeighbours(bx: number, by: number, bw: number, bh: number): number[] {
  const out: number[] = [];
  for (let y = Math.max(0, by - 1); y <= Math.min(bh - 1, by + 1); y += 1)
    for (let x = Math.max(0, bx - 1); x <= Math.min(bw - 1, bx + 1); x += 1) out.push(y * bw + x);
  return out;
}

/** Otsu's threshold over the grey levels. */
export function otsuThreshold(g: GrayImage): number {
  const histogram = new Float64Array(256);
  for (const v of g.data) histogram[v] += 1;
  const total = g.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i += 1) sum += i * histogram[i];
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t += 1) {
    wB += histogram[t];
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * histogram[t];
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/**
 * The paper's grey level (the median: most of a page is paper) and its noise (the median
 * absolute deviation, scaled to a standard deviation).
 */
function paperLevel(g: GrayImage): { paper: number; noise: number } {
  const histogram = grayHistogram(g);
  const total = g.data.length;
  const paper = histogramPercentile(histogram, total, 0.5);
  const deviations = new Uint32Array(256);
  for (let v = 0; v < 256; v += 1) deviations[Math.abs(v - paper)] += histogram[v];
  return { paper, noise: 1.4826 * histogramPercentile(deviations, total, 0.5) };
}

/** How many pixels the photo has at each of its 256 grey levels. */
export function grayHistogram(g: GrayImage): Uint32Array {
  const histogram = new Uint32Array(256);
  for (const v of g.data) histogram[v] += 1;
  return histogram;
}

/**
 * The grey below which `share` of a 256-level histogram's `total` pixels lie: the first level
 * whose running count reaches it.
 */
export function histogramPercentile(histogram: Uint32Array, total: number, share: number): number {
  let seen = 0;
  for (let v = 0; v < histogram.length; v += 1) {
    seen += histogram[v];
    if (seen >= share * total) return v;
  }
  return histogram.length - 1;
}

/**
 * Ink where the evened-out page is darker than Otsu's threshold, nudged towards the paper
 * so that thin, blurred fraction bars and minus signs stay whole — but never into the
 * paper's own noise: on a photo that is almost all paper, Otsu splits the paper's grain.
 * There is no fixed ceiling: a grey of 200 was one, and it cut faint pencil (ink at
 * 150–220 on paper at 250) into specks.
 */
export function binarize(g: GrayImage): InkImage {
  return inkBelow(g, inkThresholds(g).ink);
}

/**
 * The greys below which a pixel is ink (binarize's) and below which it is at least a faint
 * mark: clearly darker than the paper, by its grain times FAINT_GRAIN and by FAINT_CONTRAST
 * of the way from the paper to Otsu's threshold (half-way to the ink). A pen's decimal point,
 * a touch and no stroke, can be this light beside digits binarize keeps whole.
 */
export function inkThresholds(g: GrayImage): { ink: number; faint: number } {
  const { paper, noise } = paperLevel(g);
  const otsu = otsuThreshold(g);
  return {
    // The paper's noise floor never below Otsu's by much: paper of two greys (a shadow evened
    // out closer than the lit side) is no grain, and the floor then fell below the ink.
    ink: Math.min(otsu + 12, Math.max(paper - 4 * noise, 0.8 * otsu)),
    faint: paper - Math.max(FAINT_GRAIN * noise, FAINT_CONTRAST * (paper - otsu), 1),
  };
}

const FAINT_GRAIN = 5;
const FAINT_CONTRAST = 0.2;

/** Ink wherever the grey is darker than `threshold`. */
export function inkBelow(g: GrayImage, threshold: number): InkImage {
  const data = new Uint8Array(g.data.length);
  for (let i = 0; i < data.length; i += 1) data[i] = g.data[i] < threshold ? 1 : 0;
  return { data, width: g.width, height: g.height };
}
