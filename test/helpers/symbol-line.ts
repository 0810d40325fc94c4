import { Box } from '../../src/pipeline/recognition/math/components';
import { Sym } from '../../src/pipeline/recognition/math/symbols';

/** A line of symbols from their labels, one a column 30 px apart (for rules on their order). */
export function symbolLine(...labels: string[]): Sym[] {
  return labels.map((label, i) => ({
    label,
    box: { x0: i * 30, y0: 0, x1: i * 30 + 20, y1: 40 },
    confidence: 1,
    alternatives: [{ label, p: 1 }],
    parts: [],
  }));
}

/** A symbol read surely (0.99) as `label`, standing in `box`, with no blob behind it. */
export function symbolAt(label: string, box: Box): Sym {
  return { label, box, confidence: 0.99, alternatives: [{ label, p: 0.99 }], parts: [] };
}
