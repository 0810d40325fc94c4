/**
 * Primary-school layouts on the board: a problem photographed as 竖式 (column addition,
 * subtraction or multiplication) or as a long-division bracket is shown the way it was
 * written, worked out, rather than only on one line.
 */
export type WrittenLayout = 'column' | 'long-division';

/** The problem laid out as written and with its result filled in, as board LaTeX. */
export interface ColumnForm {
  problem: string;
  worked: string;
}

const OPERATION = /^\s*(\d+(?:\.\d+)?)\s*([+\-−×÷*/])\s*(\d+(?:\.\d+)?)\s*$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * The column form of `a op b = result` (plain text, as read and as answered), or null when
 * the problem is not one operation on two numbers written in that layout, or the result is
 * not a finite decimal (a fraction is better on one line).
 */
export function columnForm(
  problemText: string,
  result: string,
  layout: WrittenLayout,
): ColumnForm | null {
  const m = OPERATION.exec(problemText);
  if (!m || !DECIMAL.test(result)) return null;
  const [, a, rawOp, b] = m;
  const op = { '*': '×', '/': '÷', '−': '-' }[rawOp] ?? rawOp;
  if (layout === 'long-division') {
    if (op !== '÷') return null;
    const bracket = (quotient: string) =>
      `\\begin{array}{r} ${quotient} \\\\ ${b}\\,\\overline{\\smash{)}\\,${a}} \\end{array}`;
    return { problem: bracket('\\phantom{0}'), worked: bracket(result) };
  }
  if (!['+', '-', '×'].includes(op)) return null;
  // Decimals line up on their points: every row gets as many decimal places (as blank
  // space) as the longest has.
  const rows = [a, b, result];
  const places = Math.max(...rows.map(decimalPlaces));
  const aligned = (n: string) => {
    const missing = places - decimalPlaces(n);
    const pad =
      missing > 0 ? `\\phantom{${(n.includes('.') ? '' : '.') + '0'.repeat(missing)}}` : '';
    return `${n}${pad}`;
  };
  const operands = `${aligned(a)} \\\\ ${op}\\;${aligned(b)} \\\\ \\hline`;
  const partial = op === '×' ? partialProducts(a, b) : [];
  const worked = partial.length
    ? `${operands} ${partial.map((p) => `${p} \\\\`).join(' ')} \\hline ${aligned(result)}`
    : `${operands} ${aligned(result)}`;
  return {
    problem: `\\begin{array}{r} ${operands} \\phantom{0} \\end{array}`,
    worked: `\\begin{array}{r} ${worked} \\end{array}`,
  };
}

function decimalPlaces(n: string): number {
  const point = n.indexOf('.');
  return point < 0 ? 0 : n.length - point - 1;
}

/**
 * The rows of a whole-number multiplication by a number of two or more digits: the first
 * factor times each digit of the second, from the last, each shifted one place left (the
 * blank places as spacing, as in a school book). None for decimals or a one-digit factor.
 */
function partialProducts(a: string, b: string): string[] {
  if (a.includes('.') || b.includes('.') || b.length < 2) return [];
  return [...b].reverse().map((digit, shift) => {
    const row = (BigInt(a) * BigInt(digit)).toString();
    return shift === 0 ? row : `${row}\\phantom{${'0'.repeat(shift)}}`;
  });
}
