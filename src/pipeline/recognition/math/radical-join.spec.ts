import { Component } from './components';
import { joinRadicalBars } from './radical-join';
import { Sym, radicalBarStart } from './symbols';

/** A solid blob over the box, read as `label`. */
function blob(label: string, x0: number, y0: number, x1: number, y1: number, id: number): Sym {
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const part: Component = {
    id,
    box: { x0, y0, x1, y1 },
    area: w * h,
    mask: new Uint8Array(w * h).fill(1),
  };
  return {
    label,
    box: part.box,
    confidence: 0.9,
    alternatives: [{ label, p: 0.9 }],
    parts: [part],
  };
}

describe('a radical drawn as a tick and an overline apart', () => {
  // Glyphs 40 px tall on a baseline at y = 100. The tick, read as a dotless j (as the
  // handwriting classifier reads a hand's tick), then a bar from its top right over a 9.
  const tick = () => blob('j-stem', 0, 58, 30, 100, 1);
  const overline = () => blob('bar', 32, 54, 70, 58, 2);
  const nine = () => blob('9', 42, 62, 66, 100, 3);

  it('is one radical sign over the digit under its bar', () => {
    const syms = joinRadicalBars([tick(), overline(), nine()], 40);
    expect(syms.map((s) => s.label).sort()).toEqual(['9', '√']);
    const sign = syms.find((s) => s.label === '√')!;
    expect(radicalBarStart(sign, syms)).toBe(32);
  });

  it('is no radical where the bar has a numerator on it, or runs over nothing', () => {
    const one = blob('1', 48, 12, 58, 50, 4);
    expect(joinRadicalBars([tick(), overline(), nine(), one], 40).map((s) => s.label)).toContain(
      'j-stem',
    );
    expect(joinRadicalBars([tick(), overline()], 40).map((s) => s.label)).toContain('j-stem');
  });
});
