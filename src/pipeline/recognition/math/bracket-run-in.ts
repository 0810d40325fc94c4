import { Component, boxHeight, boxWidth, centerX, centerY } from './components';
import { PUNCTUATION } from './glyph-classes';
import { cutWhere, thinnestColumns } from './glyph-repair';
// A cycle (symbols.ts calls splitBracketRunIns), resolved at call time.
import { Sym } from './symbols';

const OPENING = new Set(['(', '[']);
const CLOSING = new Set([')', ']']);
const NOT_A_GLYPH = new Set([...OPENING, ...CLOSING, ...PUNCTUATION, 'bar', '{', '}', '|']);

/**
 * A hand closes a bracket in the same stroke as the glyph before it, or opens one against
 * the glyph after it: "2)" and "(7" come out one blob, a bracket's height and too narrow for
 * glyph-repair's cut of glyphs run together (w ≥ 0.75 h), and it reads as one unsure glyph
 * ((n + 2) read "(n + 7", (77) read "(7n"). A blob at least as tall as the line's glyphs
 * that reads unsure is cut — at its thinnest columns, and along the bracket's stroke (the
 * ink nearest the blob's side row by row, a stroke wide: a 2's foot run into the ")" stays
 * the 2's) — and kept cut when one side reads surely as the bracket, taller than the glyph
 * it held, and the other as a glyph, both surer than the whole.
 */
export function splitBracketRunIns(
  syms: Sym[],
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] {
  return syms.flatMap((s) => {
    const c = s.parts[0];
    const w = boxWidth(c.box);
    const h = boxHeight(c.box);
    if (s.parts.length !== 1 || s.confidence > 0.8 || h < typical || h > 2.5 * typical) return [s];
    if (w < 0.4 * h || w > 1.6 * h) return [s];
    const closes = unmatched(s, syms, 'before');
    const opens = unmatched(s, syms, 'after');
    if (!closes && !opens) return [s];
    let best: { read: Sym[]; score: number } | null = null;
    for (const [left, right] of candidateCuts(c)) {
      const read = [classify(left), classify(right)];
      const [l, r] = read;
      if (!(opens && bracketAndGlyph(l, r, OPENING)) && !(closes && bracketAndGlyph(r, l, CLOSING)))
        continue;
      const score = Math.min(l.confidence, r.confidence);
      if (!best || score > best.score) best = { read, score };
    }
    return best && best.score > Math.max(s.confidence + 0.1, 0.6) ? best.read : [s];
  });
}

/** The blob cut in two, left and right: at its thinnest columns and along either side's stroke. */
function candidateCuts(c: Component): [Component, Component][] {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const columns = thinnestColumns(c, Math.round(0.15 * w), Math.round(0.85 * w) + 1)
    .slice(0, 6)
    .filter(({ ink }) => ink <= 0.5 * h)
    .map(
      ({ x }) =>
        (px: number) =>
          px <= x,
    );
  const inLeftStroke = sideStroke(c, 'left');
  const inRightStroke = sideStroke(c, 'right');
  const splits: ((x: number, y: number) => boolean)[] = [
    ...columns,
    inLeftStroke,
    (x, y) => !inRightStroke(x, y),
  ];
  return splits.flatMap((onLeft) => {
    const left = cutWhere(c, onLeft);
    const right = cutWhere(c, (x, y) => !onLeft(x, y));
    return left && right ? [[left, right] as [Component, Component]] : [];
  });
}

/**
 * The ink nearest the blob's `side`, row by row, up to a stroke's width in (the median width
 * of those outermost runs, as a bracket's rows are): a bracket's stroke without what ran into it.
 */
function sideStroke(c: Component, side: 'left' | 'right'): (x: number, y: number) => boolean {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const ink = (x: number, y: number) => c.mask[y * w + x] === 1;
  // The columns from the blob's `side` inwards.
  const xs = Array.from({ length: w }, (_, i) => (side === 'left' ? i : w - 1 - i));
  const runs: ({ edge: number; width: number } | null)[] = [];
  for (let y = 0; y < h; y += 1) {
    const first = xs.findIndex((x) => ink(x, y));
    if (first < 0) {
      runs.push(null);
      continue;
    }
    const after = xs.slice(first).findIndex((x) => !ink(x, y));
    runs.push({ edge: xs[first], width: after < 0 ? w - first : after });
  }
  const widths = runs.flatMap((r) => (r ? [r.width] : [])).sort((a, b) => a - b);
  const stroke = Math.ceil(1.5 * widths[Math.floor(widths.length / 2)]) + 1;
  return (x, y) => {
    const run = runs[y];
    if (!run) return false;
    const depth = side === 'left' ? x - run.edge : run.edge - x;
    return depth >= 0 && depth < Math.min(run.width, stroke);
  };
}

/**
 * Whether the brackets on the blob's line `where` it leave one open towards it: more "(" than
 * ")" before it, or more ")" than "(" after it. Only a bracket the line lacks is cut out.
 */
function unmatched(s: Sym, syms: Sym[], where: 'before' | 'after'): boolean {
  const onLine = syms.filter(
    (t) =>
      t !== s &&
      centerY(t.box) >= s.box.y0 &&
      centerY(t.box) <= s.box.y1 &&
      (where === 'before' ? t.box.x1 <= centerX(s.box) : t.box.x0 >= centerX(s.box)),
  );
  const count = (kinds: Set<string>) => onLine.filter((t) => kinds.has(t.label)).length;
  return where === 'before' ? count(OPENING) > count(CLOSING) : count(CLOSING) > count(OPENING);
}

/** Whether `bracket` reads as one of `kinds`, taller than `glyph`, a glyph beside it. */
function bracketAndGlyph(bracket: Sym, glyph: Sym, kinds: Set<string>): boolean {
  return (
    kinds.has(bracket.label) &&
    bracket.confidence >= 0.6 &&
    boxHeight(bracket.box) >= 1.15 * boxHeight(glyph.box) &&
    !NOT_A_GLYPH.has(glyph.label)
  );
}
