import { Box, Component } from '../../src/pipeline/recognition/math/components';
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

/** The symbol of a reading whose box starts at column `x0` (a rule's output, found again). */
export function symbolFrom(read: Sym[], x0: number): Sym {
  return read.find((s) => s.box.x0 === x0)!;
}

/** A blob filling `box` wholly. */
export function filledPart(box: Box): Component {
  const area = (box.x1 - box.x0 + 1) * (box.y1 - box.y0 + 1);
  return { id: 0, box, area, mask: new Uint8Array(area).fill(1) };
}

/** A symbol read at 0.95 as `label`: a blob filling its box from (x0, y0) to (x1, y1). */
export function filledSymbol(label: string, x0: number, y0: number, x1: number, y1: number): Sym {
  return {
    label,
    box: { x0, y0, x1, y1 },
    confidence: 0.95,
    alternatives: [{ label, p: 0.95 }],
    parts: [filledPart({ x0, y0, x1, y1 })],
  };
}

/**
 * A fraction bar drawn sloping from column 0 to `width` − 1: its middle row runs straight
 * from `from` to `to`, `half` px of ink either side of it; its box spans every row it crosses.
 */
export function slopingBar(width: number, from: number, to: number, half: number): Sym {
  const y0 = Math.min(from, to) - half;
  const h = Math.max(from, to) + half - y0 + 1;
  const mask = new Uint8Array(width * h);
  const row = (x: number) => from + ((to - from) * x) / (width - 1) - y0;
  for (let x = 0; x < width; x += 1)
    for (let y = 0; y < h; y += 1) mask[y * width + x] = Math.abs(y - row(x)) <= half ? 1 : 0;
  const box = { x0: 0, y0, x1: width - 1, y1: y0 + h - 1 };
  const area = mask.reduce((a, v) => a + v, 0);
  return { ...symbolAt('bar', box), parts: [{ id: 1, box, area, mask }] };
}
