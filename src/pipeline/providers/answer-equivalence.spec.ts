import { sameAnswers } from './answer-equivalence';

const answer = (value: string, variable = '') => [{ variable, value }];

describe('sameAnswers', () => {
  it('compares values as math at sample points, whatever the unknowns are named', () => {
    expect(sameAnswers(answer('1/2'), answer('0.5'))).toBe(true);
    expect(sameAnswers(answer('2*n + 1'), answer('1 + 2*n'))).toBe(true);
    expect(sameAnswers(answer('c*y - x + 1'), answer('1 - x + c*y'))).toBe(true);
    expect(sameAnswers(answer('2*n + 1'), answer('2*n - 1'))).toBe(false);
    expect(sameAnswers(answer('3*n'), answer('3*k'))).toBe(false);
    expect(sameAnswers(answer('x^2'), answer('a*x'))).toBe(false);
    expect(sameAnswers(answer('3*t'), answer('3*x'))).toBe(false);
  });

  it('reads a name math.js knows as a unit as an unknown (m metres, F farads, s seconds)', () => {
    expect(sameAnswers(answer('3*m'), answer('3*m'))).toBe(true);
    expect(sameAnswers(answer('m^2 + 2*m'), answer('m*(m + 2)'))).toBe(true);
    expect(sameAnswers(answer('F^3'), answer('F^3'))).toBe(true);
    expect(sameAnswers(answer('3*m'), answer('3*s'))).toBe(false);
  });

  it('keeps e, pi and functions as themselves', () => {
    expect(sameAnswers(answer('e^x'), answer('exp(x)'))).toBe(true);
    expect(sameAnswers(answer('sqrt(2)*pi'), answer('pi*sqrt(2)'))).toBe(true);
    expect(sameAnswers(answer('sin(x)'), answer('cos(x)'))).toBe(false);
  });

  it('compares values with the imaginary unit i as complex numbers', () => {
    expect(sameAnswers(answer('0.01*i + 1.1'), answer('0.01*i + 1.1'))).toBe(true);
    expect(sameAnswers(answer('1.1 + 0.01*i'), answer('0.01*i + 1.1'))).toBe(true);
    expect(sameAnswers(answer('1.1 + 0.01*i'), answer('1.1 - 0.01*i'))).toBe(false);
    expect(sameAnswers(answer('c*y + 1'), answer('i*y + 1'))).toBe(false);
  });

  it('compares relations and intervals', () => {
    expect(sameAnswers(answer('> 3', 'x'), answer('>3', 'x'))).toBe(true);
    expect(sameAnswers(answer('>= 3', 'x'), answer('> 3', 'x'))).toBe(false);
    expect(sameAnswers(answer('(-inf, 2) U [3, inf)'), answer('(-inf, 2) U [3, inf)'))).toBe(true);
  });
});
