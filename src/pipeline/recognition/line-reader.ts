import { Line } from 'tesseract.js';
import {
  Box,
  GrayImage,
  classifyOperator,
  findExponentZones,
  glyphBoxes,
  splitSwallowed,
  uncoveredComponents,
} from './glyph-check';

/** One symbol of a line as we rebuild it: the engine's reading, corrected from the ink. */
interface Token {
  text: string;
  box: Box;
  /** An exponent, written after its base as ^text. */
  raised?: boolean;
  /** Starts a new word (a space before it). */
  wordStart?: boolean;
  /** Which of the engine's words it came from; inserted tokens inherit their neighbour's. */
  word: number;
}

/** One line being rebuilt: its tokens and the measures every correction pass uses. */
interface LineScan {
  line: Line;
  tokens: Token[];
  gray: GrayImage;
  /** Median symbol height: the unit for "tall", "raised", "flat". */
  typical: number;
  /** Smallest ink blob that counts as a glyph. */
  minArea: number;
}

/** A box grown upward and downward by shares of the typical glyph height. */
function around(box: Box, typical: number, up: number, down: number): Box {
  return {
    x0: box.x0,
    y0: Math.max(0, box.y0 - Math.round(up * typical)),
    x1: box.x1,
    y1: box.y1 + Math.round(down * typical),
  };
}

export interface LineContext {
  png: Buffer;
  gray: GrayImage;
  readGlyph(png: Buffer, box: Box, glyphCount?: number, chars?: string): Promise<string>;
}

const OPERATOR_LOOKALIKES = /^[+=\-—~<>÷≤≥]$/u;
/** Marks a line whose exponent could not be read: the problem must fail, not change. */
export const UNREADABLE = '\u2047';

/**
 * Rebuilds a line of printed math from the engine's symbols, correcting what a text OCR
 * gets wrong in math: exponents (found from ink and read on their own), operators that look
 * alike (÷ + =, ≥ =, − =), and glyphs swallowed into a neighbour's box (-4, 4.5, 3(x).
 */
export async function readMathLine(line: Line, ctx: LineContext): Promise<string> {
  const tokens: Token[] = line.words.flatMap((w, word) =>
    w.symbols.map((s, i) => ({ text: s.text, box: { ...s.bbox }, wordStart: i === 0, word })),
  );
  if (tokens.length === 0) return '';
  const heights = tokens.map((t) => t.box.y1 - t.box.y0).sort((a, b) => a - b);
  const typical = heights[Math.floor(heights.length / 2)];
  const minArea = Math.max(12, Math.round(typical * typical * 0.04));

  const scan: LineScan = { line, tokens, gray: ctx.gray, typical, minArea };
  dropDuplicateReadings(scan);
  resegmentDegenerateWords(scan);
  splitSwallowedGlyphs(scan);
  await attachExponents(scan, ctx);
  recoverUncovered(scan);
  verifyOperators(scan);
  return render(tokens);
}

/**
 * Operators are judged on their whole ink glyph (the dots and bar of ÷ merged by column),
 * not on the engine's box, which may hold only the bar of a ÷ and so look like a minus.
 */
function verifyOperators(scan: LineScan): void {
  const { line, tokens, gray, typical, minArea } = scan;
  const glyphs = glyphBoxes(gray, around(line.bbox, typical, 0.3, 0.2), minArea);
  for (const t of tokens) {
    if (t.raised || !OPERATOR_LOOKALIKES.test(t.text)) continue;
    // The ink glyph must be this symbol alone, not merged with a tight neighbour such as "(".
    const tokenWidth = t.box.x1 - t.box.x0 + 1;
    const glyph = glyphs.find(
      (g) =>
        containsCentre(g, t.box) && g.x1 - g.x0 + 1 <= Math.max(1.3 * tokenWidth, 0.8 * typical),
    );
    t.text = classifyOperator(gray, glyph ?? t.box, t.text) ?? t.text;
  }
}

function render(tokens: Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.raised) out += t.text.length === 1 ? `^${t.text}` : `^(${t.text})`;
    else out += (t.wordStart && out ? ' ' : '') + t.text;
  }
  return out;
}

/** The engine sometimes reads one glyph twice ("X" then "x" on the same ink): keep one. */
function dropDuplicateReadings({ tokens }: LineScan): void {
  for (let i = tokens.length - 1; i > 0; i -= 1) {
    const [a, b] = [tokens[i - 1], tokens[i]];
    const sameInk =
      overlapRatio(a.box, b.box) > 0.5 ||
      containsCentre(a.box, b.box) ||
      containsCentre(b.box, a.box);
    if (a.text.toLowerCase() === b.text.toLowerCase() && /^[a-z]$/i.test(a.text) && sameInk)
      tokens.splice(i, 1);
  }
}

/** Where the engine's boxes for a word disagree with its ink, use the ink's boxes. */
function resegmentDegenerateWords(scan: LineScan): void {
  const { line, tokens, gray, typical, minArea } = scan;
  for (const [index, word] of line.words.entries()) {
    const mine = tokens.filter((t) => t.word === index);
    const glyphs = glyphBoxes(gray, around(word.bbox, typical, 0.3, 0.2), minArea);
    if (glyphs.length !== mine.length) continue;
    const agreement =
      mine.reduce((a, t, i) => a + overlapRatio(t.box, glyphs[i]), 0) / glyphs.length;
    if (agreement < 0.6) mine.forEach((t, i) => (t.box = glyphs[i]));
  }
}

/** A minus bar, decimal point or bracket hidden inside a neighbour's box is put back. */
function splitSwallowedGlyphs(scan: LineScan): void {
  const { tokens, gray, typical, minArea } = scan;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    // A box far wider than a glyph (half a line) is the engine's confusion, not a glyph.
    if (!/^[A-Za-z0-9)]$/.test(t.text) || t.box.x1 - t.box.x0 > 1.6 * typical) continue;
    const split = splitSwallowed(gray, t.box, minArea);
    if (!split) continue;
    const before: Token[] = [];
    const after: Token[] = [];
    const made = (text: string): Token => ({ text, box: { ...split.main }, word: t.word });
    if (split.minusBefore) before.push(made('-'));
    if (split.bracketBefore) before.push(made(split.bracketBefore));
    if (split.bracketAfter) after.push(made(split.bracketAfter));
    if (split.pointAfter && /^\d$/.test(t.text)) after.push(made('.'));
    if (before.length === 0 && after.length === 0) continue;
    if (before.length && t.wordStart) {
      before[0].wordStart = true;
      t.wordStart = false;
    }
    t.box = { ...split.main };
    tokens.splice(i, 1, ...before, t, ...after);
    i += before.length + after.length;
  }
}

/** Exponents come from the ink (findExponentZones) and are read as a unit; the engine's guesses inside them are dropped. */
async function attachExponents(scan: LineScan, ctx: LineContext): Promise<void> {
  const { line, tokens, typical, minArea } = scan;
  const zones = findExponentZones(ctx.gray, line.bbox, typical, minArea);
  for (const zone of zones) {
    const reading = await ctx.readGlyph(ctx.png, zone.box, zone.glyphCount);
    const inside = (b: Box) => {
      const cx = (b.x0 + b.x1) / 2;
      const cy = (b.y0 + b.y1) / 2;
      return (
        cx >= zone.box.x0 - 2 &&
        cx <= zone.box.x1 + 2 &&
        cy >= zone.box.y0 - 2 &&
        cy <= zone.box.y1 + 2
      );
    };
    const baseIndex = findBaseToken(tokens, zone.base);
    if (baseIndex < 0) continue;
    // The base's box may have swallowed the exponent: shrink it to the base glyph.
    tokens[baseIndex].box = { ...zone.base };
    for (let j = tokens.length - 1; j >= 0; j -= 1)
      if (j !== baseIndex && inside(tokens[j].box)) tokens.splice(j, 1);
    const at = findBaseToken(tokens, zone.base);
    tokens.splice(at + 1, 0, {
      text: reading || UNREADABLE,
      box: { ...zone.box },
      raised: true,
      word: tokens[at].word,
    });
  }
}

/** The token standing for a glyph: the one whose box best overlaps it. */
function findBaseToken(tokens: Token[], glyph: Box): number {
  let best = -1;
  let bestScore = 0;
  tokens.forEach((t, i) => {
    if (t.raised) return;
    const score = overlapRatio(t.box, glyph) + (containsCentre(t.box, glyph) ? 0.5 : 0);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

function containsCentre(outer: Box, inner: Box): boolean {
  const cx = (inner.x0 + inner.x1) / 2;
  const cy = (inner.y0 + inner.y1) / 2;
  return cx >= outer.x0 && cx <= outer.x1 && cy >= outer.y0 && cy <= outer.y1;
}

/** Ink no token covers: a flat bar between operands is a minus, a dot between digits a point. */
function recoverUncovered(scan: LineScan): void {
  const { line, tokens, gray, typical, minArea } = scan;
  const missed = uncoveredComponents(
    gray,
    tokens.map((t) => t.box),
    Math.max(4, Math.round(minArea / 8)),
  );
  for (const c of missed) {
    if (c.box.y1 < line.bbox.y0 - typical * 0.6 || c.box.y0 > line.bbox.y1) continue;
    const beforeIndex = tokens.reduce(
      (best, t, i) =>
        !t.raised && t.box.x1 <= c.box.x0 + 2 && (best < 0 || t.box.x1 > tokens[best].box.x1)
          ? i
          : best,
      -1,
    );
    if (beforeIndex < 0) continue;
    const before = tokens[beforeIndex];
    const after = tokens.slice(beforeIndex + 1).find((t) => !t.raised);
    const h = before.box.y1 - before.box.y0;
    const w = c.box.x1 - c.box.x0 + 1;
    const ch = c.box.y1 - c.box.y0 + 1;
    let text = '';
    if (
      after &&
      /^\d$/.test(before.text) &&
      /^\d$/.test(after.text) &&
      ch < 0.25 * h &&
      w < 0.25 * h &&
      c.box.y1 >= before.box.y1 - 0.15 * h
    )
      text = '.';
    // A bar is a minus only between operands: next to ≤ or = it is a piece of that sign.
    const operands =
      /^[A-Za-z0-9)]$/.test(before.text) && !!after && /^[A-Za-z0-9(]$/.test(after.text);
    if (
      operands &&
      ch < 0.3 * w &&
      w > 0.3 * h &&
      c.box.y0 > before.box.y0 + 0.25 * h &&
      c.box.y1 < before.box.y1 - 0.2 * h
    )
      text = '-';
    if (text) tokens.splice(beforeIndex + 1, 0, { text, box: { ...c.box }, word: before.word });
  }
}

/** Intersection over union of two boxes. */
function overlapRatio(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  if (w <= 0 || h <= 0) return 0;
  const area = (x: Box) => (x.x1 - x.x0) * (x.y1 - x.y0);
  return (w * h) / (area(a) + area(b) - w * h);
}
