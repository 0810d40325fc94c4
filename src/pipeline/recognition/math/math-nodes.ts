import { MathNode, innerRows } from './structure';
import { Sym } from './symbols';

/** A line's symbols (leaves), then each numerator's, denominator's, root's and power's own. */
export function termGroups(nodes: MathNode[]): Sym[][] {
  return [leaves(nodes), ...nodes.flatMap(innerRows).flatMap(termGroups)];
}

/** A layout's symbols left to right, a fraction's numerator, bar and denominator in turn. */
export function leaves(nodes: MathNode[]): Sym[] {
  return nodes.flatMap((n): Sym[] => {
    switch (n.kind) {
      case 'sym':
        return [n.sym];
      case 'frac':
        return [...leaves(n.num), n.bar, ...leaves(n.den)];
      case 'sqrt':
        return [n.sign, ...leaves(n.body)];
      case 'cases':
        return [n.brace, ...n.rows.flatMap(leaves)];
      case 'script':
        return [...leaves([n.base]), ...leaves(n.sup)];
    }
  });
}
