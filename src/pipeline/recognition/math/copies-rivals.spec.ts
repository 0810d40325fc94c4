import { digitsTheCopiesRead, meanReading } from './copies-rivals';
import { Sym } from './symbols';

const read = (alternatives: [string, number][]): Sym => ({
  label: alternatives[0][0],
  box: { x0: 0, y0: 0, x1: 9, y1: 9 },
  confidence: alternatives[0][1],
  alternatives: alternatives.map(([label, p]) => ({ label, p })),
  parts: [],
});

describe('digits the perturbed copies read', () => {
  // r13's 5, its flag apart: read 3 (0.82), its copies s, 3 and 5.
  const five = read([
    ['3', 0.82],
    ['z', 0.05],
    ['5', 0.02],
  ]);
  const fiveCopies = [
    read([
      ['3', 0.74],
      ['5', 0.21],
      ['s', 0.02],
    ]),
    read([
      ['s', 0.66],
      ['3', 0.25],
      ['5', 0.04],
    ]),
    read([
      ['3', 0.5],
      ['z', 0.34],
      ['5', 0.04],
    ]),
    read([
      ['3', 0.58],
      [')', 0.13],
      ['z', 0.12],
    ]),
  ];

  it('averages each label over the reading and its copies, the label read first', () => {
    const mean = meanReading(five, fiveCopies);
    expect(mean[0].label).toBe('3');
    expect(mean[0].p).toBeCloseTo((0.82 + 0.74 + 0.25 + 0.5 + 0.58) / 5);
    expect(mean.find((a) => a.label === '5')!.p).toBeCloseTo(0.31 / 5);
    expect(mean.map((a) => a.p)).toEqual([...mean.map((a) => a.p)].sort((a, b) => b - a));
  });

  it('offers the other digits the copies read, for the most doubted digits only', () => {
    const sure = read([['7', 0.99]]);
    const letter = read([
      ['t', 0.6],
      ['4', 0.4],
    ]);
    const copies = new Map<Sym, Sym[] | null>([
      [five, fiveCopies],
      [sure, null],
      [letter, [read([['4', 0.9]])]],
    ]);
    const shapes = new Map<Sym, number>([
      [five, 0.58],
      [sure, 0.99],
      [letter, 0.3],
    ]);
    const rivals = digitsTheCopiesRead([sure, five, letter], copies, (s) => shapes.get(s)!, 0.85);
    // z and s are no digits; the 5 the copies read is; a letter is not offered digits.
    expect(rivals).toEqual([[five, '5']]);
  });

  it('offers nothing for a digit its copies read as surely as the page', () => {
    const copies = new Map([[five, fiveCopies]]);
    expect(digitsTheCopiesRead([five], copies, () => 0.9, 0.85)).toEqual([]);
  });
});
