import {
  Box,
  Component,
  boxHeight,
  boxWidth,
  fallsApart,
  mergeBlobs,
  shareInside,
  unionBox,
  xOverlap,
} from './components';
import {
  PUNCTUATION,
  UNLIKELY_LETTERS,
  asLookAlike,
  isDigit,
  letterPrior,
  lookAlikes,
} from './glyph-classes';
import type { Sym } from './symbols';

/**
 * Blobs are not always glyphs: blur fuses neighbours ("34" as one blob) and breaks thin
 * strokes (an italic x as "." and "r"). Repairs the first classification: joins broken
 * glyphs, splits touching ones, then re-cuts runs that read implausibly — each change kept
 * only when the result reads with more confidence than what it replaces.
 */
export function repairGlyphs(
  first: Sym[],
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] {
  return recut(
    joinBroken(first, typical, classify)
      .flatMap((s) => splitRaised(s, typical, classify))
      .flatMap((s) => splitTouching(s, typical, classify)),
    typical,
    classify,
  );
}

/**
 * A hand's exponent often touches its base (x² written in one go): a blob taller than a
 * glyph that reads unsure is cut into its top-right corner and the rest, at a few corners,
 * and kept cut when the rest reads surely at a glyph's height and the corner as a smaller
 * glyph raised above its middle, both more plausibly than the whole.
 */
function splitRaised(s: Sym, typical: number, classify: (c: Component) => Sym): Sym[] {
  const c = s.parts[0];
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  if (s.parts.length !== 1 || s.confidence > 0.6 || h < 1.25 * typical || h > 2.2 * typical)
    return [s];
  let best: { read: Sym[]; score: number } | null = null;
  for (const fy of [0.3, 0.38, 0.46, 0.54])
    for (const fx of [0.45, 0.55, 0.65, 0.75]) {
      const inCorner = (x: number, y: number) => x >= fx * w && y < fy * h;
      const corner = cutWhere(c, inCorner);
      const rest = cutWhere(c, (x, y) => !inCorner(x, y));
      if (!corner || !rest) continue;
      const restHeight = boxHeight(rest.box);
      if (restHeight < 0.6 * typical || restHeight > 1.3 * typical) continue;
      if (boxHeight(corner.box) > 0.75 * restHeight) continue;
      if (corner.box.y1 > rest.box.y0 + 0.5 * restHeight) continue;
      const read = [classify(rest), asRaisedDigit(classify(corner))];
      if (read.some((r) => PUNCTUATION.has(r.label) || r.label === 'bar')) continue;
      if (read.some((r) => r.confidence < 0.6)) continue;
      // Unlikely letters count against a cut (the corner with a bit of the x in it reads p).
      const score = read.reduce((sum, r) => sum + plausibility(r), 0);
      if (!best || score > best.score) best = { read, score };
    }
  return best && best.score > plausibility(s) + 1 ? best.read : [s];
}

/**
 * A raised glyph read as a letter that looks like a digit is the digit, with their shared
 * belief: an exponent is a 2 far more often than a z (r20's x² turned 3°, its 2 read z 0.54).
 */
function asRaisedDigit(s: Sym): Sym {
  if (isDigit(s.label)) return s;
  const digit = s.alternatives.find((a) => isDigit(a.label) && lookAlikes(a.label, s.label));
  return digit ? asLookAlike(s, digit.label) : s;
}

/**
 * Glyphs that blur into each other ("34" as one blob) are cut at the thinnest column near
 * the middle when the blob is too wide and unsure, and kept cut only if both halves read
 * with more confidence than the whole.
 */
function splitTouching(s: Sym, typical: number, classify: (c: Component) => Sym, depth = 0): Sym[] {
  const c = s.parts[0];
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  if (depth > 2 || s.confidence > 0.9 || w < 0.75 * h || h < 0.6 * typical || h > 1.5 * typical)
    return [s];
  // The thinnest columns of the middle half are the candidate cuts; the best-read cut wins.
  const cuts = thinnestColumns(c, Math.round(0.25 * w), Math.round(0.75 * w) + 1)
    .slice(0, 4)
    .filter(({ ink }) => ink <= 0.5 * h)
    .filter(({ x }) => !surelyOneGlyph(s) || strokesAcross(c, x) <= 1)
    .map(({ x }): [number, number] => [x, x + 1]);
  const best = bestCut(c, cuts, classify, (read) =>
    neverWritten(read, typical) || crossbarCut(s, read)
      ? 0
      : Math.min(...read.map((r) => r.confidence)),
  );
  if (!best || best.score <= Math.max(s.confidence + 0.1, 0.5)) return [s];
  return best.read.flatMap((r) => splitTouching(r, typical, classify, depth + 1));
}

/**
 * A hairline lost to blur breaks a glyph in two (an italic x as "." and "r"), and a hand
 * writes some glyphs in strokes that do not meet (a 4 as an L and a downstroke, read "11"):
 * a small blob within an eighth of a glyph of a neighbour is joined to it when the two read
 * together with more confidence than either alone. (A fifth joined r20's small 3 into the x
 * after it.)
 */
function joinBroken(syms: Sym[], typical: number, classify: (c: Component) => Sym): Sym[] {
  const out = [...syms];
  const gap = Math.max(2, 0.12 * typical);
  const near = (a: Box, b: Box) =>
    a.x0 - b.x1 <= gap && b.x0 - a.x1 <= gap && a.y0 - b.y1 <= gap && b.y0 - a.y1 <= gap;
  for (const small of [...out].sort((a, b) => boxHeight(a.box) - boxHeight(b.box))) {
    if (!out.includes(small) || boxHeight(small.box) > 0.8 * typical) continue;
    if (halfOfEquals(small, out, typical)) continue;
    let best: { other: Sym; joined: Sym } | null = null;
    for (const other of out) {
      if (other === small || !near(small.box, other.box)) continue;
      // A dot above or below a stem is an i, a j or a colon: the symbol grouper's business.
      if (small.box.y1 < other.box.y0 || small.box.y0 > other.box.y1) continue;
      // A glyph lying mostly inside another's box is a piece of it (the end of a 5's bowl
      // cut off by a poor JPEG reads "<"): symbols stand side by side, but for what a
      // radical or a bracket holds.
      const inside =
        !PUNCTUATION.has(small.label) &&
        !ENCLOSING.has(other.label) &&
        shareInside(small.box, other.box) >= 0.6;
      const box = unionBox([small.box, other.box]);
      // No bigger than a glyph, unless a stroke inside a wide one adds next to nothing (a
      // hand's x half again as wide as the line's glyphs, its foot come off inside its box).
      const within = inside && small.label === 'bar';
      if (!within && (boxHeight(box) > 1.3 * typical || boxWidth(box) > 1.3 * typical)) continue;
      const joined = classify(mergeBlobs(small.parts[0], other.parts[0]));
      // Punctuation glued to a letter, an operator or more punctuation (".r", "×.", ",,")
      // never occurs in a formula: read apart, such pieces are unlikely however sure each
      // one is. (A handwritten x is often two strokes that do not meet.)
      const glued = gluedPunctuation(small, other) && !pointAfterDigitShape(small, other, typical);
      // A "point" under a digit that (almost) touches its stroke is a broken-off tail of it
      // (the foot of a 5); a decimal point stands clear of the digit before it, or at the end
      // of its foot, past its right edge (2.9999's point against the 2's foot read 29999).
      const tail =
        PUNCTUATION.has(small.label) &&
        isDigit(other.label) &&
        xOverlap(small.box, other.box) > 0.5 &&
        small.box.x1 <= other.box.x1 + 1 &&
        inkWithin(small.parts[0], other.parts[0], gap);
      const stubby = stubbyBracket(small, typical) || stubbyBracket(other, typical);
      const arcs = joined.label === 'x' && backToBackArcs(small, other);
      const stray = strokeOfGlyph(small, other, typical);
      const apart =
        plausibility(small) +
        plausibility(other) -
        (glued || tail || stubby || stray || inside || arcs ? 3 : 0);
      const better =
        joined.confidence >= 0.6 &&
        !PUNCTUATION.has(joined.label) &&
        joined.label !== 'bar' &&
        plausibility(joined) > apart + 1;
      if (better && (!best || joined.confidence > best.joined.confidence)) best = { other, joined };
    }
    if (!best) continue;
    out.splice(out.indexOf(small), 1, best.joined);
    out.splice(out.indexOf(best.other), 1);
  }
  return out;
}

/**
 * A point at the foot of a letter that has a digit's shape (a hand's 9 read g, 0.75 against
 * 9 0.25), right after it: the decimal point of "9.8", written against the 9's tail, not a
 * piece of the letter (joined into it, 9.8 read 98 and answered).
 */
function pointAfterDigitShape(small: Sym, other: Sym, typical: number): boolean {
  if (small.label !== 'dot' || small.box.x0 < other.box.x1 - 1) return false;
  if (small.box.y1 < other.box.y1 - 0.15 * typical) return false;
  return other.alternatives.some((a) => isDigit(a.label) && lookAlikes(a.label, other.label));
}

/**
 * Two pieces of one blob cut as no hand writes them. Two relations side by side (a blurred ×
 * cut into > and <), punctuation glued to a letter or an operator (a hand's × cut into ′ and
 * k), a bracket shorter than a digit (a hand's x cut into ")" and "<"), a minus at a glyph's
 * foot or top (a 2 with a long tail cut into "2 −"; a hand's a cut from its foot's flick,
 * a × a read a − xa), a point cut from a glyph's upper half, a half in pieces (a hand's
 * looped 2 cut through its top and its loop into a sliver read 6, and a 2).
 */
function neverWritten(read: Sym[], typical: number): boolean {
  return (
    read.every((r) => RELATIONS.has(r.label)) ||
    read.some((r) => fallsApart(r.parts[0])) ||
    gluedPunctuation(read[0], read[1]) ||
    read.some((r) => stubbyBracket(r, typical)) ||
    strokeOfGlyph(read[1], read[0], typical) ||
    strokeOfGlyph(read[0], read[1], typical) ||
    raisedPoint(read[0], read[1]) ||
    raisedPoint(read[1], read[0])
  );
}

/**
 * A level stroke with another over or under it, across half its width and less than a
 * glyph's height away, is half of an "=", not a stroke of the glyph it touches (a hand's
 * small "=" run into the 4 of "4 = 1 + 1 + 1 + 1": the lower bar was joined into the 4, the
 * = lost, and 41 + 1 + 1 + 1 answered 44).
 */
function halfOfEquals(small: Sym, syms: Sym[], typical: number): boolean {
  const level = (s: Sym) =>
    boxWidth(s.box) >= 1.5 * boxHeight(s.box) && boxHeight(s.box) <= 0.3 * typical;
  if (!level(small)) return false;
  // Lying mostly inside a glyph's box, it is that glyph's stroke, whatever lies under it: a
  // hand's x whose foot came off over a fraction bar made (x)/(x) read (−x)/(x), answered −1.
  if (syms.some((o) => o !== small && !level(o) && shareInside(small.box, o.box) >= 0.6))
    return false;
  const middle = (s: Sym) => (s.box.y0 + s.box.y1) / 2;
  return syms.some(
    (o) =>
      o !== small &&
      level(o) &&
      xOverlap(o.box, small.box) >= 0.5 &&
      Math.abs(middle(o) - middle(small)) > Math.max(boxHeight(o.box), boxHeight(small.box)) &&
      Math.abs(middle(o) - middle(small)) < 0.8 * typical,
  );
}

/**
 * A hand's x written as two arcs back to back, "ɔc": apart, the first reads 2 or 3 and the
 * second c ("(x − 2)" read "(3c − 2)"). Two such pieces that read as an x together are one.
 */
function backToBackArcs(a: Sym, b: Sym): boolean {
  const [left, right] = a.box.x0 <= b.box.x0 ? [a, b] : [b, a];
  return right.label === 'c' && (left.label === '2' || left.label === '3');
}

const RELATIONS = new Set(['<', '>', '≤', '≥', '≠']);
const BRACKETS = new Set(['(', ')', '[', ']', '{', '}', '|']);
/** Glyphs that hold others within their box: brackets, a radical's sign. */
const ENCLOSING = new Set([...BRACKETS, '√']);

/** A bracket is at least as tall as the digits it encloses: a much shorter one is a piece of something. */
function stubbyBracket(s: Sym, typical: number): boolean {
  return BRACKETS.has(s.label) && boxHeight(s.box) < 0.8 * typical;
}

/**
 * A "minus" (almost) touching a glyph's side at its foot or its top is a stroke of that
 * glyph (the tail of a 2 broken off by a faint line, the flag of a 5 written apart): a minus
 * stands clear of its neighbours, at their middle. A thick dash read as a point counts as a
 * minus (a pen's 1 standing on its fraction bar, cut into "point 1 point").
 */
function strokeOfGlyph(small: Sym, other: Sym, typical: number): boolean {
  if ((small.label !== 'bar' && !dash(small, typical)) || other.label === 'bar') return false;
  const at = ((small.box.y0 + small.box.y1) / 2 - other.box.y0) / boxHeight(other.box);
  return at >= 0 && at <= 1 && (at < 0.3 || at > 0.7);
}

/**
 * A + cut into a glyph and a minus is its crossbar's arm cut off (a hand's + read "t −" at
 * three times the size): a + is the first reading of the blob, and no hand writes a minus
 * run into the glyph before or after it at its crossbar's height.
 */
function crossbarCut(whole: Sym, read: Sym[]): boolean {
  return whole.label === '+' && read.some((r) => r.label === 'bar');
}

/**
 * A point or comma cut from a glyph's upper half is a piece of that glyph (the start of a
 * hand's 2 or 1): a decimal point sits at the digits' foot.
 */
function raisedPoint(small: Sym, other: Sym): boolean {
  if (small.label !== 'dot' && small.label !== 'comma') return false;
  return (small.box.y0 + small.box.y1) / 2 < other.box.y0 + 0.5 * boxHeight(other.box);
}

/**
 * A "point" that is a short dash: a pen's minus or stubby fraction bar drawn thick, no
 * thicker than a third of a digit and far wider than tall, as long as a third of a digit.
 * A point is round, and a hand's decimal point smaller (r17's minus, 16 × 10 px beside
 * digits 45 px tall, read as a multiplication dot).
 */
export function dash(s: Sym, typical: number): boolean {
  const w = boxWidth(s.box);
  const h = boxHeight(s.box);
  return PUNCTUATION.has(s.label) && w >= 1.4 * h && w >= 0.3 * typical && h <= 0.3 * typical;
}

/** Punctuation touching a letter, an operator or more punctuation: never so in a formula. */
function gluedPunctuation(a: Sym, b: Sym): boolean {
  const gluable = (s: Sym) => /^[a-z×+<>]$/.test(s.label) || PUNCTUATION.has(s.label);
  return (PUNCTUATION.has(a.label) && gluable(b)) || (PUNCTUATION.has(b.label) && gluable(a));
}
const plausibility = (s: Sym) => Math.log(Math.max(s.confidence, 1e-6)) + letterPrior(s.label);

/**
 * Two glyphs that touch ("2x" in a soft Times italic) may come out cut in the wrong place
 * ("z" + "r"). Neighbouring pieces of one blob, where one is unsure or an unlikely letter,
 * are joined and cut again at each of the thinnest columns; the cut whose two halves read
 * best (unlikely letters counting against) replaces them when it is clearly better.
 */
function recut(syms: Sym[], typical: number, classify: (c: Component) => Sym): Sym[] {
  const out = [...syms].sort((a, b) => a.box.x0 - b.box.x0);
  for (let i = 0; i + 1 < out.length; i += 1) {
    const [a, b] = [out[i], out[i + 1]];
    if (a.parts.length !== 1 || b.parts.length !== 1) continue;
    // Blobs that never touched are two glyphs: joined and re-cut, a hand's 5 gave its flag's
    // tip to the small 0 beside it, read b (the o first read cost a letter's price).
    if (a.parts[0].id !== b.parts[0].id) continue;
    if (boxHeight(a.box) < 0.4 * typical || boxHeight(b.box) < 0.4 * typical) continue;
    const doubt = (s: Sym) => s.confidence < 0.95 || UNLIKELY_LETTERS.test(s.label);
    if (!doubt(a) && !doubt(b)) continue;
    if (b.box.x0 - a.box.x1 > Math.max(2, 0.07 * typical)) continue;
    const joined = mergeBlobs(a.parts[0], b.parts[0]);
    const w = boxWidth(joined.box);
    const h = boxHeight(joined.box);
    if (h > 1.4 * typical || w > 2.5 * typical) continue;
    const current = plausibility(a) + plausibility(b);
    const cuts = thinnestColumns(joined, 2, w - 2)
      .slice(0, 6)
      .map(({ x }): [number, number] => [x, x]);
    const best = bestCut(joined, cuts, classify, (read) =>
      neverWritten(read, typical) ? -Infinity : read.reduce((sum, r) => sum + plausibility(r), 0),
    );
    if (best && best.score > current + 1) out.splice(i, 2, ...best.read);
  }
  return out;
}

/** Columns [from, to) of a blob with the ink in each, thinnest first. */
export function thinnestColumns(
  c: Component,
  from: number,
  to: number,
): { x: number; ink: number }[] {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const columns: { x: number; ink: number }[] = [];
  for (let x = from; x < to; x += 1) {
    let ink = 0;
    for (let y = 0; y < h; y += 1) ink += c.mask[y * w + x];
    columns.push({ x, ink });
  }
  return columns.sort((p, q) => p.ink - q.ink);
}

/**
 * The handwriting classifier also knows two glyphs run together: a blob it gives almost no
 * share of that is one glyph as far as it can tell. Such a blob is still cut where a single
 * stroke joins two halves (a 2 whose foot ran into the 0 beside it), never through a loop or
 * across two strokes (a hand's wide 8 cut into "f" and "3").
 */
function surelyOneGlyph(s: Sym): boolean {
  return s.touching !== undefined && s.touching < 0.1;
}

/** How many separate strokes a blob's column `x` crosses. */
function strokesAcross(c: Component, x: number): number {
  const w = boxWidth(c.box);
  let runs = 0;
  for (let y = 0; y < boxHeight(c.box); y += 1)
    if (c.mask[y * w + x] && (y === 0 || !c.mask[(y - 1) * w + x])) runs += 1;
  return runs;
}

/**
 * Reads a blob cut in two at each [left end, right start) pair and returns the halves of
 * the cut that `score` rates highest (null when no cut leaves two halves).
 */
function bestCut(
  c: Component,
  cuts: [number, number][],
  classify: (c: Component) => Sym,
  score: (read: Sym[]) => number,
): { read: Sym[]; score: number } | null {
  const w = boxWidth(c.box);
  let best: { read: Sym[]; score: number } | null = null;
  for (const [leftEnd, rightStart] of cuts) {
    const halves = [cut(c, 0, leftEnd), cut(c, rightStart, w)];
    if (halves.some((half) => half === null)) continue;
    const read = (halves as Component[]).map(classify);
    const rated = score(read);
    if (!best || rated > best.score) best = { read, score: rated };
  }
  return best;
}

/** Whether some ink of `a` lies within `gap` pixels of ink of `b`. */
function inkWithin(a: Component, b: Component, gap: number): boolean {
  const aw = boxWidth(a.box);
  const bw = boxWidth(b.box);
  const bh = boxHeight(b.box);
  const r = Math.ceil(gap);
  for (let y = 0; y < boxHeight(a.box); y += 1) {
    for (let x = 0; x < aw; x += 1) {
      if (!a.mask[y * aw + x]) continue;
      const px = x + a.box.x0 - b.box.x0;
      const py = y + a.box.y0 - b.box.y0;
      for (let dy = -r; dy <= r; dy += 1)
        for (let dx = -r; dx <= r; dx += 1) {
          const qx = px + dx;
          const qy = py + dy;
          if (qx >= 0 && qy >= 0 && qx < bw && qy < bh && b.mask[qy * bw + qx]) return true;
        }
    }
  }
  return false;
}

/** Columns [from, to) of a blob as a blob of their own, trimmed to its ink. */
function cut(c: Component, from: number, to: number): Component | null {
  return cutWhere(c, (x) => x >= from && x < to);
}

/** The ink of a blob where `keep(x, y)` holds (blob coordinates), trimmed to its ink. */
export function cutWhere(c: Component, keep: (x: number, y: number) => boolean): Component | null {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  let x0 = Infinity;
  let x1 = -1;
  let y0 = Infinity;
  let y1 = -1;
  let area = 0;
  for (let y = 0; y < h; y += 1)
    for (let x = 0; x < w; x += 1)
      if (c.mask[y * w + x] && keep(x, y)) {
        area += 1;
        x0 = Math.min(x0, x);
        x1 = Math.max(x1, x);
        y0 = Math.min(y0, y);
        y1 = Math.max(y1, y);
      }
  if (area < 4) return null;
  const cw = x1 - x0 + 1;
  const mask = new Uint8Array(cw * (y1 - y0 + 1));
  for (let y = y0; y <= y1; y += 1)
    for (let x = x0; x <= x1; x += 1)
      mask[(y - y0) * cw + (x - x0)] = keep(x, y) ? c.mask[y * w + x] : 0;
  return {
    id: c.id,
    area,
    mask,
    box: { x0: c.box.x0 + x0, y0: c.box.y0 + y0, x1: c.box.x0 + x1, y1: c.box.y0 + y1 },
  };
}
