import sharp from 'sharp';
import { PipelineError } from '../../errors';
import {
  Component,
  boxHeight,
  boxWidth,
  centerX,
  centerY,
  connectedComponents,
  mergeBlobs,
} from './components';
import {
  GrayImage,
  binarize,
  evenLight,
  grayFromSharp,
  grayWithoutRedMarks,
  inkBelow,
  inkThresholds,
  toSharp,
} from './page-image';
import { GlyphModel } from './glyph-model';
import { skewFromBaselines, skewFromRules } from './skew';
import { piecesRejoined, withoutRuling } from './ruling';
import { withoutFrame } from './paper-frame';
import { lightOnDark, negated } from './polarity';
import { RimPiece, RimSides, withSmallRimGlyphs } from './rim-glyphs';
import { betweenNumeratorAndDenominator, divides } from './fraction-sides';

/** Decoding more than this many pixels is refused before any pixel is decoded (pixel floods). */
export const MAX_INPUT_PIXELS = 40_000_000;
/** Digit height the page is scaled to: large enough for thin strokes, small enough to be quick. */
export const TARGET_GLYPH_HEIGHT = 44;
const MAX_SIDE = 2400;

export interface PreparedPage {
  /** Evened-out, straightened, rescaled grey page (for reading the prompt). */
  gray: GrayImage;
  components: Component[];
  /**
   * Blobs too small to be glyphs: dust, mostly, but a pen's decimal point or ÷ dots may be
   * among them (specks.ts keeps those the formula's layout explains).
   */
  specks: Component[];
  /**
   * Marks too faint to binarise, clear of all ink and speck-sized: paper grain, mostly, but
   * also a pen's lightest decimal points (specks.ts doubts a formula with one between digits).
   */
  faintSpecks: Component[];
  /** Degrees the photo was turned back by. */
  skew: number;
  /** Factor the page was rescaled by. */
  scale: number;
}

/**
 * Photo clean-up: EXIF rotation, the desk or margin around the sheet cut off, light writing
 * on a dark ground turned into ink on paper, even light,
 * binarisation (the paper's ruling taken out), deskew, and a rescale so that glyphs come
 * out about the same size whatever the camera's resolution.
 */
export async function preparePage(input: Buffer, model: GlyphModel): Promise<PreparedPage> {
  if (input.length === 0) throw new PipelineError('INVALID_IMAGE', 'empty file');
  let gray: GrayImage;
  try {
    const meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (!['png', 'jpeg', 'webp'].includes(meta.format ?? ''))
      throw new Error(`unsupported format ${meta.format ?? 'unknown'}`);
    gray = withoutFrame(
      await grayWithoutRedMarks(
        sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
          .rotate()
          .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true }),
      ),
    );
  } catch (e) {
    throw new PipelineError('INVALID_IMAGE', (e as Error).message);
  }
  // Chalk on a blackboard, a dark-mode screen: read in negative, as ink on paper.
  if (lightOnDark(gray)) gray = negated(gray);
  let even = evenLight(gray);
  let components = blobs(even);
  // Rescale first: the tilt is read from classified glyphs, which need a readable size.
  const typical = typicalBlobHeight(components, even);
  let scale = 1;
  if (typical && (typical < 0.95 * TARGET_GLYPH_HEIGHT || typical > 2 * TARGET_GLYPH_HEIGHT)) {
    scale = Math.max(0.4, Math.min(3, TARGET_GLYPH_HEIGHT / typical));
    even = await grayFromSharp(
      toSharp(even).resize({ width: Math.round(even.width * scale), kernel: 'cubic' }),
    );
    components = blobs(even);
  }
  let ink = dropNoise(components, even);
  const skew =
    skewFromBaselines(ink.kept, model) ??
    skewFromRules(ink.kept, typicalBlobHeight(ink.kept, even)) ??
    0;
  if (Math.abs(skew) >= 0.3) {
    // Turned straight, the photo's edge is a white wedge away from what it cut: dropped at
    // the edge here, where it is one (a line below's tops along a tilted crop's foot, read
    // as a bar under the minus: "−" as "="), and not found glyph-sized inside the turned page.
    const cleared = withoutDroppedRimBlobs(even, components, ink);
    even = await grayFromSharp(toSharp(cleared).rotate(-skew, { background: '#ffffff' }));
    ink = dropNoise(blobs(even), even);
  }
  const faint = faintSpecks(even, typicalBlobHeight(ink.kept, even) || TARGET_GLYPH_HEIGHT);
  return { gray: even, components: ink.kept, specks: ink.specks, faintSpecks: faint, skew, scale };
}

/**
 * The blobs of faint ink (page-image's inkThresholds) that hold no pixel binarize inks:
 * marks wholly lighter than the ink, of a few pixels up to a quarter of a glyph's height.
 */
function faintSpecks(g: GrayImage, typical: number): Component[] {
  const { ink, faint } = inkThresholds(g);
  return connectedComponents(inkBelow(g, faint), 3).filter((c) => {
    if (Math.max(boxWidth(c.box), boxHeight(c.box)) >= 0.25 * typical) return false;
    const w = boxWidth(c.box);
    for (let y = c.box.y0; y <= c.box.y1; y += 1)
      for (let x = c.box.x0; x <= c.box.x1; x += 1)
        if (c.mask[(y - c.box.y0) * w + x - c.box.x0] && g.data[y * g.width + x] < ink)
          return false;
    return true;
  });
}

function blobs(g: GrayImage): Component[] {
  const ink = binarize(g);
  const clean = withoutRuling(ink);
  // Two pixels of ink are a blob (a speck, for specks.ts to place): a small photo leaves a
  // hand's dot no more. Dropped at under three, an i's dot went and 1 − x + iy was answered
  // as 1 − x + cy; a ÷'s dot went and 10 ÷ 30 was answered −20. Lone pixels stay noise.
  return piecesRejoined(connectedComponents(clean, 2), ink, clean);
}

/**
 * The height of the blobs that hold most of the ink (specks left out, and the image's rim
 * unless the glyphs are there): a median weighted by area, so the dots of ÷ and i, each a
 * blob of its own, do not pass for the glyph size, and rules and bars are left out
 * (952 ÷ 4 ÷ 2 has as many dots as digits, and its digits touching the rim were then
 * dropped as "too large").
 */
function typicalBlobHeight(components: Component[], g: GrayImage): number {
  const sized = components.filter((c) => c.area >= 30 && boxHeight(c.box) >= 8 && !flat(c));
  const candidates = sized.filter((c) => !holdsGlyphs(c, components));
  const inside = candidates.filter((c) => !touchesRim(c, g));
  const area = (cs: Component[]) => cs.reduce((a, c) => a + c.area, 0);
  // A crop so tight that the digits touch its edges leaves only the dots of ÷ inside it:
  // then the blobs at the rim are the glyphs (p09 cropped to its ink read at 3× its size).
  const glyphs = (area(inside) >= RIM_GLYPHS * area(candidates) ? inside : candidates).sort(
    (a, b) => boxHeight(a.box) - boxHeight(b.box),
  );
  const half = area(glyphs) / 2;
  let seen = 0;
  for (const c of glyphs) {
    seen += c.area;
    if (seen >= half) return boxHeight(c.box);
  }
  return 0;
}

/**
 * A sign drawn around others and far taller than them — a root over a fraction — is no
 * glyph's size: its box holds the middles of two other blobs, and it stands half again as
 * tall as the tallest of them. (A hand's √ over 11/10, the largest blob by far, had set the
 * page's size: the page was shrunk to make the root glyph-sized, the digits fell to a few
 * pixels, a 1 went with the dust and the root was answered √(1/10).) A long-division
 * bracket, or a root over one line, is about as tall as what it holds, and still counts.
 */
function holdsGlyphs(c: Component, all: Component[]): boolean {
  const held = all.filter((o) => {
    if (o === c || o.area < 6) return false;
    const [x, y] = [centerX(o.box), centerY(o.box)];
    return x > c.box.x0 && x < c.box.x1 && y > c.box.y0 && y < c.box.y1;
  });
  return (
    held.length >= 2 && boxHeight(c.box) >= 1.5 * Math.max(...held.map((o) => boxHeight(o.box)))
  );
}

/**
 * Below this share of the ink's area inside the photo's rim, the glyphs are the blobs that
 * touch it (a tight crop), not a page edge's or a shadow's.
 */
const RIM_GLYPHS = 0.25;

/** A bar, a rule or a page edge: its height says nothing about the glyphs' size. */
function flat(c: Component): boolean {
  return boxHeight(c.box) < 0.3 * boxWidth(c.box);
}

/**
 * A long line with no glyph above it is the paper's ruling or a page edge: a fraction bar
 * has its numerator above it and the rule of column arithmetic its rows, and neither the
 * result nor anything below makes a line a bar.
 */
function ruledLine(c: Component, all: Component[], typical: number): boolean {
  if (!flat(c) || boxWidth(c.box) < 6 * typical) return false;
  return !all.some(
    (o) =>
      o !== c &&
      boxHeight(o.box) >= 0.5 * typical &&
      o.box.x1 >= c.box.x0 &&
      o.box.x0 <= c.box.x1 &&
      o.box.y1 <= c.box.y1 &&
      o.box.y1 >= c.box.y0 - 2 * typical,
  );
}

/** Which edges of the photo a blob touches. */
function rimSides(c: Component, g: GrayImage): RimSides {
  return {
    top: c.box.y0 === 0,
    bottom: c.box.y1 === g.height - 1,
    left: c.box.x0 === 0,
    right: c.box.x1 === g.width - 1,
  };
}

function touchesRim(c: Component, g: GrayImage): boolean {
  return c.box.x0 === 0 || c.box.y0 === 0 || c.box.x1 === g.width - 1 || c.box.y1 === g.height - 1;
}

/**
 * A thin stroke as long as a good part of a glyph: a line of ink, however few its pixels —
 * no speck. (One tall glyph sets the size of a page: under a hand's √ drawn over the whole
 * fraction, 1/3's bar and 1 had too few pixels for that size, went with the dust, and the
 * root was answered as √3.)
 */
function longStroke(c: Component, typical: number): boolean {
  const long = Math.max(boxWidth(c.box), boxHeight(c.box));
  return long >= 0.3 * typical && long >= 3 * Math.min(boxWidth(c.box), boxHeight(c.box));
}

/**
 * Sensor specks are not ink; neither are shadows, page edges, or the thin dark seam that
 * vignetting leaves along the rim of a photo, when they touch the border. Returns the
 * glyphs kept and, apart, the specks (inside the photo) that were too small to be glyphs.
 */
function dropNoise(
  components: Component[],
  g: GrayImage,
): { kept: Component[]; specks: Component[] } {
  const typical = typicalBlobHeight(components, g) || TARGET_GLYPH_HEIGHT;
  // A decimal point is ~0.03 of a digit's height squared; specks are far smaller.
  const minArea = Math.max(6, Math.round(0.01 * typical * typical));
  const kept: Component[] = [];
  const specks: Component[] = [];
  const rimSpecks: Component[] = [];
  const rimDots: RimPiece[] = [];
  const feet: [Component, Component][] = [];
  const smallAtRim: RimPiece[] = [];
  for (const c of components) {
    const rim = touchesRim(c, g);
    if (c.area < minArea && !longStroke(c, typical)) {
      if (!rim) specks.push(c);
      // A hand's point at the foot of a crop cut tight to the digits, as below however small
      // (2.9999 read 29999 and answered).
      else if (c.box.y1 === g.height - 1 && c.box.x0 > 0 && c.box.x1 < g.width - 1)
        rimSpecks.push(c);
      continue;
    }
    if (ruledLine(c, components, typical)) continue;
    if (!rim) {
      kept.push(c);
      continue;
    }
    const w = boxWidth(c.box);
    const h = boxHeight(c.box);
    const large = w > 4 * typical || h > 4 * typical;
    const small = h < 0.5 * typical || c.area < 0.05 * typical * typical;
    // A fraction bar cropped tight ends at the left or right rim; a seam runs along the rim.
    // A bar shorter than a glyph is tall is one if it divides (1/3 at the end of a line), and
    // so is one from rim to rim: a fraction cropped to its ink, its bar the widest thing in it
    // ((a + b)/2 had lost its bar and been answered a + b).
    const sides = (c.box.x0 === 0 ? 1 : 0) + (c.box.x1 === g.width - 1 ? 1 : 0);
    const croppedBar =
      (h < 0.3 * typical || slopingBar(c, typical)) &&
      ((sides === 1 && (w >= typical || (w >= 0.5 * typical && divides(c, components, typical)))) ||
        (sides === 2 && divides(c, components, typical))) &&
      c.box.y0 > 0 &&
      c.box.y1 < g.height - 1;
    const glyphAbove = glyphOverFoot(c, components, g, typical);
    if (glyphAbove) feet.push([c, glyphAbove]);
    else if (
      croppedBar ||
      overGlyphs(c, components, typical) ||
      leadingMinus(c, components, g, typical)
    )
      kept.push(c);
    else if (!large && !small) {
      if (alongSide(c, g, typical)) c.alongEdge = true;
      kept.push(c);
    }
    // A point at the foot of a crop cut tight to the digits touches the rim with them: it is
    // kept among the specks, where only a place in the formula makes it a point (39.6 read
    // 396 when it went with the dust). So is a round dot up to a ÷'s size, which a crop as
    // tight at the top cuts (248 ÷ 4 × 7 read with half a ÷).
    else if (small && Math.max(w, h) < 0.25 * typical) rimSpecks.push(c);
    else if (small && roundDot(c, 0.4 * typical)) rimDots.push({ blob: c, sides: rimSides(c, g) });
    // Cut by an edge or a corner, not across the photo: perhaps a glyph's (rim-glyphs.ts).
    else if (small && sides < 2 && (c.box.y0 > 0 || c.box.y1 < g.height - 1))
      smallAtRim.push({ blob: c, sides: rimSides(c, g) });
  }
  for (const [foot, glyph] of feet) {
    const at = kept.indexOf(glyph);
    if (at >= 0) kept[at] = mergeBlobs(kept[at], foot);
  }
  const { glyphs, dots } = withSmallRimGlyphs(smallAtRim, rimDots, kept, typical);
  return { kept: glyphs, specks: [...specks, ...rimSpecks, ...dots] };
}

/**
 * The page with the ink of blobs at its rim that dropNoise dropped painted over as paper
 * (with the pixel around each, their blurred edge), what it kept or took for specks left.
 */
function withoutDroppedRimBlobs(
  g: GrayImage,
  components: Component[],
  ink: { kept: Component[]; specks: Component[] },
): GrayImage {
  const kept = new Uint8Array(g.data.length);
  for (const c of [...ink.kept, ...ink.specks]) paintBlob(c, (i) => (kept[i] = 1), g.width);
  const data = g.data.slice();
  for (const c of components) {
    if (!touchesRim(c, g)) continue;
    paintBlob(
      c,
      (i) => {
        if (kept[i]) return;
        const x = i % g.width;
        const y = (i - x) / g.width;
        for (let dy = -1; dy <= 1; dy += 1)
          for (let dx = -1; dx <= 1; dx += 1) {
            const [nx, ny] = [x + dx, y + dy];
            const j = ny * g.width + nx;
            if (nx >= 0 && ny >= 0 && nx < g.width && ny < g.height && !kept[j]) data[j] = 255;
          }
      },
      g.width,
    );
  }
  return { data, width: g.width, height: g.height };
}

/** Calls `paint` with the page index of each of a blob's ink pixels. */
function paintBlob(c: Component, paint: (i: number) => void, pageWidth: number): void {
  const w = boxWidth(c.box);
  for (let y = 0; y < boxHeight(c.box); y += 1)
    for (let x = 0; x < w; x += 1)
      if (c.mask[y * w + x]) paint((y + c.box.y0) * pageWidth + x + c.box.x0);
}

/** A blob that is one round dot (as wide as tall, filling its box) no larger than `size`. */
function roundDot(c: Component, size: number): boolean {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  return Math.max(w, h) <= size && w <= 2 * h && h <= 2 * w && c.area >= 0.5 * w * h;
}

/**
 * A long-division bracket or a radical whose overline a tight crop cut at the photo's top:
 * wide, but no taller than a line, touching the top rim and not the left one (a crop to the
 * ink ends where the bracket does) unless it is a radical open at its foot and its right,
 * with glyphs under it inside its box. Dropped as a page
 * edge, it left the divisor beside the dividend (7)2009 read 72009); kept, the reading sees
 * a bracket (2)1804 reads as 1804 ÷ 2) or something it cannot explain, and doubts the photo.
 */
function overGlyphs(c: Component, all: Component[], typical: number): boolean {
  const { x0, y0, x1, y1 } = c.box;
  // At the left rim only a radical that begins the formula, its check mark down the crop's
  // height (√113 read 113 and answered): open at its foot and its right, as no box is. Its
  // overline may stop a pixel short of the top, and over a fraction or small glyphs it
  // stands up to four of them tall (√(1/3) read 1/3).
  // Anywhere along the top, a radical stands as tall (a hand's √162 over a fraction bar, its
  // tick well below the digits, 2.3 glyphs tall: dropped, 162/√200 was answered).
  const open = openRadical(c, typical);
  const radical = x0 === 0 && open;
  const top = radical ? y0 <= 0.1 * typical : y0 === 0;
  if (!top || (x0 === 0 && !radical) || boxHeight(c.box) > (open ? 4 : 2) * typical) return false;
  const under = all.filter(
    (o) =>
      o !== c &&
      boxHeight(o.box) >= 0.5 * typical &&
      o.box.x0 >= x0 &&
      o.box.x1 <= x1 &&
      o.box.y0 > y0 &&
      o.box.y1 <= y1 + 0.3 * typical,
  );
  return under.length >= 2;
}

/**
 * A hand's bar drawn sloping: its box taller than a flat stroke's, but the stroke as thin,
 * and three times as long as its box is tall.
 */
function slopingBar(c: Component, typical: number): boolean {
  const w = boxWidth(c.box);
  return c.area / w < 0.15 * typical && w >= 3 * boxHeight(c.box);
}

/** Ink along little of the blob's foot row and of its rightmost columns: no box's sides. */
function openRadical(c: Component, typical: number): boolean {
  const [w, h] = [boxWidth(c.box), boxHeight(c.box)];
  if (w < 2 * typical) return false;
  let foot = 0;
  for (let x = 0; x < w; x += 1) foot += c.mask[(h - 1) * w + x];
  let right = 0;
  for (let y = 0; y < h; y += 1) right += c.mask[y * w + w - 1] | c.mask[y * w + w - 2];
  return foot < 0.3 * w && right < 0.3 * h;
}

/**
 * A flat stroke along the photo's foot just under a glyph, most of it within the glyph's
 * columns: the glyph's own foot (a 2's base), parted from it where the stroke turned thin
 * and cut off by a crop tight to the ink. That glyph, to join it back to.
 */
function glyphOverFoot(
  c: Component,
  all: Component[],
  g: GrayImage,
  typical: number,
): Component | undefined {
  const { x0, y0, x1, y1 } = c.box;
  const w = boxWidth(c.box);
  if (y1 !== g.height - 1 || boxHeight(c.box) > 0.3 * typical || w < 0.3 * typical)
    return undefined;
  return all.find(
    (o) =>
      o !== c &&
      boxHeight(o.box) >= 0.5 * typical &&
      o.box.y1 < y0 &&
      y0 - o.box.y1 <= 0.15 * typical &&
      Math.min(x1, o.box.x1) - Math.max(x0, o.box.x0) + 1 >= 0.6 * w,
  );
}

/**
 * A level dash at the photo's left edge, clear of its top and foot, halfway up the glyphs
 * beside it, or level with the fraction bar after it: the formula's leading minus, cut by a
 * crop tight to the ink (−9√7 read 9√7 and answered). Dropped as rim dust, it flipped the
 * answer's sign.
 */
function leadingMinus(c: Component, all: Component[], g: GrayImage, typical: number): boolean {
  const { x0, y0, x1, y1 } = c.box;
  const [w, h] = [boxWidth(c.box), boxHeight(c.box)];
  if (x0 !== 0 || y0 === 0 || y1 === g.height - 1 || x1 === g.width - 1) return false;
  if (h > 0.3 * typical || w < 0.25 * typical || w > 1.5 * typical || w < 1.5 * h) return false;
  const middle = centerY(c.box);
  // Or level with a fraction bar after it (−⅛c³): a hand's minus may stand higher or lower
  // than the bar, but between the middles of the numerator and the denominator (−1/160).
  const bar = all.find(
    (o) =>
      o !== c &&
      o.box.x0 > x1 &&
      o.box.x0 - x1 <= typical &&
      flat(o) &&
      boxWidth(o.box) >= 0.5 * typical &&
      (Math.abs(centerY(o.box) - middle) <= 0.3 * typical ||
        betweenNumeratorAndDenominator(middle, o, all, typical)),
  );
  if (bar) return true;
  const next = all
    .filter((o) => o !== c && o.box.x0 > x1 && boxHeight(o.box) >= 0.5 * typical)
    .sort((a, b) => a.box.x0 - b.box.x0)[0];
  if (!next || next.box.x0 - x1 > typical) return false;
  const rel = (middle - next.box.y0) / boxHeight(next.box);
  return rel > 0.25 && rel < 0.85;
}

/**
 * A thin blob at the photo's left or right edge that runs down it for most of its height
 * or is taller than any glyph: cut there, it may be a 1, or the edge of a screen's bezel
 * turned into the picture (read as 1s, `2x − 3 = −7` became `12x − 3 = −71`). Its reading
 * is a guess (symbols.ts).
 */
function alongSide(c: Component, g: GrayImage, typical: number): boolean {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const left = c.box.x0 === 0;
  if (w >= 0.3 * typical || (!left && c.box.x1 !== g.width - 1)) return false;
  if (h >= 2 * typical) return true;
  // Rows whose ink reaches within two pixels of the edge.
  const near = left ? [0, 1, 2] : [w - 1, w - 2, w - 3];
  let rows = 0;
  for (let y = 0; y < h; y += 1)
    if (near.some((x) => x >= 0 && x < w && c.mask[y * w + x])) rows += 1;
  return rows >= 0.6 * h;
}
