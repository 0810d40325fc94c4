import { rowsOfASystem } from './math-nodes';
import { MathNode } from './structure';
import { symbolLine } from '../../../../test/helpers/symbol-line';

/** A row of symbol nodes from labels. */
const row = (...labels: string[]): MathNode[] =>
  symbolLine(...labels).map((sym) => ({ kind: 'sym', sym, box: sym.box }));

describe('rowsOfASystem (lines read together)', () => {
  it('are a system when each row is an equation or an inequality', () => {
    expect(rowsOfASystem([row('x', '+', 'y', '=', '3'), row('x', '<', '1')])).toBe(true);
    expect(rowsOfASystem([row('4', '4', '4', '6', '7')])).toBe(true);
  });

  it('are none when a row beside another has no relation (44467 over a misread √3)', () => {
    expect(rowsOfASystem([row('4', '4', '4', '6', '7'), row('√', '3')])).toBe(false);
    expect(rowsOfASystem([row('x', '+', 'y', '=', '3'), row('x', '-', 'y')])).toBe(false);
  });
});
