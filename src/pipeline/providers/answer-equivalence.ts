import { evaluate } from 'mathjs';
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

export function sameValue(p: string, q: string): boolean {
  const rel = /^\s*(<=|>=|<|>|≤|≥)\s*/;
  const rp = rel.exec(p)?.[1]?.replace('≤', '<=').replace('≥', '>=') ?? '';
  const rq = rel.exec(q)?.[1]?.replace('≤', '<=').replace('≥', '>=') ?? '';
  if (rp !== rq) return false;
  const ep = p.replace(rel, '');
  const eq = q.replace(rel, '');
  try {
    return SAMPLES.every((x) => {
      const scope = { x, y: x + 0.5, t: x, a: x, b: x + 1 };
      const vp = Number(evaluate(ep, { ...scope }));
      const vq = Number(evaluate(eq, { ...scope }));
      return Number.isFinite(vp) && Math.abs(vp - vq) <= 1e-9 * Math.max(1, Math.abs(vp));
    });
  } catch {
    return ep.replace(/\s+/g, '') === eq.replace(/\s+/g, '');
  }
}
