import { GrayImage, grayHistogram, histogramPercentile } from './page-image';

/**
 * The median grey below which a background may be dark: darker than mid-grey (a phone's
 * exposure lifts a blackboard to 100 or so; a lit sheet is ~140 and up).
 */
const DARK_BACKGROUND = 128;
/** How much lighter than the background light ink must be for a photo to count as written so. */
const MIN_CONTRAST = 40;
/** The share of the light pixels that must lie in thin strokes, not in a patch of glare. */
const STROKE_SHARE = 0.5;

/**
 * Whether the photo is written light on dark: chalk on a blackboard, an app's dark mode on a
 * photographed screen. Ink is the grey the few pixels have, the background the one most
 * have: on paper the ink is the dark tail (the darkest 0.5 %), far below the median, while
 * the lightest pixels are paper a little brighter than it, even on a dim, shadowed page;
 * written light on dark, it is the other way round. A dark background is also dark
 * outright, so a grey sheet in poor light is not taken for a board, and the light pixels
 * lie in strokes, so the glare of a flash on a dim page is not taken for chalk.
 */
export function lightOnDark(g: GrayImage): boolean {
  const histogram = grayHistogram(g);
  const total = g.data.length;
  const [darkest, background, lightest] = [0.005, 0.5, 0.995].map((share) =>
    histogramPercentile(histogram, total, share),
  );
  const above = lightest - background;
  const below = background - darkest;
  if (background >= DARK_BACKGROUND || above < MIN_CONTRAST || above <= 2 * below) return false;
  return strokeShare(g, (background + lightest) / 2) >= STROKE_SHARE;
}

/** The photo in negative: light ink on dark becomes dark ink on light, as on paper. */
export function negated(g: GrayImage): GrayImage {
  return { data: g.data.map((v) => 255 - v), width: g.width, height: g.height };
}

/**
 * The share of the pixels lighter than `threshold` that lie within a twentieth of the photo's
 * shorter side of something darker: strokes (a one-line crop's glyphs are half its height, a
 * marker's stroke a tenth of that), where a patch of glare is light all through.
 */
function strokeShare(g: GrayImage, threshold: number): number {
  const { width, height } = g;
  const r = Math.max(2, Math.round(Math.min(width, height) / 20));
  const light = g.data.map((v) => (v > threshold ? 1 : 0));
  // Light all through a (2r + 1)² square around it: along the row, then down the column.
  const across = solidRuns(light, width, height, r, 1, width);
  const through = solidRuns(across, height, width, r, width, 1);
  let count = 0;
  let inside = 0;
  for (let i = 0; i < light.length; i += 1) {
    count += light[i];
    inside += through[i];
  }
  return count === 0 ? 0 : 1 - inside / count;
}

/**
 * For each of `lines` lines of `length` pixels (pixel k of line j at j·lineStep + k·step):
 * 1 where the pixel and the r pixels on either side of it along the line are all set.
 */
function solidRuns(
  set: Uint8Array,
  length: number,
  lines: number,
  r: number,
  step: number,
  lineStep: number,
): Uint8Array {
  const out = new Uint8Array(set.length);
  for (let j = 0; j < lines; j += 1) {
    let run = 0;
    for (let k = 0; k < length; k += 1) {
      run = set[j * lineStep + k * step] ? run + 1 : 0;
      // A run of 2r + 1 set pixels ending at k makes the pixel r back solid.
      if (run >= 2 * r + 1) out[j * lineStep + (k - r) * step] = 1;
    }
  }
  return out;
}
