import { MathNode } from './structure';
import { Sym } from './symbols';

/** A line's symbols (leaves), then each numerator's, denominator's, root's and power's own. */
export function termGroups(nodes: MathNode[]): Sym[][] {
  const inner = nodes.flatMap((n): MathNode[][] => {
    switch (n.kind) {
      case 'frac':
        return [n.num, n.den];
      case 'sqrt':
        return [n.body];
      case 'cases':
        return n.rows;
      case 'script':
        return [[n.base], n.sup];
      default:
        return [];
    }
  });
  return [leaves(nodes), ...inner.flatMap(termGroups)];
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
