import { Expr, call, num } from '../../math/expr';
import { Rational } from '../../math/rational';
import { evaluate, evaluateRational } from '../../math/evaluate';
import { toLatex, toPlain } from '../../math/print';
import { UnsupportedProblemError } from '../errors';
import { Solution, SolutionStep } from '../solution';
import { RadicalField, RadicalSum } from './radical-sum';
import { angleInDegrees, specialValue } from './special-angles';

/**
 * Simplifying square roots (二次根式) as taught: each root in simplest form (√50 = 5√2),
 * every denominator with a root rationalised (times √m, or times the conjugate), then like
 * roots combined. Exact throughout (RadicalSum).
 */
export function solveRadicalSimplify(expr: Expr): Solution {
  const steps: SolutionStep[] = [];
  // sin 30° = 1/2, cos π/4 = √2/2: the special angles' values first, from the table.
  const values: string[] = [];
  const exact = specialAngles(expr, values);
  if (values.length)
    steps.push({
      action: { type: 'special_angles', work: values.join(', \\quad ') },
      latex: `= ${toLatex(exact)}`,
      state: { kind: 'none' },
    });
  const works: string[] = [];
  const simplest = mapRoots(exact, works);
  if (works.length)
    steps.push({
      action: { type: 'radical_simplest', work: works.join(', \\quad ') },
      latex: `= ${toLatex(simplest)}`,
      state: { kind: 'none' },
    });
  const rationalised: string[] = [];
  const clean = rationalise(simplest, rationalised);
  if (rationalised.length)
    steps.push({
      action: { type: 'rationalize_denominator', work: rationalised.join(', \\quad ') },
      latex: `= ${toLatex(clean)}`,
      state: { kind: 'none' },
    });
  const result = value(exact).toExpr();
  if (toLatex(result) !== toLatex(clean) || steps.length === 0)
    steps.push({
      action: { type: 'radical_combine' },
      latex: `= ${toLatex(result)}`,
      state: { kind: 'expr', expr: result },
    });
  return {
    kind: 'radical_simplify',
    problemLatex: toLatex(expr),
    steps,
    outcome: 'value',
    answer: { latex: toLatex(result), values: [{ variable: '', value: toPlain(result) }] },
  };
}

/** Each sin, cos, tan of a special angle replaced by its exact value; others refused. */
function specialAngles(e: Expr, works: string[]): Expr {
  switch (e.type) {
    case 'call': {
      if (e.fn !== 'sin' && e.fn !== 'cos' && e.fn !== 'tan')
        return { ...e, arg: specialAngles(e.arg, works) };
      const degrees = angleInDegrees(e.arg);
      const value = degrees && specialValue(e.fn, degrees);
      if (!value)
        throw new UnsupportedProblemError(
          'not_supported',
          `${e.fn} of an angle outside the table of special angles`,
        );
      const exact = value.toExpr();
      const work = `${toLatex(e)} = ${toLatex(exact)}`;
      if (!works.includes(work)) works.push(work);
      // A sum stands in brackets where the function stood.
      return exact;
    }
    case 'bin':
      return { ...e, left: specialAngles(e.left, works), right: specialAngles(e.right, works) };
    case 'neg':
      return { ...e, arg: specialAngles(e.arg, works) };
    default:
      return e;
  }
}

/** Whether an expression of numbers has a square root that is not rational (√8, not √9). */
export function hasIrrationalRoot(e: Expr): boolean {
  if (e.type === 'call' && e.fn === 'sqrt') {
    try {
      const r = evaluateRational(e.arg);
      return RadicalSum.sqrt(r).hasRadical();
    } catch {
      return hasIrrationalRoot(e.arg);
    }
  }
  if (e.type === 'bin') return hasIrrationalRoot(e.left) || hasIrrationalRoot(e.right);
  if (e.type === 'neg' || e.type === 'call') return hasIrrationalRoot(e.arg);
  return false;
}

function value(e: Expr): RadicalSum {
  try {
    return evaluate(e, RadicalField, {});
  } catch (err) {
    throw new UnsupportedProblemError('not_supported', (err as Error).message);
  }
}

/** Every √n in simplest form; the changes written down (√50 = 5√2). */
function mapRoots(e: Expr, works: string[]): Expr {
  switch (e.type) {
    case 'call': {
      if (e.fn !== 'sqrt') return { ...e, arg: mapRoots(e.arg, works) };
      const root = value(e);
      const simple = root.toExpr();
      const written = toLatex(call('sqrt', e.arg));
      if (toLatex(simple) !== written && !works.some((w) => w.startsWith(`${written} =`)))
        works.push(`${written} = ${toLatex(simple)}`);
      // Inside a product or quotient the new form is bracketed by the printer as needed.
      return simple;
    }
    case 'bin':
      return { ...e, left: mapRoots(e.left, works), right: mapRoots(e.right, works) };
    case 'neg':
      return { ...e, arg: mapRoots(e.arg, works) };
    default:
      return e;
  }
}

/** Each quotient with a root in its denominator, multiplied through by what makes it rational. */
function rationalise(e: Expr, works: string[]): Expr {
  if (e.type === 'neg') return { ...e, arg: rationalise(e.arg, works) };
  if (e.type !== 'bin') return e;
  const inner = { ...e, left: rationalise(e.left, works), right: rationalise(e.right, works) };
  if (inner.op !== '/') return inner;
  const denominator = value(inner.right);
  if (!denominator.hasRadical()) return inner;
  // The conjugate as the student wrote the denominator: the second term's sign flipped
  // (√3 − 1 takes √3 + 1, 2 + √2 takes 2 − √2).
  const written = inner.right;
  const flipped =
    written.type === 'bin' && (written.op === '+' || written.op === '-')
      ? value({ ...written, op: written.op === '+' ? '-' : '+' })
      : null;
  const by =
    flipped && denominator.mul(flipped).rationalValue() ? flipped : denominator.conjugate();
  if (!by)
    throw new UnsupportedProblemError('not_supported', 'a denominator with several square roots');
  const top = value(inner.left).mul(by);
  const bottom = denominator.mul(by).rationalValue()!;
  if (bottom.isZero()) throw new UnsupportedProblemError('division_by_zero', 'division by zero');
  const result = top.scale(Rational.ONE.div(bottom)).toExpr();
  // Sums stand in brackets in a product; a number or a root does not: 3(2 − √2), √3 · √3.
  const factor = (x: Expr) =>
    x.type === 'bin' && (x.op === '+' || x.op === '-')
      ? `\\left(${toLatex(x)}\\right)`
      : toLatex(x);
  const times = (x: Expr) => {
    const [a, b] = [factor(x), factor(by.toExpr())];
    if (a === '1') return toLatex(by.toExpr());
    return a.startsWith('\\left') || b.startsWith('\\left') ? `${a}${b}` : `${a} \\cdot ${b}`;
  };
  works.push(
    `${toLatex(inner)} = \\frac{${times(inner.left)}}{${times(inner.right)}} = \\frac{${toLatex(top.toExpr())}}{${toLatex(num(bottom))}} = ${toLatex(result)}`,
  );
  return result;
}
