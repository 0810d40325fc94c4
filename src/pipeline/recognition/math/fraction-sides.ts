import { Component, boxHeight, centerY } from './components';

/**
 * How far from a bar, in glyph heights, its numerator and denominator may stand: as far as
 * structure.ts allows a fraction's.
 */
const REACH = 1.2;

/**
 * The glyphs over and under a bar, within its columns and REACH glyphs of it. A hand's
 * glyph may run into the bar's rows (3/4's 3 touching its sloping bar): its middle decides.
 */
export function glyphsOverAndUnder(
  bar: Component,
  all: Component[],
  typical: number,
): { over: Component[]; under: Component[] } {
  const beside = all.filter(
    (o) =>
      o !== bar &&
      boxHeight(o.box) >= 0.3 * typical &&
      o.box.x1 >= bar.box.x0 &&
      o.box.x0 <= bar.box.x1,
  );
  const over = beside.filter(
    (o) =>
      centerY(o.box) < bar.box.y0 &&
      o.box.y1 < bar.box.y1 &&
      bar.box.y0 - o.box.y1 <= REACH * typical,
  );
  const under = beside.filter(
    (o) =>
      centerY(o.box) > bar.box.y1 &&
      o.box.y0 > bar.box.y0 &&
      o.box.y0 - bar.box.y1 <= REACH * typical,
  );
  return { over, under };
}

/** Whether glyphs stand both over and under a bar. */
export function divides(bar: Component, all: Component[], typical: number): boolean {
  const { over, under } = glyphsOverAndUnder(bar, all, typical);
  return over.length > 0 && under.length > 0;
}

/**
 * Whether height `y` lies between the middles of the glyphs nearest over and under a bar:
 * where a sign before the fraction stands.
 */
export function betweenNumeratorAndDenominator(
  y: number,
  bar: Component,
  all: Component[],
  typical: number,
): boolean {
  const { over, under } = glyphsOverAndUnder(bar, all, typical);
  if (!over.length || !under.length) return false;
  const numerator = Math.max(...over.map((o) => centerY(o.box)));
  const denominator = Math.min(...under.map((o) => centerY(o.box)));
  return y > numerator && y < denominator;
}
