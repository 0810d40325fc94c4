import { evaluateFloat } from '../../math/evaluate';
import { parseExpression } from '../../math/parser';
import { toLatex } from '../../math/print';

/**
 * The solution set of an inequality drawn as a teacher sketches it: a number line with the
 * boundary points in order (not to scale), a filled dot where a boundary belongs to the set
 * and a hollow one where it does not, and the set itself as a thick coloured stretch. Read
 * from the MVS answer value (product.md: "< -8", ">= -2", "(-inf, 1] U [3, inf)", "[2, 2]",
 * "all real numbers"), so scripts from any provider get it.
 */
export interface Boundary {
  value: number;
  latex: string;
}

export interface Stretch {
  /** Undefined: the stretch runs on to infinity on that side. */
  from?: Boundary & { closed: boolean };
  to?: Boundary & { closed: boolean };
}

export interface NumberLine {
  type: 'numberLine';
  stretches: Stretch[];
  /** Every boundary, left to right, once. */
  points: Boundary[];
}

function boundary(text: string): Boundary {
  const e = parseExpression(text.trim());
  const value = evaluateFloat(e);
  if (!Number.isFinite(value)) throw new RangeError('not a finite boundary');
  return { value, latex: toLatex(e) };
}

const INF = /^\+?inf$/;
const NEG_INF = /^-inf$/;

function interval(text: string): Stretch {
  // Boundaries may hold brackets of their own (1 - sqrt(2)): split at the only comma.
  const m = /^([[(])([^,]+),([^,]+)([\])])$/.exec(text.trim());
  if (!m) throw new SyntaxError(`not an interval: ${text}`);
  const [low, high] = [m[2].trim(), m[3].trim()];
  const from = NEG_INF.test(low) ? undefined : { ...boundary(low), closed: m[1] === '[' };
  const to = INF.test(high) ? undefined : { ...boundary(high), closed: m[4] === ']' };
  return { from, to };
}

/** The set as a number line, or null when the value is not a set on the line. */
export function numberLineFor(value: string): NumberLine | null {
  let stretches: Stretch[];
  try {
    const half = /^(<=|>=|<|>)\s*(.+)$/.exec(value.trim());
    if (value.trim() === 'all real numbers') stretches = [{}];
    else if (half) {
      const b = { ...boundary(half[2]), closed: half[1].endsWith('=') };
      stretches = [half[1].startsWith('<') ? { to: b } : { from: b }];
    } else stretches = value.split(/\s+U\s+/).map(interval);
  } catch {
    return null;
  }
  const all = stretches.flatMap((s) => [s.from, s.to]).filter((b): b is Stretch['to'] & {} => !!b);
  const points = all
    .sort((a, b) => a.value - b.value)
    .filter((b, i, xs) => i === 0 || Math.abs(b.value - xs[i - 1].value) > 1e-9)
    .map(({ value, latex }) => ({ value, latex }));
  return { type: 'numberLine', stretches, points };
}
