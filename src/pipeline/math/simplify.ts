import { Rational } from './rational';
import { Expr, buildSum, div, flattenSum, mul, negate, num } from './expr';
import { Polynomial } from './polynomial';
import { toLatex } from './print';

/**
 * Tidies expressions produced by differentiation: folds numbers, drops 0 and 1, merges
 * numeric and polynomial factors of a product (2·3x·cos x → 6x cos x), and collects a
 * sum's polynomial part and repeated terms. It never changes the value.
 */
export function simplify(e: Expr): Expr {
  const inner = simplifyChildren(e);
  const poly = tryPolynomial(inner);
  if (poly) return poly.toExpr();
  if (inner.type === 'bin' && (inner.op === '+' || inner.op === '-')) return simplifySum(inner);
  if (inner.type === 'bin' && (inner.op === '*' || inner.op === '/')) return simplifyProduct(inner);
  if (inner.type === 'neg') return negateTerm(inner.arg);
  if (inner.type === 'bin' && inner.op === '^') {
    if (inner.right.type === 'num' && inner.right.value.isOne()) return inner.left;
    if (inner.right.type === 'num' && inner.right.value.isZero()) return num(1);
  }
  return inner;
}

function simplifyChildren(e: Expr): Expr {
  if (e.type === 'bin') return { ...e, left: simplify(e.left), right: simplify(e.right) };
  if (e.type === 'neg' || e.type === 'call') return { ...e, arg: simplify(e.arg) };
  return e;
}

function tryPolynomial(e: Expr): Polynomial | null {
  try {
    return Polynomial.fromExpr(e);
  } catch {
    return null;
  }
}

function negateTerm(e: Expr): Expr {
  if (e.type === 'num') return num(e.value.neg());
  if (e.type === 'neg') return e.arg;
  const { coef, factors, denominators } = splitProduct(e);
  return buildProduct(coef.neg(), factors, denominators);
}

/** A product as coefficient × polynomial factors × other factors / denominators. */
function splitProduct(e: Expr): { coef: Rational; factors: Expr[]; denominators: Expr[] } {
  let coef = Rational.ONE;
  const factors: Expr[] = [];
  const denominators: Expr[] = [];
  const visit = (x: Expr, inverted: boolean) => {
    if (x.type === 'num') {
      coef = inverted ? coef.div(x.value) : coef.mul(x.value);
    } else if (x.type === 'neg') {
      coef = coef.neg();
      visit(x.arg, inverted);
    } else if (x.type === 'bin' && x.op === '*') {
      visit(x.left, inverted);
      visit(x.right, inverted);
    } else if (x.type === 'bin' && x.op === '/') {
      visit(x.left, inverted);
      visit(x.right, !inverted);
    } else {
      (inverted ? denominators : factors).push(x);
    }
  };
  visit(e, false);
  return { coef, factors, denominators };
}

function multiplyOut(coef: Rational, list: Expr[]): Expr {
  // Polynomial factors merge into one polynomial; the others stay as they are, after it.
  let poly = Polynomial.constant(coef);
  const others: Expr[] = [];
  for (const f of list) {
    const p = tryPolynomial(f);
    if (p) poly = poly.mul(p);
    else others.push(f);
  }
  if (poly.isZero()) return num(0);
  const c = poly.constantValue();
  const head = poly.toExpr();
  const multiTerm = flattenSum(head).length > 1;
  if (others.length === 0) return head;
  const rest = others.reduce((a, b) => mul(a, b));
  if (c && c.isOne()) return rest;
  if (c && c.equals(Rational.of(-1))) return negate(rest);
  if (!multiTerm && flattenSum(head)[0].sign < 0)
    return negate(mul(flattenSum(head)[0].term, rest));
  return mul(head, rest);
}

function buildProduct(coef: Rational, factors: Expr[], denominators: Expr[]): Expr {
  if (denominators.length === 0) return multiplyOut(coef, factors);
  const top = multiplyOut(coef, factors);
  // Denominators stay factored: (x - 1)^2 reads better than x^2 - 2x + 1.
  const bottom = denominators.reduce((a, b) => mul(a, b));
  if (top.type === 'num' && top.value.isZero()) return top;
  if (top.type === 'num' && top.value.sign() < 0) return negate(div(num(top.value.neg()), bottom));
  if (top.type === 'neg') return negate(div(top.arg, bottom));
  return div(top, bottom);
}

function simplifyProduct(e: Expr): Expr {
  const { coef, factors, denominators } = splitProduct(e);
  return buildProduct(coef, factors, denominators);
}

function simplifySum(e: Expr): Expr {
  let poly = Polynomial.constant(0);
  let polyIndex = -1;
  const groups: { key: string; coef: Rational; factors: Expr[]; denominators: Expr[] }[] = [];
  const order: ('poly' | number)[] = [];
  for (const { sign, term } of flattenSum(e)) {
    const p = tryPolynomial(term);
    if (p) {
      poly = poly.add(sign < 0 ? p.scale(Rational.of(-1)) : p);
      if (polyIndex < 0) {
        polyIndex = order.length;
        order.push('poly');
      }
      continue;
    }
    const { coef, factors, denominators } = splitProduct(term);
    const rest = buildProduct(Rational.ONE, factors, denominators);
    const key = toLatex(rest);
    const signed = sign < 0 ? coef.neg() : coef;
    const g = groups.find((x) => x.key === key);
    if (g) g.coef = g.coef.add(signed);
    else {
      order.push(groups.length);
      groups.push({ key, coef: signed, factors, denominators });
    }
  }
  const terms: { sign: 1 | -1; term: Expr }[] = [];
  for (const slot of order) {
    if (slot === 'poly') {
      if (!poly.isZero()) terms.push(...flattenSum(poly.toExpr()));
    } else {
      const g = groups[slot];
      if (g.coef.isZero()) continue;
      const t = buildProduct(g.coef.abs(), g.factors, g.denominators);
      terms.push({ sign: g.coef.sign() < 0 ? -1 : 1, term: t });
    }
  }
  return terms.length ? buildSum(terms) : num(0);
}
