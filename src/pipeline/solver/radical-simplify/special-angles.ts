import { Expr, variablesOf } from '../../math/expr';
import { Polynomial } from '../../math/polynomial';
import { Rational } from '../../math/rational';
import { RadicalSum } from './radical-sum';

/**
 * An angle in degrees, when the expression is one: 30°, or a rational multiple of π
 * (π/6, 2π/3) read as 180° × that multiple. Null otherwise.
 */
export function angleInDegrees(e: Expr): Rational | null {
  if (e.type === 'num' && e.style === 'degree') return e.value;
  if (variablesOf(e).size) return null;
  // k·π as a polynomial in the letter π: a constant term would not be an angle of the table.
  const withPi = replacePi(e);
  if (!withPi) return null;
  try {
    const p = Polynomial.fromExpr(withPi);
    if (p.degree('π') !== 1 || !p.coefficient('π', 0).isZero()) return null;
    return p.coefficient('π', 1).mul(Rational.of(180));
  } catch {
    return null;
  }
}

function replacePi(e: Expr): Expr | null {
  switch (e.type) {
    case 'const':
      return e.name === 'pi' ? { type: 'var', name: 'π' } : null;
    case 'num':
      return e.style === 'degree' ? null : e;
    case 'neg': {
      const arg = replacePi(e.arg);
      return arg && { ...e, arg };
    }
    case 'bin': {
      const [l, r] = [replacePi(e.left), replacePi(e.right)];
      return l && r && { ...e, left: l, right: r };
    }
    default:
      return null;
  }
}

const half = Rational.of(1, 2);
/** sin of the first-quadrant angles of the table. */
const SIN: Record<number, () => RadicalSum> = {
  0: () => RadicalSum.rational(Rational.ZERO),
  30: () => RadicalSum.rational(half),
  45: () => RadicalSum.sqrt(Rational.of(2)).scale(half),
  60: () => RadicalSum.sqrt(Rational.of(3)).scale(half),
  90: () => RadicalSum.rational(Rational.ONE),
};

/** sin, cos or tan of a multiple of 30° or 45°, exactly; null for any other angle. */
export function specialValue(fn: string, degrees: Rational): RadicalSum | null {
  if (!degrees.isInteger()) return null;
  const d = Number(((degrees.num % 360n) + 360n) % 360n);
  const sin = sineOf(d);
  const cos = sineOf((d + 90) % 360);
  if (!sin || !cos) return null;
  if (fn === 'sin') return sin;
  if (fn === 'cos') return cos;
  if (fn === 'tan') return cos.rationalValue()?.isZero() ? null : sin.div(cos);
  return null;
}

/** sin d for d in [0, 360): the first-quadrant value, with the quadrant's sign. */
function sineOf(d: number): RadicalSum | null {
  const reference = d <= 90 ? d : d <= 180 ? 180 - d : d <= 270 ? d - 180 : 360 - d;
  const value = SIN[reference]?.();
  if (!value) return null;
  return d > 180 ? value.neg() : value;
}
