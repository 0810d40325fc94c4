import {
  Box,
  Component,
  boxHeight,
  boxWidth,
  centerX,
  centerY,
  mergeBlobs,
  shareInside,
  sharedWidth,
  xOverlap,
} from './components';
import { divides } from './fraction-sides';

/** Which of the photo's edges a blob touches. */
export interface RimSides {
  top: boolean;
  bottom: boolean;
  left: boolean;
  right: boolean;
}

export interface RimPiece {
  blob: Component;
  sides: RimSides;
}

/**
 * Blobs too small for a glyph that an edge of the photo cuts, put back where a crop cut tight
 * to the ink leaves a glyph's: an exponent raised after a glyph at the top (x³ + 8y³ read
 * x + 8y), the lower stroke of ≥ under the sign at the foot (v ≥ 0 read v > 0), a hand's
 * smaller last digit level with the line at the side (10 ÷ 30 read 10 ÷ 3), a hand's
 * fraction bar between the glyphs over and under it, a thin 1 over or under a bar. Pieces of
 * one glyph the edge broke are joined first (a 9's loop and tail read "92"; a round dot at
 * the rim, kept as a cut ÷'s dot, may be the loop), and a sliver inside a glyph's box is that
 * glyph's (a bracket's foot read as a minus). Elsewhere such a blob is dust: a pen stroke or
 * the next line cut at the foot, under a minus, had made it an "=". Returns the glyphs with
 * these added and the dots left over.
 */
export function withSmallRimGlyphs(
  small: RimPiece[],
  rimDots: RimPiece[],
  kept: Component[],
  typical: number,
): { glyphs: Component[]; dots: Component[] } {
  const glyphs = [...kept];
  const dots = [...rimDots];
  const isGlyph = (k: Component) =>
    boxHeight(k.box) >= 0.5 * typical && boxHeight(k.box) >= 0.3 * boxWidth(k.box);
  for (const piece of joinedPieces(small, dots, typical)) {
    const { box } = piece.blob;
    // A quarter of a glyph: a 7 cut by a crop at the left kept only its top, 0.29 of a glyph
    // tall (7588 answered 588 when it went with the dust; now read and doubted).
    if (Math.max(boxHeight(box), boxWidth(box)) < 0.25 * typical) continue;
    // A flat sliver is a piece of a glyph or dust (a bracket's top cut by the crop, read as a
    // minus over it), not a glyph: only a fraction bar or ≥'s lower stroke is as thin.
    const sliver = boxHeight(box) < 0.15 * typical;
    const host = sliver
      ? glyphs.findIndex((k) => isGlyph(k) && shareInside(box, k.box) >= 0.6)
      : -1;
    if (host >= 0) glyphs[host] = mergeBlobs(glyphs[host], piece.blob);
    else if (
      glyphs.some((k) => isGlyph(k) && placedAsGlyph(piece, k.box, 0.5 * typical, sliver)) ||
      glyphs.some((k) => overOrUnderBar(box, k.box, 0.5 * typical)) ||
      pointBetween(piece, glyphs.filter(isGlyph), typical) ||
      (boxWidth(box) > boxHeight(box) && divides(piece.blob, glyphs, typical))
    )
      glyphs.push(piece.blob);
  }
  return { glyphs, dots: dots.map((d) => d.blob) };
}

/**
 * Whether a piece stands where a crop's edge leaves part of the line beside glyph `k`, within
 * `reach` of it: raised after it (at the top or the right), under it at the foot, or level
 * with it (a thin 1 of a numerator at the top). A flat sliver only under it: typeset ≥'s
 * lower stroke is one.
 */
function placedAsGlyph(
  { blob: { box }, sides }: RimPiece,
  k: Box,
  reach: number,
  sliver: boolean,
): boolean {
  const across = gap(box.x0, box.x1, k.x0, k.x1);
  const down = gap(box.y0, box.y1, k.y0, k.y1);
  // At the top, or at the right end of the line (8y³ ending the crop).
  const raised =
    (sides.top || sides.right) &&
    box.x1 > k.x1 &&
    across <= reach &&
    down <= reach &&
    box.y1 < centerY(k);
  const under =
    sides.bottom &&
    sharedWidth(box, k) >= 0.5 * boxWidth(box) &&
    box.y0 > centerY(k) &&
    down <= reach;
  const level =
    across <= reach && Math.min(box.y1, k.y1) - Math.max(box.y0, k.y0) + 1 >= 0.5 * boxHeight(box);
  return under || (!sliver && (raised || level));
}

/**
 * Whether a piece on the foot, no wider than tall and at most half a glyph's height, stands
 * in the gap between two glyphs below their middles: a hand's decimal point or comma the
 * crop cut (2,0 × 1,0 read 20 × 1.0). A pen's stroke cut there lies flat.
 */
function pointBetween(
  { blob: { box }, sides }: RimPiece,
  glyphs: Component[],
  typical: number,
): boolean {
  if (!sides.bottom || sides.left || sides.right) return false;
  if (boxWidth(box) > boxHeight(box) || boxHeight(box) > 0.5 * typical) return false;
  const x = centerX(box);
  const beside = (k: Component) =>
    box.y0 > centerY(k.box) && gap(box.x0, box.x1, k.box.x0, k.box.x1) <= 0.5 * typical;
  return (
    glyphs.some((k) => beside(k) && k.box.x1 < x) && glyphs.some((k) => beside(k) && k.box.x0 > x)
  );
}

/**
 * Whether a box taller than wide stands over or under bar `k`, its middle within the bar's
 * columns: a numerator's or a denominator's glyph (a thin 1 of 199/11).
 */
function overOrUnderBar(box: Box, k: Box, reach: number): boolean {
  const bar = boxWidth(k) >= 3 * boxHeight(k) && boxWidth(k) >= 2 * reach;
  const x = centerX(box);
  return (
    bar &&
    x >= k.x0 &&
    x <= k.x1 &&
    boxHeight(box) > boxWidth(box) &&
    gap(box.y0, box.y1, k.y0, k.y1) <= reach &&
    (box.y1 < centerY(k) || box.y0 > centerY(k))
  );
}

/**
 * Pieces one above the other in the same columns, less than a third of a glyph apart,
 * joined; a dot joined is taken out of `dots`.
 */
function joinedPieces(small: RimPiece[], dots: RimPiece[], typical: number): RimPiece[] {
  const pieces = [...small];
  const oneGlyph = (a: Box, b: Box) =>
    xOverlap(a, b) >= 0.5 && gap(a.y0, a.y1, b.y0, b.y1) <= 0.3 * typical;
  const joined = (a: RimPiece, b: RimPiece): RimPiece => ({
    blob: mergeBlobs(a.blob, b.blob),
    sides: {
      top: a.sides.top || b.sides.top,
      bottom: a.sides.bottom || b.sides.bottom,
      left: a.sides.left || b.sides.left,
      right: a.sides.right || b.sides.right,
    },
  });
  for (let i = 0; i < pieces.length; i += 1) {
    for (let j = i + 1; j < pieces.length; j += 1) {
      if (!oneGlyph(pieces[i].blob.box, pieces[j].blob.box)) continue;
      pieces[i] = joined(pieces[i], pieces[j]);
      pieces.splice(j, 1);
      j = i;
    }
    const dot = dots.findIndex((d) => oneGlyph(pieces[i].blob.box, d.blob.box));
    if (dot >= 0) pieces[i] = joined(pieces[i], dots.splice(dot, 1)[0]);
  }
  return pieces;
}

/** The space between two spans (0 when they overlap). */
function gap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, a0 - b1, b0 - a1);
}
