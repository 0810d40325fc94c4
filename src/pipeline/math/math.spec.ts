import { Rational, splitSquareFactor } from './rational';
import { ParseError, parseExpression, parseStatement } from './parser';
import { statementToLatex, toLatex, toPlain } from './print';
import { Polynomial } from './polynomial';
import { NotEvaluable, evaluateRational } from './evaluate';
import { Surd, surdField } from './surd';
import { evaluate } from './evaluate';

describe('Rational', () => {
  it.each([
    ['1/3', '2/6', true],
    ['0.25', '1/4', true],
    ['-2.5', '-5/2', true],
    ['3', '6/2', true],
  ])('%s equals %s', (a, b, eq) => expect(Rational.parse(a).equals(Rational.parse(b))).toBe(eq));

  it('adds fractions exactly', () => {
    expect(Rational.parse('3/4').add(Rational.parse('1/6')).toString()).toBe('11/12');
  });
  it('prints terminating decimals', () => {
    expect(Rational.parse('-0.125').toDecimalString()).toBe('-0.125');
    expect(Rational.parse('7/2').toDecimalString()).toBe('3.5');
    expect(Rational.parse('1/3').isTerminatingDecimal()).toBe(false);
  });
  it('splits square factors', () => {
    expect(splitSquareFactor(72n)).toEqual({ outside: 6n, inside: 2n });
    expect(splitSquareFactor(13n)).toEqual({ outside: 1n, inside: 13n });
  });
});

describe('parser and printers', () => {
  it.each([
    ['3(x-2)', '3\\left(x - 2\\right)', '3*(x - 2)'],
    ['5x/2 + 2', '\\frac{5x}{2} + 2', '5*x/2 + 2'],
    ['x² - 5x + 6', 'x^{2} - 5x + 6', 'x^2 - 5*x + 6'],
    [
      '(3/4 + 1/6) × 12 − 2³',
      '\\left(\\frac{3}{4} + \\frac{1}{6}\\right) \\times 12 - 2^{3}',
      '(3/4 + 1/6)*12 - 2^3',
    ],
    ['(x+1)(x-1)', '\\left(x + 1\\right)\\left(x - 1\\right)', '(x + 1)*(x - 1)'],
    ['-3^2', '-3^{2}', '-3^2'],
    ['2sin(x)', '2\\sin\\left(x\\right)', '2*sin(x)'],
    ['12 ÷ (-4)', '12 \\div \\left(-4\\right)', '12/(-4)'],
    ['e^(2x)', 'e^{2x}', 'e^(2*x)'],
    ['sqrt(x)+ln x', '\\sqrt{x} + \\ln\\left(x\\right)', 'sqrt(x) + log(x)'],
  ])('%s', (input, latex, plain) => {
    const e = parseExpression(input);
    expect(toLatex(e)).toBe(latex);
    expect(toPlain(e)).toBe(plain);
  });

  it('reads 1/2x as one half of x, like a textbook', () => {
    expect(evaluateRational(parseExpression('1/2x'), { x: Rational.of(4) }).toString()).toBe('2');
  });

  it('reads a log with its base, prints it back, and evaluates it exactly where it is rational', () => {
    for (const [text, latex, plain, value] of [
      ['log_2(x + 1)', '\\log_{2}\\left(x + 1\\right)', 'log_{2}(x + 1)', null],
      ['log₂8', '\\log_{2} 8', 'log_{2}(8)', '3'],
      ['log_{1/2}(4)', '\\log_{\\frac{1}{2}} 4', 'log_{1/2}(4)', '-2'],
      ['lg(0.01)', '\\lg\\left(0.01\\right)', 'lg(0.01)', '-2'],
    ] as const) {
      const e = parseExpression(text);
      expect([toLatex(e), toPlain(e)]).toEqual([latex, plain]);
      expect(toPlain(parseExpression(toPlain(e)))).toBe(plain);
      if (value) expect(evaluateRational(e).toString()).toBe(value);
    }
    expect(() => evaluateRational(parseExpression('log_2(3)'))).toThrow(NotEvaluable);
    expect(() => parseExpression('log_1(3)')).toThrow(ParseError);
  });

  it('parses relations', () => {
    expect(statementToLatex(parseStatement('2x + 1 ≥ 5'))).toBe('2x + 1 \\ge 5');
  });

  it.each(['', '3 +', '2 3', '(x+1', 'x @ 2'])('rejects %j', (bad) => {
    expect(() => parseExpression(bad)).toThrow();
  });
});

describe('Polynomial', () => {
  it('expands and collects', () => {
    const p = Polynomial.fromExpr(parseExpression('(x+1)^2 - (x-1)(x+1)'));
    expect(toLatex(p.toExpr())).toBe('2x + 2');
  });
  it('orders multivariate terms', () => {
    const p = Polynomial.fromExpr(parseExpression('(x+y)^2'));
    expect(toLatex(p.toExpr())).toBe('x^{2} + 2x y + y^{2}');
  });
  it('refuses division by a variable', () => {
    expect(() => Polynomial.fromExpr(parseExpression('1/x'))).toThrow();
  });
});

describe('Surd', () => {
  it('checks (1+√5)/2 is a root of x² - x - 1 exactly', () => {
    const f = surdField(5n);
    const root = new Surd(Rational.of(1, 2), Rational.of(1, 2), 5n);
    expect(evaluate(parseExpression('x^2 - x - 1'), f, { x: root }).isZero()).toBe(true);
  });
});
