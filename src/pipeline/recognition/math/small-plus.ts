import { besideOnEitherSide, boxHeight, boxWidth, centerY } from './components';
import { isDigit } from './glyph-classes';
// A cycle (symbols.ts calls smallPluses), resolved at call time.
import { Sym } from './symbols';

/**
 * A hand's + is often small and quick, and the classifier splits its belief between + and
 * the digit or letter it half resembles (7/16 + 7 with its + read 4 0.31, + 0.29, 7 0.28).
 * Its place settles it: a glyph little more than half a digit tall, standing apart between
 * two glyphs at the height of their middles, is no digit or letter of theirs (those stand
 * as tall as their neighbours, and a power stands high) but an operator. Of its readings,
 * the + then takes the belief its digit or letter reading had.
 */
export function smallPluses(syms: Sym[], typical: number): Sym[] {
  const others = (s: Sym) => syms.filter((o) => o !== s && o.label !== 'dot');
  return syms.map((s) => {
    const plus = s.alternatives.find((a) => a.label === '+');
    const top = s.alternatives[0];
    if (!plus || plus.p < MIN_PLUS || s.label === '+' || s.parts.length !== 1) return s;
    if (!isDigit(top.label) && !/^[a-z]$/.test(top.label)) return s;
    if (boxHeight(s.box) > SMALL * typical || boxWidth(s.box) > SMALL * typical) return s;
    const { left, right } = besideOnEitherSide(s.box, others(s), 0.1 * typical);
    if (!left || !right) return s;
    if (s.box.x0 - left.box.x1 > typical || right.box.x0 - s.box.x1 > typical) return s;
    const middle = (o: Sym) =>
      Math.abs(centerY(s.box) - centerY(o.box)) <= 0.2 * Math.max(boxHeight(o.box), 0.5 * typical);
    if (!middle(left) || !middle(right)) return s;
    const p = plus.p + top.p;
    const rest = s.alternatives.filter((a) => a !== plus && a !== top);
    return { ...s, label: '+', confidence: p, alternatives: [{ label: '+', p }, ...rest] };
  });
}

/** Least belief in + that its place may raise. */
const MIN_PLUS = 0.2;
/** A small glyph: no taller or wider than this share of a digit. */
const SMALL = 0.65;
