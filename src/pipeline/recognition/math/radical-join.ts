import { boxHeight, boxWidth, centerX, mergeBlobs } from './components';
// A cycle (symbols.ts calls joinRadicalBars), resolved at call time.
import { Sym, radicalBarStart, symbolOf } from './symbols';

/**
 * What a radical's sign alone (its tick, without the overline) is read as: a hand's tick,
 * a short stroke down and a long one up, reads as a j without its dot as often as a v.
 */
const TICKS = new Set(['√', 'v', 'u', 'V', 'j-stem']);

/**
 * A hand often draws a radical's overline as a stroke of its own, or the photo breaks it off
 * at the corner: the tick then reads v, u or a dotless j and the overline is a bar over the
 * digits, one "written over" the other (√9 + √16 was read "u" beside "−" over 9). A tick with
 * a bar starting at its top right, near its top, running on over a glyph, with nothing
 * standing on it (a fraction bar's numerator), is one radical sign.
 */
export function joinRadicalBars(syms: Sym[], typical: number): Sym[] {
  let out = syms;
  for (const tick of syms.filter(isTick)) {
    const h = boxHeight(tick.box);
    if (h < 0.6 * typical || tick.parts.length !== 1) continue;
    const bar = out.find(
      (b) =>
        b.label === 'bar' &&
        b.parts.length === 1 &&
        b.box.x0 >= tick.box.x0 + 0.3 * boxWidth(tick.box) &&
        b.box.x0 <= tick.box.x1 + 0.25 * typical &&
        b.box.y1 <= tick.box.y0 + 0.3 * h &&
        b.box.y0 >= tick.box.y0 - 0.3 * h &&
        b.box.x1 >= tick.box.x1 + 0.5 * typical &&
        out.some((g) => underBar(g, b, tick)) &&
        !out.some((g) => overBar(g, b)),
    );
    if (!bar) continue;
    const sign = {
      ...symbolOf(mergeBlobs(tick.parts[0], bar.parts[0]), [
        { label: '√', p: Math.max(0.6, rootShare(tick)) },
      ]),
      // A sign read whole whose overline broke further on has its bar from its own start.
      barStart: Math.min(bar.box.x0, radicalBarStart(tick, out) ?? Infinity),
    };
    out = [...out.filter((o) => o !== tick && o !== bar), sign];
  }
  return out;
}

/** A blob the classifier gives a third of its belief or more as a radical's tick. */
function isTick(s: Sym): boolean {
  return rootShare(s) >= 0.3;
}

/** How much of the classifier's belief the tick's readings as a radical's sign hold. */
function rootShare(s: Sym): number {
  return s.alternatives.filter((a) => TICKS.has(a.label)).reduce((t, a) => t + a.p, 0);
}

/** A glyph over the bar: it is a fraction's, not a radical's (nothing stands on that). */
function overBar(g: Sym, bar: Sym): boolean {
  return (
    g !== bar &&
    centerX(g.box) > bar.box.x0 &&
    centerX(g.box) < bar.box.x1 &&
    g.box.y1 < bar.box.y0 + 2
  );
}

/** A glyph standing under the bar, past the tick, no higher than the bar. */
function underBar(g: Sym, bar: Sym, tick: Sym): boolean {
  return (
    g !== bar &&
    g !== tick &&
    centerX(g.box) > tick.box.x1 - 0.2 * boxWidth(tick.box) &&
    centerX(g.box) < bar.box.x1 &&
    g.box.y0 >= bar.box.y0 &&
    g.box.y1 <= tick.box.y1 + 0.3 * boxHeight(tick.box)
  );
}
