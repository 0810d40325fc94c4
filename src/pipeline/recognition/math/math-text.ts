import { MathNode } from './structure';
import { Sym } from './symbols';
import { Box, boxHeight, boxWidth, centerY } from './components';
import { digitReading, isDigit, isRelation } from './glyph-classes';
import { STARTS_TERM } from './operator-places';

/** A reading of a formula: LaTeX for the page, plain text for the solver. */
export interface FormulaReading {
  latex: string;
  text: string;
}

/** Labels to read differently from the classifier's first choice (for alternative readings). */
export type LabelOverrides = Map<Sym, string>;

const LATEX: Record<string, string> = {
  '×': '\\times ',
  '÷': '\\div ',
  '≤': '\\le ',
  '≥': '\\ge ',
  '±': '\\pm ',
  '≠': '\\ne ',
  bar: '-',
  '{': '\\{',
  '}': '\\}',
  prime: "'",
  comma: ',',
  dot: '.',
  point: '.',
  '·': '\\cdot ',
  stray: '',
};
const TEXT: Record<string, string> = {
  bar: '-',
  prime: "'",
  comma: ',',
  dot: '.',
  point: '.',
  '·': '*',
  stray: '',
};
const FUNCTIONS = ['sin', 'cos', 'tan', 'cot', 'ln', 'log', 'lg', 'exp'];

/**
 * In a function name, an l may come out as any upright stroke (1, |, [) in sans fonts, and
 * an i whose dot was lost as the same strokes: "s1n" is sin, never anything else.
 */
function sameLetter(label: string | null, letter: string): boolean {
  const strokes = ['1', '|', '[', 'l'];
  return label === letter || ((letter === 'l' || letter === 'i') && strokes.includes(label ?? ''));
}

function label(sym: Sym, overrides: LabelOverrides): string {
  return overrides.get(sym) ?? sym.label;
}

/** Plain letters and digits of a row, to spot function names (sin, cos, ln …). */
function rowLabels(row: MathNode[], overrides: LabelOverrides): (string | null)[] {
  return row.map((n) => (n.kind === 'sym' ? label(n.sym, overrides) : null));
}

export function readFormula(
  nodes: MathNode[],
  overrides: LabelOverrides = new Map(),
): FormulaReading {
  const latex: string[] = [];
  const text: string[] = [];
  const labels = rowLabels(nodes, overrides);
  for (let i = 0; i < nodes.length; i += 1) {
    const fn = FUNCTIONS.find((f) => [...f].every((c, k) => sameLetter(labels[i + k], c)));
    if (fn && !(i > 0 && /^[a-zA-Z]$/.test(labels[i - 1] ?? ''))) {
      latex.push(`\\${fn} `);
      text.push(` ${fn} `);
      i += fn.length - 1;
      continue;
    }
    const part = readNode(nodes[i], overrides, nodes[i - 1], nodes[i + 1]);
    latex.push(part.latex);
    text.push(part.text);
  }
  // Spaces are tidied; line breaks stay, as they separate a system's equations.
  const tidy = (s: string) =>
    s
      .replace(/\(\s+/g, '(')
      .replace(/\s+\)/g, ')')
      .replace(/[^\S\n]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
  return { latex: tidy(latex.join('')), text: tidy(text.join('')) };
}

function group(r: FormulaReading): FormulaReading {
  // Only a lone number or letter goes without brackets: e^3x would mean e³·x.
  return {
    latex: `{${r.latex}}`,
    text: /^(\d+(\.\d+)?|[a-zA-Z])$/.test(r.text) ? r.text : `(${r.text})`,
  };
}

function readNode(
  n: MathNode,
  overrides: LabelOverrides,
  before?: MathNode,
  after?: MathNode,
): FormulaReading {
  switch (n.kind) {
    case 'frac': {
      const num = readFormula(n.num, overrides);
      const den = readFormula(n.den, overrides);
      // As a student would type it: 5x/2, (x + 3)/4, 1/(2x).
      const top = /^[\w.]+$/.test(num.text) ? num.text : `(${num.text})`;
      const bottom = /^\d+(\.\d+)?$/.test(den.text) ? den.text : `(${den.text})`;
      // Fractions side by side are their product, (1/2)(1/4): "1/2 1/4" typed is no problem.
      const beside = [before, after].some((o) => o?.kind === 'frac' && apartFractions(n, o));
      const text = beside ? ` (${top}/${bottom}) ` : ` ${top}/${bottom} `;
      return { latex: `\\frac{${num.latex}}{${den.latex}}`, text };
    }
    case 'sqrt': {
      const body = readFormula(n.body, overrides);
      return { latex: `\\sqrt{${body.latex}}`, text: ` sqrt(${body.text}) ` };
    }
    case 'cases': {
      const rows = n.rows.map((r) => readFormula(r, overrides));
      return {
        latex: `\\begin{cases} ${rows.map((r) => r.latex).join(' \\\\ ')} \\end{cases}`,
        text: rows.map((r) => r.text).join('\n'),
      };
    }
    case 'script': {
      const base = readNode(n.base, overrides, before);
      const sup = group(readFormula(n.sup, overrides));
      return { latex: `${base.latex}^${sup.latex}`, text: `${base.text}^${sup.text}` };
    }
    case 'sym': {
      let l = label(n.sym, overrides);
      // A dot between glyphs on the baseline is a decimal point; raised to the middle, a
      // product — round, as a product dot is: a dash twice as wide as tall there is a short
      // minus (4√3 − 2 by hand read 4√3 · 2 at three times the size). Beside a fraction it
      // is as likely a piece its bar lost (½ ¼ ⅛, a JPEG's, made ½ · ¼ − ⅛ …).
      if (l === 'dot' && before && after && dotHeight(n.box, before.box, after.box) >= 0.5)
        l = shortMinus(n.box, before, after) ? 'bar' : '·';
      if (l === 'bar') return { latex: ' - ', text: ' - ' };
      if (/^[+=<>≤≥±≠×÷]$/.test(l)) return { latex: ` ${LATEX[l] ?? l} `, text: ` ${l} ` };
      return { latex: LATEX[l] ?? l, text: TEXT[l] ?? l };
    }
  }
}

/**
 * A dash twice as wide as tall between two glyphs, no fraction beside it, clear of the glyph
 * after it by a tenth of its height: against it, it is as likely that glyph's piece (a hand's
 * 1 whose flag a poor JPEG parted from it made 2.0 × 1.0 read 2.0 × −1.0).
 */
function shortMinus(dot: Box, before: MathNode, after: MathNode): boolean {
  return (
    boxWidth(dot) >= 2 * boxHeight(dot) &&
    before.kind !== 'frac' &&
    after.kind !== 'frac' &&
    after.box.x0 - dot.x1 - 1 >= 0.1 * boxHeight(after.box)
  );
}

/** Where a dot between two glyphs sits: 0 on their baseline, 1 at their middle. */
function dotHeight(dot: Box, before: Box, after: Box): number {
  const mid = (centerY(before) + centerY(after)) / 2;
  const low = Math.max(before.y1, after.y1);
  return (low - centerY(dot)) / Math.max(1, low - mid);
}

/**
 * Dots of a row that sit neither on the baseline nor at the middle (a hand's decimal point
 * written high, a product dot written low, a dot near the glyphs' tops), with the label of
 * the reading their position did not choose: "point" (a decimal point) or "·" (a product),
 * and whether it stands between digits. Such a dot is read both ways.
 */
export function ambiguousDots(
  nodes: MathNode[],
): { sym: Sym; other: string; betweenDigits: boolean }[] {
  const out: { sym: Sym; other: string; betweenDigits: boolean }[] = [];
  for (let i = 1; i + 1 < nodes.length; i += 1) {
    const n = nodes[i];
    if (n.kind !== 'sym' || n.sym.label !== 'dot') continue;
    const height = dotHeight(n.box, nodes[i - 1].box, nodes[i + 1].box);
    // Between two digits (or glyphs as likely digits: a 1 read |) a raised dot is as likely a
    // point written high as a product, which a school page writes ×: 1.6946961 with its point
    // at the digits' middle was answered as 1 · 6946961.
    const digits = [nodes[i - 1], nodes[i + 1]].every(
      (o) =>
        o.kind === 'sym' &&
        (isDigit(o.sym.label) || o.sym.alternatives.some((a) => isDigit(a.label) && a.p >= 0.2)),
    );
    // Nor does a product dot sit in the glyphs' upper quarter: there a dot is more likely a
    // piece of a glyph (a 5's flag come off it: "50" read 5 · 0) than any mark between them.
    if ((height >= 0.4 && height <= (digits ? 1.5 : 0.7)) || height > 1.5)
      out.push({ sym: n.sym, other: height >= 0.5 ? 'point' : '·', betweenDigits: digits });
  }
  return out;
}

/**
 * Dots of a row between two digits, short of the glyphs' upper quarter: by hand each is a
 * point, as a hand writes × between numbers (0.9 − 0.9 = 0, its points at the digits'
 * middle, was read 0 · 9 − 0 · 9 = 0).
 */
export function dotsBetweenDigits(nodes: MathNode[]): Sym[] {
  // Or a digit's look-alike (a hand's 9 read q): the line decides which.
  const digit = (o: MathNode) =>
    o.kind === 'sym' && (isDigit(o.sym.label) || digitReading(o.sym) !== undefined);
  return nodes.flatMap((n, i) =>
    n.kind === 'sym' &&
    n.sym.label === 'dot' &&
    i > 0 &&
    i + 1 < nodes.length &&
    digit(nodes[i - 1]) &&
    digit(nodes[i + 1]) &&
    dotHeight(n.box, nodes[i - 1].box, nodes[i + 1].box) <= 1.5
      ? [n.sym]
      : [],
  );
}

/**
 * The ambiguous dots that are points in every reading: a formula that writes its products
 * × sets no product dot between digits, so such a dot, however high, is its point (2.4 ×
 * 1.2 with the 4's point written at mid-height had made "2 · 4 × 1.2" a rival).
 */
export function pointsBesideTimes<T extends { betweenDigits: boolean }>(
  dots: T[],
  formula: Sym[],
): T[] {
  return formula.some((s) => s.label === '×') ? dots.filter((d) => d.betweenDigits) : [];
}

/**
 * The hand's points between two digits (`points`: dotsBetweenDigits) that are dashes half
 * again as wide as tall, up at the digits' middle: as likely a short minus as a point written
 * high (4 − 4, its minus 13 × 7 px, was read 4.4 and answered). Each is also read as a minus
 * (a rival).
 */
export function dashesBetweenDigits(nodes: MathNode[], points: ReadonlySet<Sym>): Sym[] {
  return nodes.flatMap((n, i) =>
    n.kind === 'sym' &&
    points.has(n.sym) &&
    dotHeight(n.box, nodes[i - 1].box, nodes[i + 1].box) >= 0.75 &&
    boxWidth(n.box) >= 1.5 * boxHeight(n.box)
      ? [n.sym]
      : [],
  );
}

/** The rows a node holds: a root's body, a fraction's two sides, an exponent, a brace's rows. */
function innerRows(n: MathNode): MathNode[][] {
  if (n.kind === 'sqrt') return [n.body];
  if (n.kind === 'frac') return [n.num, n.den];
  if (n.kind === 'script') return [n.sup, ...innerRows(n.base)];
  if (n.kind === 'cases') return n.rows;
  return [];
}

/** How far (a share of its height) a piece broken off the next glyph may lie from it. */
const STRAY_GAP = 0.05;

/** The columns of paper a piece broken off a glyph may leave between itself and the glyph. */
function pieceReach(glyph: Box): number {
  return Math.max(1, Math.round(STRAY_GAP * boxHeight(glyph)));
}

/**
 * Dots of a row that may be a piece broken off the glyph beside them rather than a point (a
 * hand's 5 whose bowl's end came off at the baseline: 775 read 77.5): stroke-shaped, twice as
 * wide as tall, and touching a neighbour's box (see nearNext), or a 2's foot tip
 * (footTipOfTwo). Such a dot is also read as nothing ("stray").
 */
export function strayDots(nodes: MathNode[]): Sym[] {
  // Under a root or long-division bracket too: the dividend 775 is read as each reading
  // reads its digits (longDivisionReading); and over or under a fraction's bar (7/675 read
  // 7/67.5) or up in an exponent.
  const out: Sym[] = nodes.flatMap((n) => innerRows(n).flatMap(strayDots));
  for (let i = 1; i + 1 < nodes.length; i += 1) {
    const n = nodes[i];
    if (n.kind !== 'sym' || n.sym.label !== 'dot') continue;
    const touches = (o: MathNode, gap = 1) =>
      o.box.x0 <= n.box.x1 + gap && o.box.x1 >= n.box.x0 - gap;
    // Or all but touching the glyph after it, where a 5's or 3's tail ends: the photo's blur
    // may leave a pixel or two of paper in the break (675 read 67.5, its 5's tail 9 × 4 px one
    // column clear of the 5's box). A point stands right after its digit, as near as that
    // (1.2 with its point a dash one column past the 1), so the glyph before must touch it.
    const next = nodes[i + 1];
    const nearNext = touches(next, pieceReach(next.box));
    const strokeShaped = boxWidth(n.box) >= 2 * boxHeight(n.box);
    if ((strokeShaped && (touches(nodes[i - 1]) || nearNext)) || footTipOfTwo(n, nodes[i - 1]))
      out.push(n.sym);
  }
  return out;
}

/**
 * A dot at a 2's foot, a pixel or two past its box, wider than tall by a third: the tip of
 * the 2's foot broken off as often as a point (a pen's point is round; 21 × 20, its 2's foot
 * tip 10 × 7 px one column clear, was answered as 21 × 2.0).
 */
function footTipOfTwo(dot: MathNode, two: MathNode): boolean {
  if (two.kind !== 'sym' || two.sym.label !== '2') return false;
  const h = boxHeight(two.box);
  return (
    dot.box.x0 - two.box.x1 <= 2 &&
    dot.box.x1 >= two.box.x0 &&
    boxWidth(dot.box) >= 1.3 * boxHeight(dot.box) &&
    dot.box.y1 >= two.box.y1 - 0.15 * h
  );
}

/**
 * Points of a line on its baseline that follow a digit and come before no digit or letter: no
 * number ends on its point, so each is a blot or a broken piece (a hand's 1 with a blot at
 * its foot: "1 + 4 + 6 + 4 + 1. = 16"), read as nothing in a further reading.
 */
export function pointsEndingNothing(line: Sym[]): Sym[] {
  return line.filter((s, i) => {
    const [before, after] = [line[i - 1], line[i + 1]];
    if (s.label !== 'dot' || !before || !isDigit(before.label)) return false;
    if (!after) return true;
    // On the baseline: a dot up at the middle is a product's, or no blot ("4·)" for a 1
    // misread 4 is a reading in trouble, not one to mend).
    return !/^[0-9a-z]$/.test(after.label) && dotHeight(s.box, before.box, after.box) < 0.4;
  });
}

/**
 * Dots where no product and no number can begin — first on a line or after an operator, a
 * relation or an opening bracket — against the glyph after them and small beside it: a piece
 * of that glyph (a 1's flag written as a stroke of its own, an x's arc broken off), read as
 * nothing in every reading. "+ ·1" and "(n + ·1)" are written by nobody; a point opens a
 * number (".5") only on the baseline before a digit, clear of it, and such a dot is left
 * alone — in print, touching the digit too (a small crop's point may touch). A hand's point
 * against the digit's foot is its piece (a 1's flag reaching down to it): a hand's number
 * opening on its point is doubted in any case (handWrittenOddities).
 */
export function dotsBeginningNothing(line: Sym[], byHand = false): Sym[] {
  return line.filter((s, i) => {
    const [before, after] = [line[i - 1], line[i + 1]];
    if (s.label !== 'dot' || !after) return false;
    if (before && !STARTS_TERM.has(before.label) && !isRelation(before.label)) return false;
    const h = boxHeight(after.box);
    const gap = after.box.x0 - s.box.x1 - 1;
    const piece =
      Math.max(boxWidth(s.box), boxHeight(s.box)) <= PIECE_SIZE * h && gap <= pieceReach(after.box);
    const onBaseline = centerY(s.box) >= after.box.y1 - 0.25 * h;
    const clear = gap >= 2 || !byHand;
    return piece && !(isDigit(after.label) && onBaseline && clear);
  });
}

/** The largest a glyph's broken-off piece is beside the glyph (a share of its height). */
const PIECE_SIZE = 0.35;

/** How a label is shown to the student: the classes bar, dot, comma and prime as their marks. */
export function displayLabel(label: string): string {
  return (
    (
      { bar: '−', dot: '.', point: '.', stray: '.', comma: ',', prime: '′' } as Record<
        string,
        string
      >
    )[label] ?? label
  );
}

/**
 * Two fractions whose bars stand clearly apart (a third of a glyph and more: a seventh of the
 * taller fraction's height), each one of its own. Bars nearer than that may be one bar the pen
 * broke, its halves read as two fractions ((12)/(34) as 1/3 beside 2/4): not a product.
 */
function apartFractions(a: MathNode & { kind: 'frac' }, b: MathNode & { kind: 'frac' }): boolean {
  const [left, right] = a.bar.box.x0 < b.bar.box.x0 ? [a, b] : [b, a];
  const gap = right.bar.box.x0 - left.bar.box.x1 - 1;
  return gap >= APART_FRACTIONS * Math.max(boxHeight(a.box), boxHeight(b.box));
}

const APART_FRACTIONS = 0.15;
