import { Box } from './components';
import { smallPluses } from './small-plus';
import { Sym } from './symbols';

const part = (box: Box) => ({ id: 0, box, area: 1, mask: new Uint8Array(1) });
const read = (box: Box, ...alternatives: { label: string; p: number }[]): Sym => ({
  label: alternatives[0].label,
  box,
  confidence: alternatives[0].p,
  alternatives,
  parts: [part(box)],
});
// Digits 44 px tall on a baseline at y = 100.
const digit = (label: string, x0: number) =>
  read({ x0, y0: 56, x1: x0 + 26, y1: 100 }, { label, p: 0.99 });
const small = (y0: number) =>
  read(
    { x0: 46, y0, x1: 62, y1: y0 + 24 },
    { label: '4', p: 0.31 },
    { label: '+', p: 0.29 },
    { label: '7', p: 0.28 },
  );

describe('smallPluses (a quick small + the classifier half reads as a digit)', () => {
  it('reads a small glyph apart between two glyphs at their middle height as +', () => {
    const [, plus] = smallPluses([digit('6', 0), small(66), digit('7', 80)], 44);
    expect([plus.label, plus.confidence]).toEqual(['+', 0.6]);
  });

  it('leaves it alone raised as a power, or as tall as a digit', () => {
    const [, raised] = smallPluses([digit('6', 0), small(40), digit('7', 80)], 44);
    expect(raised.label).toBe('4');
    const tall = read(
      { x0: 46, y0: 56, x1: 70, y1: 100 },
      { label: '4', p: 0.31 },
      { label: '+', p: 0.29 },
    );
    expect(smallPluses([digit('6', 0), tall, digit('7', 80)], 44)[1].label).toBe('4');
  });
});
