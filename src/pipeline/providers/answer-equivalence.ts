import { MathNode, evaluate, isFunctionNode, isSymbolNode, parse } from 'mathjs';
import { AnswerValue } from '../solver/solution';

/**
 * Whether two answer lists say the same thing, comparing values as math, not text:
 * "1/2" = "0.5", "2*x + 1" = "1 + 2x" (checked at sample points), "> 3" = ">3".
 */
export function sameAnswers(a: AnswerValue[], b: AnswerValue[]): boolean {
  if (a.length !== b.length) return false;
  const remaining = [...b];
  for (const x of a) {
    const i = remaining.findIndex(
      (y) => y.variable.trim() === x.variable.trim() && sameValue(x.value, y.value),
    );
    if (i < 0) return false;
    remaining.splice(i, 1);
  }
  return true;
}

const SAMPLES = [0.7, 1.3, 2.9];

/** Interval notation (product.md): "(-inf, 2) U [3, inf)", compared piece by piece. */
function sameSet(p: string, q: string): boolean {
  const pieces = (s: string) => s.split(/\s+U\s+/).map((x) => x.trim());
  const [a, b] = [pieces(p), pieces(q)];
  if (a.length !== b.length) return false;
  const interval = /^([[(])\s*(.+?)\s*,\s*(.+?)\s*([\])])$/;
  const sameEnd = (x: string, y: string) =>
    /inf$/.test(x) || /inf$/.test(y) ? x === y : sameValue(x, y);
  return a.every((x, i) => {
    const [m, n] = [interval.exec(x), interval.exec(b[i])];
    if (!m || !n) return false;
    return m[1] === n[1] && m[4] === n[4] && sameEnd(m[2], n[2]) && sameEnd(m[3], n[3]);
  });
}

function sameValue(p: string, q: string): boolean {
  // Antiderivatives "F + C": the same F, and both with their constant.
  const constant = /\s*\+\s*C\s*$/;
  if (constant.test(p) || constant.test(q))
    return (
      constant.test(p) &&
      constant.test(q) &&
      sameValue(p.replace(constant, ''), q.replace(constant, ''))
    );
  const isSet = (s: string) => /^[[(].*,.*[\])]$/.test(s.trim());
  if (isSet(p) || isSet(q)) return sameSet(p, q);
  const rel = /^\s*(<=|>=|<|>|≤|≥)\s*/;
  const rp = rel.exec(p)?.[1]?.replace('≤', '<=').replace('≥', '>=') ?? '';
  const rq = rel.exec(q)?.[1]?.replace('≤', '<=').replace('≥', '>=') ?? '';
  if (rp !== rq) return false;
  const ep = p.replace(rel, '');
  const eq = q.replace(rel, '');
  try {
    const names = [...new Set([...variablesOf(ep), ...variablesOf(eq)])];
    return SAMPLES.every((x) => {
      const scope = sampleScope(names, x);
      const [vp, vq] = [
        complexOf(evaluate(ep, { ...scope })),
        complexOf(evaluate(eq, { ...scope })),
      ];
      const size = Math.max(1, Math.hypot(vp.re, vp.im));
      return (
        Number.isFinite(size) &&
        Math.abs(vp.re - vq.re) <= 1e-9 * size &&
        Math.abs(vp.im - vq.im) <= 1e-9 * size
      );
    });
  } catch {
    return ep.replace(/\s+/g, '') === eq.replace(/\s+/g, '');
  }
}

/**
 * A value math.js computed, as a complex number: i is its imaginary unit, so 1.1 + 0.01i is
 * no real number (taken as one, it was NaN and never the same as itself). Anything else
 * (a unit, a matrix) is NaN.
 */
function complexOf(value: unknown): { re: number; im: number } {
  if (typeof value === 'number') return { re: value, im: 0 };
  const c = value as { re?: unknown; im?: unknown } | null;
  if (c && typeof c.re === 'number' && typeof c.im === 'number') return { re: c.re, im: c.im };
  return { re: NaN, im: NaN };
}

/** Names math.js knows as numbers, not unknowns. */
const CONSTANTS = new Set(['e', 'E', 'pi', 'PI', 'i', 'Infinity']);

/**
 * The unknowns an answer names. Every one gets a value: math.js reads a name it is not
 * given as a unit where one is so named (3*m as three metres, F^3 as farads cubed), and the
 * two sides, no numbers, were then never the same.
 */
function variablesOf(expression: string): string[] {
  return (
    parse(expression)
      // A function's name (sqrt in sqrt(x)) is no unknown.
      .filter(
        (_node: MathNode, path: string, parent: MathNode | null) =>
          !(isFunctionNode(parent) && path === 'fn'),
      )
      .filter(isSymbolNode)
      .map((node) => node.name)
      .filter((name) => !CONSTANTS.has(name))
  );
}

/**
 * Each unknown's value at sample x: x, y and b as before, each other its own. (t and a were
 * given x's value: a rival reading "x × a" then answered as "x × x" did.)
 */
function sampleScope(names: string[], x: number): Record<string, number> {
  const scope: Record<string, number> = { x, y: x + 0.5, b: x + 1 };
  names
    .filter((name) => !(name in scope))
    .sort()
    .forEach((name, i) => (scope[name] = x + 0.37 * (i + 1)));
  return scope;
}
