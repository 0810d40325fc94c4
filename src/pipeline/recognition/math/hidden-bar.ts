import {
  Box,
  Component,
  boxHeight,
  boxWidth,
  centerY,
  largestPiece,
  mergeBlobs,
  sharedWidth,
} from './components';
import { barRowsAt } from './bar-rows';
import { cutWhere } from './glyph-repair';
import { PUNCTUATION, asLookAlike, surelyAGlyph } from './glyph-classes';
import { MathNode } from './structure';
import { Sym, compose, footedOne, symbolOf, typicalHeight } from './symbols';

/**
 * Two symbols stand one over the other with nothing between them (unexplainedStack). Two
 * bars are an "=". Otherwise the fraction bar is there but was not read as one: it is a stub
 * shorter than what it divides, or short and thick and read as a point, or it ran into one
 * of the two symbols. Failing those, the "bar" may be a glyph's foot broken off it.
 * Returns the formula so mended, or null.
 */
export function withHiddenBar(
  math: Sym[],
  stack: MathNode[],
  classify: (c: Component) => Sym,
): Sym[] | null {
  const [upper, lower] = [...stack].sort((a, b) => a.box.y0 - b.box.y0);
  const found: Stacked = { math, upper, lower, typical: typicalHeight(math), classify };
  return (
    barsAsEquals(found) ??
    relationOverBar(found) ??
    longFootOfOne(found) ??
    widenedBar(found) ??
    pointAsBar(math, [lower, upper]) ??
    cutOutBar(found) ??
    brokenOffStroke(found) ??
    brokenOffFlag(found)
  );
}

/** Two symbols found one over the other, in the formula they belong to. */
interface Stacked {
  math: Sym[];
  upper: MathNode;
  lower: MathNode;
  /** The symbols' usual height. */
  typical: number;
  classify: (c: Component) => Sym;
}

/**
 * A glyph's foot broken off by a faint joint (the base of a printed 2 in a poor JPEG, its
 * top read as 9 over a "minus"): a bar just under a glyph, within its width, with nothing
 * else to explain it, is joined back to it when the two read as one glyph far more surely
 * than the glyph alone.
 */
function brokenOffStroke(found: Stacked): Sym[] | null {
  // A foot only: a bar over a glyph may be a radical's, drawn apart from its sign (√7).
  const pair = barBesideGlyph(found, 'under', 0.6, 1.3);
  if (!pair) return null;
  const { bar, glyph } = pair;
  // Joined, the glyph must read far surer than without it (a 2's top alone reads 9 at 0.66,
  // with its foot 2 at 1.00); a sure 4 with a bar under it is a 4 over a bar (a 1's foot is
  // longFootOfOne's).
  const joined = found.classify(mergeBlobs(glyph.parts[0], bar.parts[0]));
  if (!surelyAGlyph(joined) || joined.confidence < glyph.confidence + 0.2) return null;
  return [...found.math.filter((s) => s !== bar && s !== glyph), joined];
}

/**
 * The stacked pair when it is a one-piece bar just `side` a one-piece glyph (within a
 * quarter of a digit), sharing at least `share` of the bar's width and at most `widest`
 * times the glyph's width; null otherwise.
 */
function barBesideGlyph(
  { upper, lower, typical }: Stacked,
  side: 'over' | 'under',
  share: number,
  widest: number,
): { bar: Sym; glyph: Sym } | null {
  if (upper.kind !== 'sym' || lower.kind !== 'sym') return null;
  const [bar, glyph] = side === 'over' ? [upper.sym, lower.sym] : [lower.sym, upper.sym];
  if (bar.label !== 'bar' || glyph.label === 'bar' || bar.parts.length !== 1) return null;
  if (glyph.parts.length !== 1 || lower.box.y0 - upper.box.y1 > 0.25 * typical) return null;
  if (
    sharedWidth(bar.box, glyph.box) < share * boxWidth(bar.box) ||
    boxWidth(bar.box) > widest * boxWidth(glyph.box)
  )
    return null;
  return { bar, glyph };
}

/**
 * Digits whose top stroke a hand draws apart from the rest (a 5's flag, a 7's top, a flat-
 * topped 3's top), with what their rest reads as alone: a 5's body is a 5, 3 or s, a 7's
 * stem a stroke, the rest of a flat-topped 3 a 5, 9, s or a bracket. (An 8 open
 * at the top, read 0 under the bar of its fraction, joined to that bar reads 5.)
 */
const FLAGGED_DIGITS = new Map([
  ['5', new Set(['5', '3', 's'])],
  ['7', new Set(['1', '/', '|', 'l', ')'])],
  ['3', new Set(['5', '9', 's', ')'])],
]);

/**
 * A 5's flag or a 7's top drawn apart from its body (the body of a 5 read 3, a 7's stem a
 * 1, a "minus" over either): a bar just over a glyph's top, at most twice its width, is
 * joined to it when the two read surely as a digit that glyph is the rest of
 * (FLAGGED_DIGITS). A bar that stretches further is left: a radical's, drawn apart from
 * its sign, or a fraction's.
 */
function brokenOffFlag(found: Stacked): Sym[] | null {
  const pair = barBesideGlyph(found, 'over', 0.5, 2);
  if (!pair) return null;
  const { bar, glyph } = pair;
  const joined = found.classify(mergeBlobs(glyph.parts[0], bar.parts[0]));
  if (!FLAGGED_DIGITS.get(joined.label)?.has(glyph.label) || !surelyAGlyph(joined)) return null;
  return [...found.math.filter((s) => s !== bar && s !== glyph), joined];
}

/**
 * Two bars one over the other are a hand's "=" whose strokes differ in length or sit apart
 * more than a printed one's: two minus signs never stand so.
 */
function barsAsEquals({ math, upper, lower, typical }: Stacked): Sym[] | null {
  if (upper.kind !== 'sym' || lower.kind !== 'sym') return null;
  if (upper.sym.label !== 'bar' || lower.sym.label !== 'bar') return null;
  if (lower.box.y0 - upper.box.y1 >= typical) return null;
  const equals = compose('=', [upper.sym, lower.sym]);
  return [...math.filter((m) => m !== upper.sym && m !== lower.sym), equals];
}

/** The relations a hand draws as a sign over a stroke. */
const UNDERLINED = new Map([
  ['<', '≤'],
  ['>', '≥'],
]);

/**
 * A hand's ≥ or ≤ whose stroke lies under the sign's foot but reaches well past it (r ≥ 1
 * with its stroke 1.6 times the > wide): grouping joins a stroke no wider than 1.6 signs
 * (a fraction's bar may run under a sign), but over a bar with nothing else explaining the
 * two, a < or > can only be a relation drawn in two strokes.
 */
function relationOverBar({ math, upper, lower, typical }: Stacked): Sym[] | null {
  if (upper.kind !== 'sym' || lower.kind !== 'sym') return null;
  const [sign, bar] = [upper.sym, lower.sym];
  const made = UNDERLINED.get(sign.label);
  if (!made || bar.label !== 'bar' || lower.box.y0 - upper.box.y1 >= 0.5 * typical) return null;
  if (sharedWidth(sign.box, bar.box) < 0.8 * boxWidth(sign.box)) return null;
  if (boxWidth(bar.box) > 2.5 * boxWidth(sign.box)) return null;
  const relation = compose(made, [sign, bar]);
  return [...math.filter((m) => m !== sign && m !== bar), relation];
}

/**
 * A 1 written with a foot drawn out long (some hands draw it past the 1's flag, each 1 of
 * 8 = 2 + 2 + 1 + 1 + 1 + 1 so): grouping takes a foot up to 1.5 times the 1 wide (a
 * wider bar may be a fraction's, its denominator further down), but a 1 over a bar with
 * nothing explaining the two is a 1 on its foot.
 */
function longFootOfOne({ math, upper, lower, typical }: Stacked): Sym[] | null {
  if (upper.kind !== 'sym' || lower.kind !== 'sym' || lower.sym.label !== 'bar') return null;
  const [one, foot] = [upper.sym, lower.sym];
  if (!footedOne(one, foot, typical, LONG_FOOT)) return null;
  // A denominator under the bar would make it a fraction's, lost or not; a glyph under
  // another bar below the foot is that bar's (16/16, the numerator's 1 on its foot just over
  // a sloping fraction bar whose box reaches up past the foot).
  const under = math.some(
    (s) =>
      s.label !== 'bar' &&
      s.box.y0 > foot.box.y0 &&
      s.box.y0 < foot.box.y1 + 1.2 * typical &&
      sharedWidth(s.box, foot.box) > 0 &&
      !barBetween(math, s.box, foot.box),
  );
  if (under) return null;
  const kept = one.label === '1' ? one : asLookAlike(one, '1');
  return math.flatMap((s) => (s === foot ? [] : s === one ? [kept] : [s]));
}

/** How many times a 1's width (or half a glyph) its foot may run in a stack. */
const LONG_FOOT = 2.5;

/** A short bar drawn thick reads as a point; one wider than tall over or under a symbol is a bar. */
function pointAsBar(math: Sym[], nodes: MathNode[]): Sym[] | null {
  for (const node of nodes) {
    if (node.kind !== 'sym') continue;
    const s = node.sym;
    if (!PUNCTUATION.has(s.label) || s.parts.length !== 1) continue;
    if (boxWidth(s.box) < 1.2 * boxHeight(s.box)) continue;
    return math.map((m) =>
      m === s ? symbolOf(s.parts[0], [{ label: 'bar', p: s.confidence }]) : m,
    );
  }
  return null;
}

/** The bar cut out of the lower symbol's top or the upper one's foot (see splitHiddenBar). */
function cutOutBar({ math, upper, lower, typical, classify }: Stacked): Sym[] | null {
  for (const [node, other] of [
    [lower, upper],
    [upper, lower],
  ]) {
    if (node.kind !== 'sym') continue;
    const pieces = splitHiddenBar(node.sym, other.box, typical, classify);
    if (pieces)
      return joinBarPieces(
        math.flatMap((s) => (s === node.sym ? pieces : [s])),
        pieces[0],
        typical,
      );
  }
  return null;
}

/**
 * A hand's fraction bar drawn shorter than its numerator and denominator: one of the two
 * stacked symbols is that bar, and a symbol stands on its other side, at its end or under
 * it. The bar is taken to span both, so the fraction is read (−x/6 with a stub of a bar).
 */
function widenedBar({ math, upper, lower, typical }: Stacked): Sym[] | null {
  for (const [bar, over] of [
    [lower, upper],
    [upper, lower],
  ]) {
    if (bar.kind !== 'sym' || bar.sym.label !== 'bar') continue;
    const below = over === upper;
    const across = math.find(
      (s) =>
        s !== bar.sym &&
        s.label !== 'bar' &&
        s.box.x0 <= bar.box.x1 + 0.3 * typical &&
        s.box.x1 >= bar.box.x0 - 0.3 * typical &&
        (below
          ? centerY(s.box) > bar.box.y1 && s.box.y0 - bar.box.y1 < typical
          : centerY(s.box) < bar.box.y0 && bar.box.y0 - s.box.y1 < typical) &&
        !barBetween(math, s.box, bar.box),
    );
    if (!across) continue;
    const box = {
      ...bar.box,
      x0: Math.min(bar.box.x0, over.box.x0, across.box.x0),
      x1: Math.max(bar.box.x1, over.box.x1, across.box.x1),
    };
    return math.map((s) => (s === bar.sym ? { ...s, box } : s));
  }
  return null;
}

/**
 * Whether another bar than `bar` lies between a glyph and a bar one over the other, across
 * both, by its own ink in the glyph's columns: what stands on its far side is its numerator
 * or denominator, not the bar's (a 7's top written apart, under a fraction's bar with a 6
 * over it, is no stub of a bar over that 6; a 1's foot just over a sloping fraction bar,
 * whose box reaches up past the foot, has no denominator of its own).
 */
function barBetween(math: Sym[], glyph: Box, bar: Box): boolean {
  const [top, bottom] = glyph.y0 < bar.y0 ? [glyph, bar] : [bar, glyph];
  return math.some((m) => {
    if (m.label !== 'bar' || m.box === bar) return false;
    if (sharedWidth(m.box, glyph) <= 0 || sharedWidth(m.box, bar) <= 0) return false;
    const rows = barRowsAt(m, glyph);
    return rows.top >= top.y1 && rows.bottom <= bottom.y0;
  });
}

/**
 * The rest of a bar cut out of a blob: a hand's bar that broke in two, its other piece a
 * "minus" in line with it and almost touching (4/3 read −4/3 otherwise).
 */
function joinBarPieces(math: Sym[], bar: Sym, typical: number): Sym[] {
  const gap = Math.max(3, 0.15 * typical);
  const inLine = math.filter(
    (s) =>
      s !== bar &&
      s.label === 'bar' &&
      s.box.y0 <= bar.box.y1 + 2 &&
      s.box.y1 >= bar.box.y0 - 2 &&
      s.box.x0 - bar.box.x1 <= gap &&
      bar.box.x0 - s.box.x1 <= gap,
  );
  if (inLine.length === 0) return math;
  return [
    ...math.filter((s) => s !== bar && !inLine.includes(s)),
    compose('bar', [bar, ...inLine]),
  ];
}

/**
 * A hand's fraction bar often runs into the digit under or over it, and the two are one blob
 * that reads as some glyph: 4 over a 3 whose bar touches it reads "4 over 5" (a 5 has a flat
 * top). When the layout shows a symbol standing over another with nothing between them
 * (unexplainedStack), the blob facing the gap is searched for a bar: a band of rows at its
 * edge where one run of ink spans the blob and reaches under (over) the other symbol. Cut
 * there, the bar and the glyph replace the blob if the glyph reads surely on its own.
 * Returns the symbols that replace `blob`, or null.
 */
function splitHiddenBar(
  blob: Sym,
  other: Box,
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] | null {
  if (blob.parts.length !== 1) return null;
  const c = blob.parts[0];
  // By middles: a hand's numerator may reach down onto the bar it stands on (4 over 3).
  const facingTop = centerY(other) < centerY(blob.box);
  const band = barBand(c, facingTop, other, typical);
  if (band) {
    const level = cutBarAt(c, () => band, facingTop, typical, classify);
    if (level) return level;
  }
  // A hand's bar slopes: cut along it, column by column, its thickness off the edge — the
  // band's, or, where that leaves the bar's far rows on the glyph, the bar's own (a sloping
  // bar's rows are each too short to be the band: 1 over 24 with its bar run into the 1).
  // Where no row holds most of the bar (it slopes more, or the 1's foot runs along it too:
  // −1/24 read "1 written over 2"), its edge is held to a line as for the thickest band
  // barBand takes, and the cut takes the bar's own thickness.
  const banded = band ? band[1] - band[0] + 1 : null;
  const edge = edgeAlong(c, facingTop, banded ?? Math.max(3, 0.2 * typical));
  if (!edge) return null;
  const own = barRun(c, edge, facingTop);
  const thicknesses = banded === null ? [own] : own > banded ? [banded, own] : [banded];
  for (const thickness of thicknesses) {
    const along = (x: number): [number, number] => {
      const y = edge[Math.min(edge.length - 1, Math.max(0, x))];
      return facingTop ? [y, y + thickness - 1] : [y - thickness + 1, y];
    };
    const cut = cutBarAt(c, along, facingTop, typical, classify);
    if (cut) return cut;
  }
  return null;
}

/**
 * The blob cut into the bar (rows [from, to] of each column x, as `rows` gives them) and the
 * glyph on its far side, if the glyph reads surely; null otherwise.
 */
function cutBarAt(
  c: Component,
  rows: (x: number) => [number, number],
  facingTop: boolean,
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] | null {
  const bar = cutWhere(c, (x, y) => y >= rows(x)[0] && y <= rows(x)[1]);
  const rest = cutWhere(c, (x, y) => (facingTop ? y > rows(x)[1] : y < rows(x)[0]));
  // Bits of the bar's thickness left on the glyph's side are not the glyph.
  const glyph = rest && largestPiece(rest);
  const beyond = cutWhere(c, (x, y) => (facingTop ? y < rows(x)[0] : y > rows(x)[1]));
  if (!bar || !glyph || (beyond && beyond.area > 0.15 * c.area)) return null;
  // A fraction bar is wider than its digits; the foot of a 2 or the top of a 7 is not.
  if (boxHeight(bar.box) > 0.3 * boxWidth(bar.box)) return null;
  if (boxWidth(bar.box) < boxWidth(glyph.box) + 0.2 * typical) return null;
  const read = classify(glyph);
  const readable = surelyAGlyph(read) && boxHeight(glyph.box) >= 0.4 * typical;
  return readable ? [symbolOf(bar, [{ label: 'bar', p: 0.95 }]), read] : null;
}

/**
 * A sloping bar along the blob's edge facing the other symbol: in each column, the first ink
 * met coming from that edge (blob rows), when those first inks lie on a straight line across
 * all columns — a slope under 1 in 4, within a third of the `thickness` and the bow of a
 * hand's stroke (3 % of its length: 1 over 24's bar bowed by 2 px in 75). Null otherwise.
 */
function edgeAlong(c: Component, facingTop: boolean, thickness: number): number[] | null {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const edge: number[] = [];
  for (let x = 0; x < w; x += 1) {
    let y = facingTop ? 0 : h - 1;
    while (y >= 0 && y < h && !c.mask[y * w + x]) y += facingTop ? 1 : -1;
    edge.push(y);
  }
  const xs = edge.map((_, x) => x);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const [mx, my] = [mean(xs), mean(edge)];
  const slope =
    xs.reduce((a, x) => a + (x - mx) * (edge[x] - my), 0) /
    Math.max(
      1,
      xs.reduce((a, x) => a + (x - mx) ** 2, 0),
    );
  const line = (x: number) => my + slope * (x - mx);
  const bow = thickness / 3 + 1 + 0.03 * w;
  if (Math.abs(slope) > 0.25 || edge.some((y, x) => Math.abs(y - line(x)) > bow)) return null;
  return edge;
}

/**
 * Rows [from, to] (blob coordinates) at the edge of the blob facing the other symbol where
 * one run of ink spans most of the blob and reaches over a good part of the other symbol's
 * width: at most a fifth of a digit thick, within the blob's outer 40 %. Null when none.
 */
function barBand(
  c: Component,
  facingTop: boolean,
  other: Box,
  typical: number,
): [number, number] | null {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const longRow = (y: number): boolean => {
    const best = longestRun(c, y);
    const [x0, x1] = [c.box.x0 + best[0], c.box.x0 + best[1]];
    const under = Math.min(x1, other.x1) - Math.max(x0, other.x0) + 1;
    return best[1] - best[0] + 1 >= 0.6 * w && under >= 0.5 * boxWidth(other);
  };
  const edge = Math.ceil(0.4 * h);
  const rows = facingTop
    ? Array.from({ length: edge }, (_, i) => i)
    : Array.from({ length: edge }, (_, i) => h - 1 - i);
  const first = rows.findIndex(longRow);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < rows.length && longRow(rows[last + 1])) last += 1;
  if (last - first + 1 > Math.max(3, 0.2 * typical)) return null;
  const [a, b] = [rows[first], rows[last]];
  return a <= b ? [a, b] : [b, a];
}

/** The longest run of ink in row y of a blob: its first and last column (blob coordinates). */
function longestRun(c: Component, y: number): [number, number] {
  const w = boxWidth(c.box);
  let best: [number, number] = [0, -1];
  let start = -1;
  for (let x = 0; x <= w; x += 1) {
    const ink = x < w && c.mask[y * w + x];
    if (ink && start < 0) start = x;
    if (!ink && start >= 0) {
      if (x - start > best[1] - best[0] + 1) best = [start, x - 1];
      start = -1;
    }
  }
  return best;
}

/**
 * The bar's own thickness: the run of ink from the edge inward that a quarter of the blob's
 * columns do not pass (the columns where the glyph joins the bar run on into it; a bar is
 * wider than its glyph by a fifth of a digit, cutBarAt).
 */
function barRun(c: Component, edge: number[], facingTop: boolean): number {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const runs = edge.map((from, x) => {
    let y = from;
    while (y >= 0 && y < h && c.mask[y * w + x]) y += facingTop ? 1 : -1;
    return Math.abs(y - from);
  });
  return [...runs].sort((a, b) => a - b)[Math.floor(runs.length / 4)];
}
