import { Component, boxHeight, boxWidth } from './components';
import { splitBracketRunIns } from './bracket-run-in';
import { Sym, symbolOf } from './symbols';
import { drawn } from '../../../../test/helpers/drawn-blob';

const TYPICAL = 30;

/** A blob `w` × `h` whose ink is `ink(x, y)`, its top-left corner at (`x0`, 100). */
const blob = (x0: number, w: number, h: number, ink: (x: number, y: number) => boolean) =>
  drawn(w, h, ink, x0, 100);

/**
 * A glyph (a box of strokes 4 px thick, columns 0–19, rows 10–39) whose foot runs on into a
 * bracket's stroke (columns 26–29, rows 0–49): "2)" written without lifting the pen.
 */
const glyphWithBracket = blob(200, 30, 50, (x, y) => {
  const inGlyph = x <= 19 && y >= 10 && y <= 39 && (x <= 3 || x >= 16 || y <= 13 || y >= 36);
  const join = y >= 36 && y <= 39 && x >= 19 && x <= 26;
  return inGlyph || join || (x >= 26 && x <= 29);
});

/** The opening bracket further left on the line. */
const opening = symbolOf(
  blob(100, 5, 50, () => true),
  [{ label: '(', p: 0.97 }],
);

/**
 * The classifier: a blob as thin as a stroke is a ")", the glyph alone a 2; the two run
 * together read as an unsure 7 (`whole` sets how sure).
 */
function classifier(whole = 0.45): (c: Component) => Sym {
  return (c) => {
    const [w, h] = [boxWidth(c.box), boxHeight(c.box)];
    if (w <= 0.2 * h) return symbolOf(c, [{ label: ')', p: 0.95 }]);
    if (w <= 22) return symbolOf(c, [{ label: '2', p: 0.9 }]);
    return symbolOf(c, [
      { label: '7', p: whole },
      { label: 'n', p: 0.3 },
    ]);
  };
}

describe('a bracket run into the glyph before it', () => {
  it('is cut off as ")" when the line has a "(" still open', () => {
    const classify = classifier();
    const syms = splitBracketRunIns([opening, classify(glyphWithBracket)], TYPICAL, classify);
    expect(syms.map((s) => s.label)).toEqual(['(', '2', ')']);
    // The 2 keeps its own columns and the bracket its whole height.
    expect(syms[1].box).toMatchObject({ x0: 200, y0: 110, y1: 139 });
    expect(syms[1].box.x1).toBeLessThan(syms[2].box.x0);
    expect(syms[2].box).toMatchObject({ x1: 229, y0: 100, y1: 149 });
  });

  it('is left whole when no bracket on the line is open', () => {
    const classify = classifier();
    const whole = classify(glyphWithBracket);
    expect(splitBracketRunIns([whole], TYPICAL, classify)).toEqual([whole]);
    const closed = symbolOf(
      blob(150, 5, 50, () => true),
      [{ label: ')', p: 0.97 }],
    );
    expect(splitBracketRunIns([opening, closed, whole], TYPICAL, classify)).toContain(whole);
  });

  it('is left whole when the blob reads surely as one glyph', () => {
    const classify = classifier(0.92);
    const sure = classify(glyphWithBracket);
    expect(splitBracketRunIns([opening, sure], TYPICAL, classify)).toEqual([opening, sure]);
  });
});
