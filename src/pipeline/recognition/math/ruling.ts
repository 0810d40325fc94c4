import { Component, boxHeight, boxWidth, mergeBlobs } from './components';
import { InkImage } from './page-image';

/** Tilts (degrees) a page's ruling is looked for at: a phone photo is seldom straighter. */
const MAX_TILT = 6;
const TILT_STEP = 0.25;
/** A ruling line's ink covers this share of the photo's columns, edge to edge. */
const COVERAGE = 0.8;
/** Columns sampled when looking for lines (every column of a small photo). */
const SAMPLED_COLUMNS = 600;

/**
 * The photo's ink without the paper's ruling: the lines of an exercise book or the squares of
 * maths paper, which run through the glyphs and join a whole line of them into one blob.
 * A ruling line is a thin straight stroke across the whole photo, one of at least two
 * parallel ones (a tight crop's one fraction bar may span its width; a page's ruling repeats).
 * Only the line's own pixels go: where a glyph's stroke crosses it, or lies on it thicker
 * than the line, the ink stays.
 */
export function withoutRuling(ink: InkImage): InkImage {
  const across = eraseLines(ink);
  const turned = transpose(across);
  const down = eraseLines(turned);
  return down === turned ? across : transpose(down);
}

/** A ruling line: its sheared rows (as at the photo's middle column) and its ink's thickness. */
interface Line {
  from: number;
  to: number;
  thickness: number;
}

/** The ink with its ruling across erased, or the same image when it has none. */
function eraseLines(ink: InkImage): InkImage {
  const found = rulingLines(ink);
  if (!found) return ink;
  const { width, height } = ink;
  const data = Uint8Array.from(ink.data);
  for (const line of found.lines) {
    // A run a little thicker than the line is still the line (its edges blur); half its
    // thickness more is a stroke lying on it — a print's 2-px stroke on a 1-px line too.
    const most = line.thickness + Math.max(1, Math.round(line.thickness / 2));
    for (let x = 0; x < width; x += 1) {
      const shift = Math.round(found.slope * (x - width / 2));
      for (const run of runsThrough(data, width, height, x, line.from + shift, line.to + shift))
        if (run.y1 - run.y0 + 1 <= most)
          for (let y = run.y0; y <= run.y1; y += 1) data[y * width + x] = 0;
    }
  }
  return { data, width, height };
}

/** The vertical ink runs of column x that reach into rows from..to, each followed to its ends. */
function runsThrough(
  data: Uint8Array,
  width: number,
  height: number,
  x: number,
  from: number,
  to: number,
): { y0: number; y1: number }[] {
  const runs: { y0: number; y1: number }[] = [];
  let y = Math.max(0, from);
  const last = Math.min(height - 1, to);
  while (y <= last) {
    if (!data[y * width + x]) {
      y += 1;
      continue;
    }
    let y0 = y;
    while (y0 > 0 && data[(y0 - 1) * width + x]) y0 -= 1;
    let y1 = y;
    while (y1 < height - 1 && data[(y1 + 1) * width + x]) y1 += 1;
    runs.push({ y0, y1 });
    y = y1 + 1;
  }
  return runs;
}

/**
 * The straight lines across the whole photo at one tilt: at each tilt the columns with ink on
 * each sheared row (give or take a pixel) are counted, and a band of rows that nearly every
 * column has ink on is a line. Null unless two or more thin lines are found, spaced wider
 * than they are thick and at most a third of their length apart.
 */
function rulingLines(ink: InkImage): { slope: number; lines: Line[] } | null {
  const { width, height, data } = ink;
  if (width < 40 || height < 8) return null;
  const step = Math.max(1, Math.floor(width / SAMPLED_COLUMNS));
  const columns = Math.ceil(width / step);
  // The sampled columns' ink, collected once; a page where a fifth of the columns hold no
  // ink at all has no line across it.
  const xs: number[] = [];
  const ys: number[] = [];
  let inked = 0;
  for (let x = 0; x < width; x += step) {
    const before = xs.length;
    for (let y = 0; y < height; y += 1)
      if (data[y * width + x]) {
        xs.push(x);
        ys.push(y);
      }
    if (xs.length > before) inked += 1;
  }
  if (inked < COVERAGE * columns) return null;
  const reach = Math.ceil(Math.tan((MAX_TILT * Math.PI) / 180) * width) + 4;
  const covered = new Uint32Array(height + 2 * reach);
  const lastColumn = new Int32Array(height + 2 * reach);
  /** The bands of sheared rows that nearly every column has ink on, give or take `slack`. */
  const bandsAt = (tilt: number, slack: number) => {
    const slope = Math.tan((tilt * Math.PI) / 180);
    covered.fill(0);
    lastColumn.fill(-1);
    for (let i = 0; i < xs.length; i += 1) {
      const x = xs[i];
      const row = ys[i] - Math.round(slope * (x - width / 2)) + reach;
      for (let r = row - slack; r <= row + slack; r += 1)
        if (lastColumn[r] !== x) {
          lastColumn[r] = x;
          covered[r] += 1;
        }
    }
    const bands = fullRows(covered, COVERAGE * columns);
    return { slope, bands, rows: bands.reduce((a, b) => a + b.to - b.from + 1, 0) };
  };
  // Whole degrees with a wide slack find the tilt roughly; quarter degrees around it, exactly.
  const best = (tilts: number[], slack: number) =>
    tilts
      .map((tilt) => ({ tilt, ...bandsAt(tilt, slack) }))
      .filter((b) => b.bands.length >= 2)
      .reduce<(ReturnType<typeof bandsAt> & { tilt: number }) | null>(
        (a, b) => (!a || b.rows > a.rows ? b : a),
        null,
      );
  const rough = best(range(-MAX_TILT, MAX_TILT, 1), 3);
  if (!rough) return null;
  const found = best(range(rough.tilt - 0.75, rough.tilt + 0.75, TILT_STEP), 1);
  if (!found) return null;
  const slope = found.slope;
  const bands = found.bands.map((b) => ({
    from: b.from - reach,
    to: b.to - reach,
    thickness: lineThickness(ink, slope, b.from - reach, b.to - reach),
  }));
  // A page's ruling is printed alike: a thicker stroke across it (a long division's bar, a
  // rule drawn by hand) is the student's, and stays.
  const thinnest = Math.min(...bands.map((l) => l.thickness));
  const lines = bands.filter((l) => l.thickness <= thinnest + 2);
  if (lines.length < 2) return null;
  const thickest = Math.max(...lines.map((l) => l.thickness));
  const spacing = Math.min(...lines.slice(1).map((l, i) => l.from - lines[i].to));
  // Ruling runs far past the glyphs it lies under: a tight crop's strokes are no lines.
  return spacing >= 4 * thickest && width >= 3 * spacing ? { slope, lines } : null;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) out.push(v);
  return out;
}

/** A line's own thickness: the median length of the ink runs through its rows. */
function lineThickness(ink: InkImage, slope: number, from: number, to: number): number {
  const lengths: number[] = [];
  for (let x = 0; x < ink.width; x += 1) {
    const shift = Math.round(slope * (x - ink.width / 2));
    for (const run of runsThrough(ink.data, ink.width, ink.height, x, from + shift, to + shift))
      lengths.push(run.y1 - run.y0 + 1);
  }
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1] ?? 0;
}

/** Runs of consecutive rows whose count reaches `least`. */
function fullRows(counts: Uint32Array, least: number): { from: number; to: number }[] {
  const bands: { from: number; to: number }[] = [];
  for (let r = 0; r < counts.length; r += 1) {
    if (counts[r] < least) continue;
    const last = bands[bands.length - 1];
    if (last && last.to === r - 1) last.to = r;
    else bands.push({ from: r, to: r });
  }
  return bands;
}

function transpose(ink: InkImage): InkImage {
  const { width, height, data } = ink;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) out[x * height + y] = data[y * width + x];
  return { data: out, width: height, height: width };
}

/**
 * Glyph strokes that lie along a ruling line for a stretch are erased with it (a 5's bowl
 * sitting on the line), and the stroke's end beyond them is left a blob of its own that
 * reads as a comma (5.63 on ruled paper read ",5.6,3"). A blob much smaller than a glyph
 * that touches erased line ink and stands within the columns of a larger blob that does too
 * is joined back to it, with the erased ink between them (a decimal point stands between
 * glyphs, not under one).
 */
export function piecesRejoined(blobs: Component[], ink: InkImage, clean: InkImage): Component[] {
  if (ink === clean || blobs.length < 2) return blobs;
  const { width, height } = ink;
  const erased = (x: number, y: number) =>
    x >= 0 &&
    y >= 0 &&
    x < width &&
    y < height &&
    ink.data[y * width + x] === 1 &&
    clean.data[y * width + x] === 0;
  const touchesErased = (c: Component) => {
    const w = boxWidth(c.box);
    for (let y = 0; y < boxHeight(c.box); y += 1)
      for (let x = 0; x < w; x += 1)
        if (c.mask[y * w + x])
          for (let dy = -1; dy <= 1; dy += 1)
            for (let dx = -1; dx <= 1; dx += 1)
              if (erased(c.box.x0 + x + dx, c.box.y0 + y + dy)) return true;
    return false;
  };
  const onLine = blobs.filter(touchesErased);
  // The glyphs' height: the median of the blobs' heights, dots and pieces left out.
  const tallest = Math.max(...blobs.map((c) => boxHeight(c.box)));
  const heights = blobs
    .map((c) => boxHeight(c.box))
    .filter((h) => h >= 0.3 * tallest)
    .sort((a, b) => a - b);
  const typical = heights[heights.length >> 1];
  const out = [...blobs];
  for (const piece of onLine) {
    if (boxHeight(piece.box) >= 0.5 * typical) continue;
    const cx = (piece.box.x0 + piece.box.x1) / 2;
    const glyph = onLine.find(
      (g) =>
        g !== piece &&
        out.includes(g) &&
        boxHeight(g.box) >= 0.5 * typical &&
        cx >= g.box.x0 &&
        cx <= g.box.x1,
    );
    if (!glyph || !out.includes(piece)) continue;
    out.splice(out.indexOf(piece), 1);
    out.splice(out.indexOf(glyph), 1, joinedThroughLine(glyph, piece, erased));
  }
  return out;
}

/** Two blobs and the erased line ink in their joint box, as one blob. */
function joinedThroughLine(
  a: Component,
  b: Component,
  erased: (x: number, y: number) => boolean,
): Component {
  const joined = mergeBlobs(a, b);
  const { box, mask } = joined;
  const w = boxWidth(box);
  for (let y = 0; y < boxHeight(box); y += 1)
    for (let x = 0; x < w; x += 1) if (erased(box.x0 + x, box.y0 + y)) mask[y * w + x] = 1;
  return { ...joined, area: mask.reduce((s, v) => s + v, 0) };
}
