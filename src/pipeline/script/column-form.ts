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
/** A sum of three or more numbers (连加), written as a column of addends. */
const LONG_SUM = /^\s*\d+(?:\.\d+)?(?:\s*\+\s*\d+(?:\.\d+)?){2,}\s*$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * The column form of `a op b = result` or of a sum of several numbers (plain text, as read
 * and as answered), or null when the problem is not such an operation written in that
 * layout, or the result is not a finite decimal (a fraction is better on one line).
 */
export function columnForm(
  problemText: string,
  result: string,
  layout: WrittenLayout,
): ColumnForm | null {
  if (!DECIMAL.test(result)) return null;
  if (layout === 'column' && LONG_SUM.test(problemText))
    return stacked(
      problemText.split('+').map((n) => n.trim()),
      '+',
      result,
    );
  const m = OPERATION.exec(problemText);
  if (!m) return null;
  const [, a, rawOp, b] = m;
  const op = { '*': '×', '/': '÷', '−': '-' }[rawOp] ?? rawOp;
  if (layout === 'long-division') {
    if (op !== '÷') return null;
    const bracket = (quotient: string) =>
      `\\begin{array}{r} ${quotient} \\\\ ${b}\\,\\overline{\\smash{)}\\,${a}} \\end{array}`;
    return { problem: bracket('\\phantom{0}'), worked: bracket(result) };
  }
  if (!['+', '-', '×'].includes(op)) return null;
  return stacked([a, b], op, result);
}

/** Numbers stacked right-aligned, the operator in front of the last, a rule, the result. */
function stacked(numbers: string[], op: string, result: string): ColumnForm {
  // Decimals line up on their points: every row gets as many decimal places (as blank
  // space) as the longest has.
  const rows = [...numbers, result];
  const places = Math.max(...rows.map(decimalPlaces));
  const aligned = (n: string) => {
    const missing = places - decimalPlaces(n);
    const pad =
      missing > 0 ? `\\phantom{${(n.includes('.') ? '' : '.') + '0'.repeat(missing)}}` : '';
    return `${n}${pad}`;
  };
  const last = numbers.length - 1;
  const operands = `${numbers
    .map((n, i) => (i === last ? `${op}\\;${aligned(n)}` : aligned(n)))
    .join(' \\\\ ')} \\\\ \\hline`;
  const partial = op === '×' ? partialProducts(numbers[0], numbers[1]) : [];
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
