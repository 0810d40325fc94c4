import { operandsAmongOperators } from './operator-places';
import { Sym } from './symbols';
import { symbolLine as line } from '../../../../test/helpers/symbol-line';

const places = (syms: Sym[]) => operandsAmongOperators(syms).map(([s]) => syms.indexOf(s));

describe('× signs read as the letter x where no product can stand', () => {
  it('keeps a product sign between two factors, a minus after it included', () => {
    expect(places(line('2', '×', '3'))).toEqual([]);
    expect(places(line(')', '×', '('))).toEqual([]);
    expect(places(line('5', '×', 'bar', '2'))).toEqual([]);
  });

  it('reads × as x first on the line, after an operator or bracket, before a relation', () => {
    expect(places(line('×', 'bar', 'y'))).toEqual([0]);
    expect(places(line('(', '×', '+', '2', ')'))).toEqual([1]);
    expect(places(line('2', '×', '=', '6'))).toEqual([1]);
    expect(places(line('3', '+', '×', '=', '5'))).toEqual([2]);
    // The first of a denominator: numerator, bar, denominator in turn.
    expect(places(line('1', 'bar', '×'))).toEqual([2]);
  });

  it('reads a slash with no operand on one side as a 1, and keeps a division slash', () => {
    expect(places(line('6', '/', '3'))).toEqual([]);
    expect(places(line('r', '≥', '/'))).toEqual([2]);
    // 1/9 with its 1 slanted: the numerator, then the bar.
    expect(places(line('/', 'bar', '9'))).toEqual([0]);
    expect(places(line('(', '/', 'bar', '√', '3', ')'))).toEqual([1]);
    expect(operandsAmongOperators(line('×', 'bar', '/')).map(([, as]) => as)).toEqual(['x', '1']);
  });
});
