import { Box, boxHeight, boxWidth, centerY, mergeBlobs, sharedWidth } from './components';
// A cycle (symbols.ts calls joinBrokenBars), resolved at call time.
import { Sym, symbolOf } from './symbols';

/** Pieces of one bar are at most this share of a glyph apart (and 3 px at any size). */
const PIECE_GAP = 0.12;
/** The share of a bar's piece a glyph over or under the break must reach across. */
const SPAN = 0.25;
/** A glyph this many glyph heights clear of a piece still stands over or under it. */
const REACH = 1.2;

/**
 * A fraction bar or a radical's overline drawn with a light or failing pen often comes apart
 * into pieces end to end, a gap of a pixel or two between them: apart, each piece is a
 * "minus", and what stands over one is "written over" it ((√6 + √2)/4 with its bar in four
 * pieces was refused). Bar pieces that nearly touch, in line, are one bar when each has a
 * glyph over or under it — what makes a bar a fraction's or a root's. A minus after a
 * fraction's bar, however close, has nothing over or under it, and stays a minus.
 */
export function joinBrokenBars(syms: Sym[], typical: number): Sym[] {
  let out = syms;
  const carried = (piece: Sym) =>
    out.some((g) => g.label !== 'bar' && overOrUnder(g.box, piece.box, typical));
  // Or one piece is, and a glyph over or under the break reaches both: a sloping bar broken
  // short of its left end, the denominator's 3 reaching under the stub by a few pixels only
  // ((11/3)√3 read −11/3 √3 and answered). Nothing spans a fraction's bar and a minus after it.
  // Across a quarter of each piece: the numerator's first glyph over a minus's last pixels
  // before a fraction is no reach (−(4√3 − 2)/11 was read as (4√3 − 2)/11).
  const reaches = (g: Sym, piece: Sym) =>
    overOrUnder(g.box, piece.box, typical, Math.max(2, SPAN * boxWidth(piece.box)));
  const spanned = (a: Sym, b: Sym) =>
    out.some((g) => g.label !== 'bar' && reaches(g, a) && reaches(g, b));
  const oneBar = (a: Sym, b: Sym) =>
    (carried(a) && carried(b)) || ((carried(a) || carried(b)) && spanned(a, b));
  for (;;) {
    const bars = out.filter((s) => s.label === 'bar').sort((a, b) => a.box.x0 - b.box.x0);
    const pair = bars
      .flatMap((a) => bars.map((b) => [a, b] as const))
      .find(([a, b]) => a !== b && endToEnd(a.box, b.box, typical) && oneBar(a, b));
    if (!pair) return out;
    const [a, b] = pair;
    const joined = symbolOf(
      a.parts.concat(b.parts).reduce((m, c) => mergeBlobs(m, c)),
      [{ label: 'bar', p: Math.min(a.confidence, b.confidence) }],
    );
    out = [...out.filter((s) => s !== a && s !== b), joined];
  }
}

/** Whether `b` starts right where `a` ends, on its line. */
function endToEnd(a: Box, b: Box, typical: number): boolean {
  const gap = b.x0 - a.x1 - 1;
  // In line: their rows overlap (a sloping bar's pieces still share rows at the break), where
  // an "="'s bar beside a fraction's stands clear above or below it.
  return (
    gap >= 0 && gap <= Math.max(3, PIECE_GAP * typical) && b.y0 <= a.y1 + 1 && b.y1 >= a.y0 - 1
  );
}

/**
 * Whether a glyph stands over or under a bar's piece, across part of it (a quarter of a glyph,
 * or half the piece; or at least `across` pixels, reaching into its box short of its middle
 * row), within reach.
 */
function overOrUnder(g: Box, piece: Box, typical: number, across?: number): boolean {
  // A point is no glyph here: the lower bar of an "=" read as one stood under the upper.
  if (boxHeight(g) < 0.4 * typical) return false;
  const least = across ?? Math.min(0.25 * typical, 0.5 * boxWidth(piece));
  if (sharedWidth(g, piece) < least) return false;
  const reach = REACH * typical;
  // Given `across`, a glyph may reach into a sloping piece's box, short of its middle row.
  const [top, foot] =
    across === undefined ? [piece.y0, piece.y1] : [centerY(piece), centerY(piece)];
  return (g.y1 < top && piece.y0 - g.y1 <= reach) || (g.y0 > foot && g.y0 - piece.y1 <= reach);
}
