import { Component } from './components';
import { uprightStem, withStemmedTwosDoubted } from './stemmed-two';
import { Sym } from './symbols';

/** A blob drawn in rows of '#' (ink) and '.' (paper), its box's corner at (x0, 0). */
function drawn(rows: string[], x0 = 0): Component {
  const w = rows[0].length;
  const mask = Uint8Array.from(rows.join('').split(''), (ch) => (ch === '#' ? 1 : 0));
  const box = { x0, y0: 0, x1: x0 + w - 1, y1: rows.length - 1 };
  return { id: x0, box, area: mask.reduce((a, v) => a + v, 0), mask };
}

/** `n` rows alike: a stroke's straight stretch. */
const rows = (n: number, row: string) => Array<string>(n).fill(row);

const sym = (label: string, c: Component): Sym => ({
  label,
  box: c.box,
  confidence: 0.97,
  alternatives: [{ label, p: 0.97 }],
  parts: [c],
});

// Twenty rows each: a serif 1 (flag down to the left, upright stem, foot out on both sides),
// a 2 with an upright back (its base runs right from the back's foot), a 2 whose stroke
// runs down across the glyph.
const serifOne = [
  '.......##...',
  '......###...',
  '.....####...',
  '....##.##...',
  '...##..##...',
  '..##...##...',
  '.##....##...',
  ...rows(9, '.......##...'),
  '..#########.',
  '.##########.',
  '.##########.',
  '............',
];
const uprightTwo = [
  '..#####.....',
  '.##...##....',
  '##.....##...',
  ...rows(13, '.......##...'),
  ...rows(3, '.......#####'),
  '............',
];
const slantedTwo = [
  '..######....',
  '.##....##...',
  '##......##..',
  '........##..',
  '........##..',
  '.......##...',
  '.......##...',
  '......##....',
  '.....##.....',
  '.....##.....',
  '....##......',
  '....##......',
  '...##.......',
  '...##.......',
  '..##........',
  '..##........',
  ...rows(3, '.##########.'),
  '............',
];

describe('withStemmedTwosDoubted (a serif 1 read as 2)', () => {
  it('finds an upright stem with a foot out on both sides, and not a 2', () => {
    expect(uprightStem(drawn(serifOne))).toBe(true);
    expect(uprightStem(drawn(uprightTwo))).toBe(false);
    expect(uprightStem(drawn(slantedTwo))).toBe(false);
  });

  it('doubts a 2 drawn as a serif 1, and leaves other readings and 2s', () => {
    const line = [sym('2', drawn(serifOne)), sym('2', drawn(slantedTwo, 20))];
    const read = withStemmedTwosDoubted(line);
    expect(read[0].confidence).toBeLessThan(0.4);
    expect(read[1]).toBe(line[1]);
    const one = sym('1', drawn(serifOne));
    expect(withStemmedTwosDoubted([one])[0]).toBe(one);
  });
});
