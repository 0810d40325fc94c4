import {
  CROHME_FILE,
  CROHME_HELD_OUT_SETS,
  InkExpression,
  readInkExpressions,
} from '../scripts/lib/crohme-glyphs';
import { PrimaryLayout } from './primary-layouts';

/**
 * Primary school's written layouts (竖式, the long-division bracket) written by hand: each
 * digit and operator is one the CROHME 2014/2016 test writers drew (never trained on), all
 * of a problem's from one writer, placed as a student sets them — right-aligned in columns,
 * the operator before the last row, a ruled line under it (drawn by hand, wavering), or the
 * bracket's arc and overline. Coordinates are CROHME's: a digit 100 units tall.
 */
export interface HandBank {
  writers: Map<string, Map<string, number[][][]>>;
  /** Every held-out writer's drawings, for a symbol one writer never drew (×). */
  any: Map<string, number[][][]>;
}

const WANTED = new Set([...'0123456789', '+', '-', '\\times']);

/** The held-out writers' drawings of digits and operators, each moved to its box's origin. */
export function loadHandBank(): HandBank {
  const writers = new Map<string, Map<string, number[][][]>>();
  const any = new Map<string, number[][][]>();
  for (const e of readInkExpressions(CROHME_FILE)) {
    if (!CROHME_HELD_OUT_SETS.includes(e.set)) continue;
    const writer = e.id.replace(/_\d+[a-z]?$/, '');
    for (const s of e.symbols) {
      if (!WANTED.has(s.l)) continue;
      const drawing = atOrigin(s.s.map((k) => e.strokes[k]).filter((k) => k && k.length >= 2));
      if (!drawing) continue;
      const own = writers.get(writer) ?? new Map<string, number[][][]>();
      writers.set(writer, own);
      for (const bank of [own, any]) bank.set(s.l, [...(bank.get(s.l) ?? []), drawing]);
    }
  }
  return { writers, any };
}

/** The box of strokes given as flat x,y lists; null for no points. */
function extent(strokes: number[][]) {
  const xs = strokes.flatMap((s) => s.filter((_, i) => i % 2 === 0));
  const ys = strokes.flatMap((s) => s.filter((_, i) => i % 2 === 1));
  if (xs.length === 0) return null;
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

/** Strokes moved so their box starts at (0, 0); null for an empty drawing. */
function atOrigin(strokes: number[][]): number[][] | null {
  const box = extent(strokes);
  if (!box) return null;
  return strokes.map((s) => s.map((v, i) => (i % 2 === 0 ? v - box.x0 : v - box.y0)));
}

/** A drawing's width and height (at its origin: its far corner), at least 1. */
const bounds = (strokes: number[][]) => {
  const box = extent(strokes);
  return { w: box?.x1 || 1, h: box?.y1 || 1 };
};

/** Digit slot width and row pitch, in units of a digit's 100. */
const SLOT = 78;
const ROW = 150;

/**
 * The layout as one writer's pen strokes (an InkExpression without symbol labels), or null
 * when no writer drew every glyph it needs.
 */
export function handwrittenLayout(
  p: PrimaryLayout,
  bank: HandBank,
  rand: () => number,
): InkExpression | null {
  const glyphs = new Set([...p.numbers.join('').replace(/\D/g, '')]);
  const op = { '+': '+', '−': '-', '×': '\\times', '÷': '' }[p.op];
  const candidates = [...bank.writers.values()].filter((w) =>
    [...glyphs, ...(op === '-' || op === '+' ? [op] : [])].every((g) => w.has(g)),
  );
  if (candidates.length === 0) return null;
  const writer = candidates[Math.floor(rand() * candidates.length)];
  const drawingOf = (label: string) => {
    const own = writer.get(label) ?? bank.any.get(label) ?? [];
    return own[Math.floor(rand() * own.length)];
  };
  const strokes: number[][] = [];
  // A glyph scaled to `size` units high (a minus: wide), bottom-centred at (cx, baseline),
  // with the small wobble of a hand's placing.
  const place = (label: string, cx: number, baseline: number, size: number) => {
    const d = drawingOf(label);
    if (!d) return;
    const { w, h } = bounds(d);
    const scale = (label === '-' ? size / w : size / h) * (0.92 + 0.16 * rand());
    const [dx, dy] = [(rand() - 0.5) * 12, (rand() - 0.5) * 10];
    const left = cx - (w * scale) / 2 + dx;
    const top = baseline - h * scale + dy;
    for (const s of d)
      strokes.push(s.map((v, i) => (i % 2 === 0 ? left + v * scale : top + v * scale)));
  };
  const line = (x0: number, x1: number, y: number) => {
    const points: number[] = [];
    const tilt = (rand() - 0.5) * 8;
    for (let k = 0; k <= 12; k += 1) {
      const t = k / 12;
      points.push(x0 + t * (x1 - x0), y + tilt * t + (rand() - 0.5) * 3);
    }
    strokes.push(points);
  };
  const point = (cx: number, baseline: number) =>
    strokes.push([cx - 3, baseline - 4, cx + 3, baseline - 2, cx, baseline]);
  /** A number's digits right-aligned to `right` (its point in a slot of its own). */
  const number = (n: string, right: number, baseline: number, places: number) => {
    const [whole, part = ''] = n.split('.');
    const pointX = right - places * SLOT - (places ? 18 : 0);
    [...part].forEach((d, i) => place(d, pointX + 18 + (i + 0.5) * SLOT, baseline, 100));
    if (part) point(pointX, baseline);
    [...whole].forEach((d, i) => place(d, pointX - (whole.length - i - 0.5) * SLOT, baseline, 100));
  };
  if (p.op === '÷') {
    const [dividend, divisor] = p.numbers;
    const base = 130;
    number(divisor, divisor.length * SLOT, base, 0);
    const bracket = divisor.length * SLOT + 20;
    const [top, bottom] = [base - 125, base + 20];
    const arc: number[] = [];
    for (let k = 0; k <= 10; k += 1) {
      const t = k / 10;
      arc.push(bracket + 28 * Math.sin(Math.PI * t), top + t * (bottom - top));
    }
    strokes.push(arc);
    const start = bracket + 40;
    line(bracket, start + dividend.length * SLOT + 20, top);
    number(dividend, start + dividend.length * SLOT, base, 0);
  } else {
    const places = Math.max(...p.numbers.map((n) => n.split('.')[1]?.length ?? 0));
    const longest = Math.max(...p.numbers.map((n) => n.split('.')[0].length));
    const right = (longest + 1.5) * SLOT + (places ? places * SLOT + 18 : 0);
    p.numbers.forEach((n, row) => number(n, right, 100 + row * ROW, places));
    const last = 100 + (p.numbers.length - 1) * ROW;
    place(op, SLOT * 0.5, last - (op === '-' ? 45 : 15), op === '-' ? 55 : 62);
    line(-10, right + 15, last + 35);
  }
  return { id: `layout ${p.text}`, set: 'synthetic', strokes, symbols: [] };
}
