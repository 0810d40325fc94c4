/**
 * Pixel-level checks for the symbols a text OCR engine confuses in math: it reads ÷ as +,
 * ≥ and ≤ as =, and − as =. Each check looks at the ink inside the symbol's box.
 */
export interface GrayImage {
  data: Buffer; // one byte per pixel, 0 = black
  width: number;
  height: number;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const INK = 128;

function inkRows(img: GrayImage, box: Box): { y: number; xs: number[] }[] {
  const rows: { y: number; xs: number[] }[] = [];
  for (let y = Math.max(0, box.y0); y < Math.min(img.height, box.y1); y += 1) {
    const xs: number[] = [];
    for (let x = Math.max(0, box.x0); x < Math.min(img.width, box.x1); x += 1) {
      if (img.data[y * img.width + x] < INK) xs.push(x);
    }
    if (xs.length) rows.push({ y, xs });
  }
  return rows;
}

interface InkGroup {
  rows: { y: number; xs: number[] }[];
  maxWidth: number;
}

function inkGroups(rows: { y: number; xs: number[] }[]): InkGroup[] {
  const groups: InkGroup[] = [];
  let prev = -10;
  for (const r of rows) {
    if (r.y > prev + 1) groups.push({ rows: [], maxWidth: 0 });
    const g = groups[groups.length - 1];
    g.rows.push(r);
    g.maxWidth = Math.max(g.maxWidth, r.xs[r.xs.length - 1] - r.xs[0] + 1);
    prev = r.y;
  }
  return groups;
}

export type Operator = '+' | '-' | '=' | '÷' | '≥' | '≤' | '<' | '>';

/**
 * Re-reads an operator from its ink: ÷ is three stacked pieces (dot, bar, dot); = two bars;
 * ≥/≤ a chevron over a bar; + one piece with a vertical stroke; − one flat bar; < and > one
 * chevron. A text OCR engine mixes these up (÷ as + or =, ≥ as = or <, − as =).
 */
export function classifyOperator(img: GrayImage, box: Box, reported: string): Operator | null {
  const rows = inkRows(img, box);
  if (rows.length === 0) return null;
  const groups = inkGroups(rows);
  const width = Math.max(1, box.x1 - box.x0 + 1);
  const height = rows[rows.length - 1].y - rows[0].y + 1;
  const wide = (g: InkGroup) => g.maxWidth >= 0.6 * width;
  if (groups.length === 3 && !wide(groups[0]) && wide(groups[1]) && !wide(groups[2])) return '÷';
  if (groups.length === 2 && wide(groups[0]) && wide(groups[1])) {
    return isChevron(groups[0].rows, width) ? chevronDirection(groups[0].rows, '≥', '≤') : '=';
  }
  if (
    groups.length === 2 &&
    !wide(groups[0]) &&
    wide(groups[1]) &&
    isChevron(groups[0].rows, width)
  )
    return chevronDirection(groups[0].rows, '≥', '≤');
  if (groups.length === 1) {
    if (height < 0.3 * width) return '-';
    const narrowRows = rows.filter((r) => r.xs.length < 0.35 * width).length;
    const middle = rows[Math.floor(rows.length / 2)];
    // + has a long vertical stroke above and below a full-width middle row.
    if (
      narrowRows >= rows.length * 0.5 &&
      middle.xs.length >= 0.6 * width &&
      isCentredStroke(rows, box)
    )
      return '+';
    // A slanted bar under a chevron (⩽ style) shows as rows holding two separate strokes.
    const doubleStroke = rows.filter((r) => runCount(r.xs) >= 2).length >= 4;
    if (doubleStroke && /[<>≤≥=]/.test(reported)) return chevronDirection(rows, '≥', '≤');
    if (/[<>≤≥]/.test(reported)) return chevronDirection(rows, '>', '<');
    return null;
  }
  return null;
}

/**
 * A chevron's thin rows walk sideways (it is two diagonal strokes); the thin anti-aliased
 * edge rows of a bar stay centred. Needs several thin rows spread across the glyph.
 */
function isChevron(rows: { xs: number[] }[], width: number): boolean {
  const thin = rows.filter((r) => r.xs.length < 0.5 * width);
  if (thin.length < 3) return false;
  const centres = thin.map((r) => r.xs.reduce((a, b) => a + b, 0) / r.xs.length);
  return Math.max(...centres) - Math.min(...centres) >= 0.25 * width;
}

function runCount(xs: number[]): number {
  let runs = xs.length ? 1 : 0;
  for (let i = 1; i < xs.length; i += 1) if (xs[i] > xs[i - 1] + 2) runs += 1;
  return runs;
}

function isCentredStroke(rows: { xs: number[] }[], box: Box): boolean {
  const cx = (box.x0 + box.x1) / 2;
  const top = rows[0];
  const mean = top.xs.reduce((a, b) => a + b, 0) / top.xs.length;
  return Math.abs(mean - cx) < 0.25 * (box.x1 - box.x0 + 1);
}

/** A chevron pointing right (>) has its ink further right at mid-height than at the top. */
function chevronDirection<R, L>(rows: { xs: number[] }[], right: R, left: L): R | L {
  const top = rows.slice(0, Math.max(1, Math.floor(rows.length / 6)));
  const middle = rows.slice(Math.floor(rows.length * 0.4), Math.floor(rows.length * 0.6) + 1);
  const meanX = (rs: { xs: number[] }[]) =>
    rs.reduce((a, r) => a + r.xs.reduce((p, q) => p + q, 0) / r.xs.length, 0) / rs.length;
  return meanX(middle) > meanX(top) ? right : left;
}

export interface Component {
  box: Box;
  area: number;
}

/** Connected ink blobs (8-neighbourhood) inside a region, with how much of each lies in `covered` boxes. */
function labelComponents(
  img: GrayImage,
  region: Box,
  covered: Box[],
): (Component & { coveredShare: number })[] {
  const { width, data } = img;
  const rx0 = Math.max(0, region.x0);
  const ry0 = Math.max(0, region.y0);
  const rx1 = Math.min(img.width - 1, region.x1);
  const ry1 = Math.min(img.height - 1, region.y1);
  const w = rx1 - rx0 + 1;
  const h = ry1 - ry0 + 1;
  if (w <= 0 || h <= 0) return [];
  const mask = new Uint8Array(w * h);
  for (const b of covered) {
    for (let y = Math.max(ry0, b.y0); y <= Math.min(ry1, b.y1); y += 1) {
      const from = Math.max(rx0, b.x0) - rx0;
      const to = Math.min(rx1, b.x1) - rx0 + 1;
      if (to > from) mask.fill(1, (y - ry0) * w + from, (y - ry0) * w + to);
    }
  }
  const ink = (x: number, y: number) => data[y * width + x] < INK;
  const seen = new Uint8Array(w * h);
  const out: (Component & { coveredShare: number })[] = [];
  const stack: number[] = [];
  for (let start = 0; start < w * h; start += 1) {
    const sx = start % w;
    const sy = (start - sx) / w;
    if (seen[start] || !ink(sx + rx0, sy + ry0)) continue;
    let area = 0;
    let coveredCount = 0;
    const box = { x0: img.width, y0: img.height, x1: 0, y1: 0 };
    stack.push(start);
    seen[start] = 1;
    while (stack.length) {
      const p = stack.pop()!;
      const x = p % w;
      const y = (p - x) / w;
      area += 1;
      coveredCount += mask[p];
      box.x0 = Math.min(box.x0, x + rx0);
      box.x1 = Math.max(box.x1, x + rx0);
      box.y0 = Math.min(box.y0, y + ry0);
      box.y1 = Math.max(box.y1, y + ry0);
      for (let dy = -1; dy <= 1; dy += 1) {
        for (let dx = -1; dx <= 1; dx += 1) {
          const nx = x + dx;
          const ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= w || ny >= h) continue;
          const q = ny * w + nx;
          if (!seen[q] && ink(nx + rx0, ny + ry0)) {
            seen[q] = 1;
            stack.push(q);
          }
        }
      }
    }
    out.push({ box, area, coveredShare: coveredCount / area });
  }
  return out;
}

/** Ink blobs no OCR symbol box covers: glyphs the engine skipped. */
export function uncoveredComponents(img: GrayImage, covered: Box[], minArea: number): Component[] {
  return labelComponents(img, { x0: 0, y0: 0, x1: img.width - 1, y1: img.height - 1 }, covered)
    .filter((c) => c.area >= minArea && c.coveredShare < 0.2)
    .map(({ box, area }) => ({ box, area }));
}

/**
 * Symbols the engine swallowed into a neighbour's box: a minus bar on the left ("-4" read
 * as "4"), a decimal point on the baseline to the right ("4." read as "4"), a bracket
 * beside it ("3(" read as "3").
 */
export interface SwallowedParts {
  main: Box;
  minusBefore: boolean;
  pointAfter: boolean;
  bracketBefore: '(' | ')' | null;
  bracketAfter: '(' | ')' | null;
}

export function splitSwallowed(img: GrayImage, box: Box, minArea: number): SwallowedParts | null {
  const parts = labelComponents(img, box, []).filter((c) => c.area >= Math.max(3, minArea / 8));
  if (parts.length < 2) return null;
  const main = parts.reduce((a, b) => (b.area > a.area ? b : a));
  const mh = main.box.y1 - main.box.y0 + 1;
  const others = parts.filter((c) => c !== main);
  const flat = (c: Component) => c.box.y1 - c.box.y0 + 1 < 0.3 * (c.box.x1 - c.box.x0 + 1);
  const minusBefore = others.some(
    (c) =>
      flat(c) &&
      c.box.x1 < main.box.x0 &&
      c.box.y0 > main.box.y0 + 0.25 * mh &&
      c.box.y1 < main.box.y1 - 0.2 * mh,
  );
  const pointAfter = others.some(
    (c) =>
      c.box.x0 > main.box.x1 &&
      c.box.y1 >= main.box.y1 - 0.15 * mh &&
      c.box.y1 - c.box.y0 + 1 < 0.25 * mh &&
      c.box.x1 - c.box.x0 + 1 < 0.25 * mh,
  );
  // A bracket is taller than a digit and narrow; ( bows left at mid-height, ) bows right.
  // Unlike a tall letter (l, d), a bracket also hangs below the baseline.
  const isBracket = (c: Component) =>
    c.box.y1 - c.box.y0 + 1 >= 1.08 * mh &&
    c.box.x1 - c.box.x0 + 1 < 0.45 * (c.box.y1 - c.box.y0 + 1) &&
    c.box.y1 > main.box.y1 + 0.06 * mh;
  const bracketOf = (c: Component | undefined) => (c ? bracketShape(img, c.box) : null);
  const bracketBefore = bracketOf(others.find((c) => isBracket(c) && c.box.x1 <= main.box.x0 + 1));
  const bracketAfter = bracketOf(others.find((c) => isBracket(c) && c.box.x0 >= main.box.x1 - 1));
  const found = minusBefore || pointAfter || bracketBefore || bracketAfter;
  return found ? { main: main.box, minusBefore, pointAfter, bracketBefore, bracketAfter } : null;
}

function bracketShape(img: GrayImage, box: Box): '(' | ')' {
  const rows = inkRows(img, box);
  const mean = (rs: { xs: number[] }[]) =>
    rs.reduce((a, r) => a + r.xs.reduce((p, q) => p + q, 0) / r.xs.length, 0) /
    Math.max(1, rs.length);
  const ends = [
    ...rows.slice(0, Math.max(1, Math.floor(rows.length / 8))),
    ...rows.slice(-Math.max(1, Math.floor(rows.length / 8))),
  ];
  const middle = rows.slice(Math.floor(rows.length * 0.4), Math.floor(rows.length * 0.6) + 1);
  return mean(middle) < mean(ends) ? '(' : ')';
}

/**
 * Glyph boxes from ink alone: connected pieces, with pieces stacked in one column (the two
 * bars of =, the dots of ÷, the dot of i) merged into one glyph. Left to right.
 */
export function glyphBoxes(img: GrayImage, region: Box, minArea: number): Box[] {
  const pieces = labelComponents(img, region, [])
    .filter((c) => c.area >= Math.max(3, minArea / 8))
    .map((c) => ({ ...c.box }))
    .sort((a, b) => a.x0 - b.x0);
  const glyphs: Box[] = [];
  for (const p of pieces) {
    const last = glyphs[glyphs.length - 1];
    const overlap = last ? Math.min(last.x1, p.x1) - Math.max(last.x0, p.x0) : -1;
    if (last && overlap > 0.5 * Math.min(last.x1 - last.x0, p.x1 - p.x0)) {
      last.x0 = Math.min(last.x0, p.x0);
      last.x1 = Math.max(last.x1, p.x1);
      last.y0 = Math.min(last.y0, p.y0);
      last.y1 = Math.max(last.y1, p.y1);
    } else glyphs.push(p);
  }
  return glyphs;
}

/** A run of raised glyphs after a baseline glyph: one exponent, read as a unit. */
export interface ExponentZone {
  base: Box;
  box: Box;
  /** How many glyphs the ink shows: a reading must have exactly this many characters. */
  glyphCount: number;
}

/**
 * Finds exponents from ink alone. Each glyph (column-merged components) is compared with the
 * median bottom and height of the baseline glyphs around it — robust to descenders (y, p,
 * brackets) and to other exponents. A raised glyph has its bottom well above that baseline,
 * its top near the tops of digits, and is neither flat (=, −) nor tiny (a prime).
 * Consecutive raised glyphs form one exponent ("5x" in e^{5x}).
 */
export function findExponentZones(
  img: GrayImage,
  line: Box,
  typical: number,
  minArea: number,
): ExponentZone[] {
  const region = {
    x0: line.x0,
    y0: Math.max(0, line.y0 - Math.round(0.6 * typical)),
    x1: line.x1,
    y1: line.y1,
  };
  const glyphs = glyphBoxes(img, region, minArea);
  const height = (g: Box) => g.y1 - g.y0 + 1;
  const width = (g: Box) => g.x1 - g.x0 + 1;
  const isBaselineCandidate = (g: Box) =>
    height(g) >= 0.45 * typical && height(g) <= 1.6 * typical && height(g) >= 0.5 * width(g);
  const zones: ExponentZone[] = [];
  let current: ExponentZone | undefined;
  let base: Box | undefined;
  glyphs.forEach((g, i) => {
    const around = glyphs
      .slice(Math.max(0, i - 5), i + 6)
      .filter((o) => o !== g && isBaselineCandidate(o));
    if (around.length < 2) return;
    const baseline = median(around.map((o) => o.y1));
    const h = median(around.map(height));
    const tall = percentile(around.map(height), 0.8);
    // Position decides: a superscript's top reaches ~1.2 glyph heights above the baseline, = and
    // + reach ~0.7. Size barely helps — next to x-height letters an exponent is as tall as they are.
    const raised =
      !!base &&
      g.y1 < baseline - 0.3 * h &&
      g.y0 < baseline - 1.0 * h &&
      height(g) >= 0.3 * typical &&
      height(g) <= 1.1 * tall &&
      height(g) >= 0.8 * width(g) &&
      g.x0 - (current?.box.x1 ?? base.x1) < 0.6 * h;
    if (raised) {
      if (current) {
        current.box = union(current.box, g);
        current.glyphCount += 1;
      } else {
        current = { base: base!, box: { ...g }, glyphCount: 1 };
        zones.push(current);
      }
      return;
    }
    current = undefined;
    if (isBaselineCandidate(g)) base = g;
  });
  return zones;
}

function median(xs: number[]): number {
  return percentile(xs, 0.5);
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
}

function union(a: Box, b: Box): Box {
  return {
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  };
}
