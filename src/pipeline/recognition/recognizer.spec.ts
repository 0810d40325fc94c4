import { numberAlone } from './recognizer';

describe('numberAlone (a reading that asks nothing)', () => {
  it('is a number and nothing else, signed, with points, commas and spaces', () => {
    for (const text of ['79', '- 999', '−3.8', '1,250', ' 3.00000001 '])
      expect(numberAlone(text)).toBe(true);
  });

  it('is not a number with an operator, a letter, a relation or a prompt', () => {
    for (const text of ['7 + 9', '18z', 'x = 3', '3/8', 'Compute: 19', '2 × 5'])
      expect(numberAlone(text)).toBe(false);
  });
});
