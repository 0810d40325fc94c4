import { Component } from './components';
import {
  bracketAfterTrivialDivisor,
  bracketOverNonNumber,
  longDivisionReading,
} from './long-division';
import { MathNode } from './structure';
import { Sym } from './symbols';

const box = (x0: number, w = 20, h = 30) => ({ x0, y0: 10, x1: x0 + w - 1, y1: 10 + h - 1 });
const sym = (label: string, x0: number): MathNode => {
  const b = box(x0);
  return {
    kind: 'sym',
    box: b,
    sym: { label, box: b, confidence: 1, alternatives: [], parts: [] },
  };
};

/** A sign 40 px tall: its lowest ink at its left end (a bracket) or in its middle (a V). */
function sign(lowestAtLeft: boolean): Sym {
  const [w, h] = [60, 40];
  const mask = new Uint8Array(w * h);
  for (let x = 0; x < w; x += 1) mask[x] = 1; // the overline
  for (let y = 0; y < h; y += 1) mask[y * w + (lowestAtLeft ? 0 : 10)] = 1;
  if (!lowestAtLeft) for (let x = 0; x < 10; x += 1) mask[(h - 10) * w + x] = 1; // the tick
  const c: Component = { id: 1, box: { x0: 30, y0: 0, x1: 89, y1: 39 }, area: 0, mask };
  return { label: '√', box: c.box, confidence: 1, alternatives: [], parts: [c] };
}

const row = (body: MathNode[], lowestAtLeft: boolean, divisor = '7'): MathNode[] => {
  const s = sign(lowestAtLeft);
  return [sym(divisor, 0), { kind: 'sqrt', body, sign: s, box: s.box }];
};

describe('the long-division bracket', () => {
  const dividend = [sym('8', 40), sym('5', 62), sym('4', 84)];
  const misread = [sym('8', 40), sym('5', 62), sym('bar', 84), sym('4', 106)];

  it('over a number is the division, and over anything else a misreading', () => {
    expect(longDivisionReading(row(dividend, true))?.text).toBe('854 ÷ 7');
    expect(bracketOverNonNumber(row(dividend, true))).toBe(false);
    // 7)‾854 with its 5 and 4 apart read 7√(85 − 4): never a root to take.
    expect(bracketOverNonNumber(row(misread, true))).toBe(true);
  });

  it('reads the division as a reading reads its digits', () => {
    // A swap of an unsure digit is a rival of the division too (4528 ÷ 8 read 4328 ÷ 8).
    const body = [sym('4', 40), sym('3', 62), sym('2', 84), sym('8', 106)];
    const swapped = new Map([[(body[1] as { sym: Sym }).sym, '5']]);
    const division = row(body, true, '8');
    expect(longDivisionReading(division)?.text).toBe('4328 ÷ 8');
    expect(longDivisionReading(division, swapped)?.text).toBe('4528 ÷ 8');
  });

  it('leaves a radical with its V a radical, whatever it holds', () => {
    expect(bracketOverNonNumber(row(misread, false))).toBe(false);
  });
});

describe('a long-division bracket after a divisor of 0 or 1', () => {
  const dividend = [sym('3', 40), sym('9', 62), sym('7', 84), sym('8', 106)];

  it('is a divisor misread (18 run into one blob, read 1), never a division to answer', () => {
    expect(bracketAfterTrivialDivisor(row(dividend, true, '1'))).toBe(true);
    expect(bracketAfterTrivialDivisor(row(dividend, true, '0'))).toBe(true);
    expect(bracketAfterTrivialDivisor(row(dividend, true, '7'))).toBe(false);
  });

  it('leaves a radical with its V alone (1√x is no long division)', () => {
    expect(bracketAfterTrivialDivisor(row(dividend, false, '1'))).toBe(false);
  });
});
