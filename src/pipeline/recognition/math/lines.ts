import { boxWidth, centerX } from './components';
import { Sym, typicalHeight } from './symbols';

/**
 * Bands of symbols stacked on the page: a gap of `gap` glyph heights separates lines (a
 * third by default; the rows of a system sit closer, so they are split at any gap).
 */
export function splitBands(syms: Sym[], gap = 0.35): Sym[][] {
  const typical = typicalHeight(syms);
  const sorted = [...syms].sort((a, b) => a.box.y0 - b.box.y0);
  const bands: { y1: number; syms: Sym[] }[] = [];
  for (const s of sorted) {
    const last = bands[bands.length - 1];
    if (last && s.box.y0 <= last.y1 + gap * typical) {
      last.syms.push(s);
      last.y1 = Math.max(last.y1, s.box.y1);
    } else bands.push({ y1: s.box.y1, syms: [s] });
  }
  return joinFractions(
    bands.map((b) => b.syms),
    typical,
  ).map((b) => b.sort((a, c) => a.box.x0 - c.box.x0));
}

/**
 * A fraction standing alone is three bands (numerator, bar, denominator) with gaps between
 * them; a bar band is joined with the bands just above and below that have ink over it.
 */
function joinFractions(bands: Sym[][], typical: number): Sym[][] {
  const out = bands.map((b) => [...b]);
  const top = (b: Sym[]) => Math.min(...b.map((s) => s.box.y0));
  const bottom = (b: Sym[]) => Math.max(...b.map((s) => s.box.y1));
  for (let i = 0; i < out.length; i += 1) {
    const band = out[i];
    const bars = band.filter((s) => s.label === 'bar' && boxWidth(s.box) > 0.5 * typical);
    const spans = (b: Sym, s: Sym) => centerX(s.box) > b.box.x0 && centerX(s.box) < b.box.x1;
    // Only a bar missing its numerator (or denominator) in its own band reaches for the next.
    const bare = (b: Sym, side: 'above' | 'below') =>
      !band.some(
        (s) =>
          s !== b && spans(b, s) && (side === 'above' ? s.box.y1 < b.box.y0 : s.box.y0 > b.box.y1),
      );
    const above = out[i - 1];
    const below = out[i + 1];
    const neighbour = { above, below };
    // The neighbour on a side has ink over the bar and sits close to the band.
    const reaches = (b: Sym, side: 'above' | 'below') => {
      const other = neighbour[side];
      if (!other || !other.some((s) => spans(b, s))) return false;
      // A numerator or denominator sits within its bar, clear of what is beside it; the
      // line of a system above or below a minus sign runs on across the minus's ends.
      const margin = 0.6 * typical;
      const outside = other.filter((s) => !spans(b, s));
      const across = outside.some(
        (s) => s.box.x1 > b.box.x0 - margin && s.box.x0 < b.box.x1 + margin,
      );
      // But a hand's short bar leaves one glyph of its part half out from under it.
      const halfUnder = outside.length === 1 && partlyUnder(outside[0], b);
      if (across && !halfUnder) return false;
      return side === 'below'
        ? top(other) - bottom(band) < typical
        : top(band) - bottom(other) < typical;
    };
    const opposite = { above: 'below', below: 'above' } as const;
    // A bar with neither part in its band needs both neighbours (a lone minus has neither);
    // a bar missing one part takes that neighbour.
    const wants = (side: 'above' | 'below') =>
      bars.some(
        (b) =>
          bare(b, side) &&
          reaches(b, side) &&
          (!bare(b, opposite[side]) || reaches(b, opposite[side])),
      );
    const wantsBelow = wants('below');
    const wantsAbove = wants('above');
    if (wantsBelow) {
      band.push(...below);
      out.splice(i + 1, 1);
    }
    if (wantsAbove) {
      above.push(...band);
      out.splice(i, 1);
      i -= 2;
    }
  }
  return out;
}

/** Whether a glyph reaches in under (over) a bar from past one of its ends. */
export function partlyUnder(s: Sym, bar: Sym): boolean {
  const within = Math.min(s.box.x1, bar.box.x1) - Math.max(s.box.x0, bar.box.x0) + 1;
  return within >= 0.25 * boxWidth(s.box) && within < boxWidth(s.box);
}
