import { parseProblemText } from '../solver/problem-parser';
import { solveAndCheck } from '../solver/solve';
import { columnForm } from './column-form';
import { buildScript } from './script-builder';

describe('column form (竖式 and the long-division bracket on the board)', () => {
  it('lines decimals up on their points and writes the result under the rule', () => {
    const form = columnForm('39.6 + 5.63', '45.23', 'column');
    expect(form?.problem).toBe(
      '\\begin{array}{r} 39.6\\phantom{0} \\\\ +\\;5.63 \\\\ \\hline \\phantom{0} \\end{array}',
    );
    expect(form?.worked).toBe(
      '\\begin{array}{r} 39.6\\phantom{0} \\\\ +\\;5.63 \\\\ \\hline 45.23 \\end{array}',
    );
    expect(columnForm('12 + 0.5', '12.5', 'column')?.worked).toContain('12\\phantom{.0}');
  });

  it('shows the partial products of a whole-number multiplication, each shifted left', () => {
    expect(columnForm('34 × 12', '408', 'column')?.worked).toBe(
      '\\begin{array}{r} 34 \\\\ ×\\;12 \\\\ \\hline 68 \\\\ 34\\phantom{0} \\\\ \\hline 408 \\end{array}',
    );
    expect(columnForm('34 × 2', '68', 'column')?.worked).not.toContain('\\phantom{0} \\\\ \\hline');
  });

  it('stacks every addend of a longer sum, the plus in front of the last', () => {
    expect(columnForm('1200 + 34.5 + 67', '1301.5', 'column')?.worked).toBe(
      '\\begin{array}{r} 1200\\phantom{.0} \\\\ 34.5 \\\\ +\\;67\\phantom{.0} \\\\ \\hline 1301.5 \\end{array}',
    );
    // Several operations of another kind are not one column.
    expect(columnForm('100 - 20 - 3', '77', 'column')).toBeNull();
    expect(columnForm('12 + 3 + 4', '19', 'long-division')).toBeNull();
  });

  it('puts the quotient over the bracket', () => {
    expect(columnForm('7200 ÷ 8', '900', 'long-division')?.worked).toBe(
      '\\begin{array}{r} 900 \\\\ 8\\,\\overline{\\smash{)}\\,7200} \\end{array}',
    );
  });

  it('keeps to one line what is not one operation on two numbers with a decimal result', () => {
    expect(columnForm('7 ÷ 2 + 1', '4.5', 'long-division')).toBeNull();
    expect(columnForm('22 ÷ 7', '22/7', 'long-division')).toBeNull();
    expect(columnForm('49 ÷ 7', '7', 'column')).toBeNull();
    expect(columnForm('49 + 76', '125', 'long-division')).toBeNull();
  });

  it('is what the board shows for a photo read in that layout, and only then', () => {
    const parsed = parseProblemText('49 + 76');
    const solution = solveAndCheck(parsed.problem);
    const recognition = { engine: 'test', confidence: 0.99, text: '49 + 76' };
    const boards = (layout?: 'column') =>
      buildScript(parsed, solution, 'zh-CN', {
        provider: 'offline',
        recognition: { ...recognition, ...(layout ? { layout } : {}) },
      }).scenes.flatMap((s) => s.board.map((b) => (b.type === 'math' ? b.latex : '')));
    expect(boards('column')).toContain(
      '\\begin{array}{r} 49 \\\\ +\\;76 \\\\ \\hline 125 \\end{array}',
    );
    expect(boards().some((latex) => latex.includes('array'))).toBe(false);
  });
});
