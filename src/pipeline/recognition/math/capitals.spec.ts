import { filledSymbol as sym } from '../../../../test/helpers/symbol-line';
import { withCapitalsRead } from './capitals';
import { GlyphModel, Prediction } from './glyph-model';
import { Sym } from './symbols';

/** A capital network that reads every blob as `readings` say (most likely first). */
const capitalNetwork = (...readings: Prediction[]) =>
  ({ predict: () => readings }) as unknown as GlyphModel;

// A glyph 40 px tall between two digits of that height.
const line = (glyph: Sym) => [sym('2', 0, 0, 20, 40), glyph, sym('3', 60, 0, 80, 40)];
const readAt = (network: GlyphModel, glyph: Sym) => withCapitalsRead(line(glyph), network)[1];
const withConfidence = (s: Sym, confidence: number): Sym => ({
  ...s,
  confidence,
  alternatives: [{ label: s.label, p: confidence }],
});

describe('withCapitalsRead (capitals the glyph classifier does not know)', () => {
  const f = sym('f', 30, 0, 50, 40);

  it('reads a letter the capital network is sure of as that capital', () => {
    const read = readAt(capitalNetwork({ label: 'F', p: 0.97 }, { label: 'other', p: 0.03 }), f);
    expect(read.label).toBe('F');
    expect(read.confidence).toBeCloseTo(0.97);
    expect(read.alternatives.map((a) => a.label)).toEqual(['F', 'f']);
  });

  it('doubts a letter it half believes a capital, and one the classifier only guessed at', () => {
    const half = readAt(capitalNetwork({ label: 'A', p: 0.75 }, { label: 'other', p: 0.25 }), f);
    expect([half.label, half.confidence < 0.4]).toEqual(['f', true]);
    const guessed = withConfidence(f, 0.44);
    const sure = capitalNetwork({ label: 'A', p: 0.97 }, { label: 'other', p: 0.03 });
    expect(readAt(sure, guessed).confidence).toBeLessThan(0.4);
    expect(readAt(sure, guessed).label).toBe('f');
  });

  it('leaves a digit as read, unless a capital it takes it for was read on the line', () => {
    // One network for every blob: a 6 surely a G, an f surely an F.
    const g = capitalNetwork({ label: 'G', p: 0.95 }, { label: 'other', p: 0.05 });
    const six = sym('6', 30, 0, 50, 40);
    expect(readAt(g, six)).toEqual(six);
    // G + 6: the G read, the 6 it takes for a G as well is doubted.
    const read = withCapitalsRead([sym('s', 0, 0, 20, 40), six], g);
    expect(read.map((s) => [s.label, s.confidence < 0.4])).toEqual([
      ['G', false],
      ['6', true],
    ]);
  });

  it('leaves what it takes for no capital, marks, and glyphs far smaller than the line', () => {
    const none = capitalNetwork({ label: 'other', p: 0.9 }, { label: 'F', p: 0.1 });
    expect(readAt(none, f)).toEqual(f);
    const sure = capitalNetwork({ label: 'F', p: 0.99 }, { label: 'other', p: 0.01 });
    const exponent = sym('f', 30, 0, 40, 28);
    expect(readAt(sure, exponent)).toEqual(exponent);
    const point = sym('dot', 30, 34, 34, 38);
    expect(readAt(sure, point)).toEqual(point);
  });
});
