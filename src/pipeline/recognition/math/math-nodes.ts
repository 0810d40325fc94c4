import { MathNode, innerRows } from './structure';
import { Sym } from './symbols';
import { isRelation } from './glyph-classes';

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

/**
 * Whether rows read together make a system: one row, or each an equation or inequality. A row
 * with no relation beside another is a formula whose structure was lost (a denominator run
 * into its bar, read as a radical under the numerator: 44467 over √3, out of focus, was
 * answered as their product).
 */
export function rowsOfASystem(rows: MathNode[][]): boolean {
  return rows.length < 2 || rows.every((row) => leaves(row).some((s) => isRelation(s.label)));
}
