import { Box, boxHeight, boxWidth, unionBox } from './components';
import { splitBands } from './lines';
import { isDigit, isRelation, surelyAGlyph } from './glyph-classes';
import { columnRows, runTogether } from './column-arithmetic';
import { displayLabel } from './math-text';
import { Sym, typicalHeight } from './symbols';

/**
 * Which lines of a page are its prompt and which its formula, and which lines of symbols
 * count as lines at all (specks and paper grain do not): a line of prose over the formula,
 * prose before a colon, column arithmetic's rows, and the numbers no reading may leave out.
 */
export interface PromptAndMath {
  /** The prompt's boxes, for the prose reader. */
  promptBoxes: Box[];
  /**
   * Numbers the formula leaves out, read surely: a line in the prompt's place (5426 over
   * "− 443" whose rule and alignment were lost), a digit in a row left out as dust (the "− 9"
   * under 985, its minus smaller than a digit). No prompt and no formula we know, so the
   * photo is doubted — the formula without them would be answered as if they were not there.
   */
  numberLines: string[];
}

/**
 * Prompt prose ends at a colon ("解方程组：", "Solve:") or is a line of its own above the
 * formula; everything else is math.
 */
export function splitPrompt(syms: Sym[]): PromptAndMath & { math: Sym[] } {
  const lineSets = columnLineSets(syms);
  const [bands] = lineSets;
  // Column arithmetic: its upper rows hold no relation but are math, not prose; any lines
  // above it are the prompt, and its rule belongs to it.
  for (const lines of lineSets) {
    for (let first = 0; first < lines.length; first += 1) {
      if (!columnRows(lines.slice(first), syms)) continue;
      const prose = lines.slice(0, first);
      return {
        promptBoxes: prose.map((band) => unionBox(band.map((s) => s.box))),
        numberLines: prose.filter(writtenNumber).map(numberText),
        math: syms.filter((s) => !prose.some((band) => band.includes(s))),
      };
    }
  }
  const promptBoxes: Box[] = [];
  const numberLines: string[] = [];
  const math: Sym[] = [];
  bands.forEach((band, i) => {
    const colon = band.find(
      (s) =>
        s.label === ':' &&
        !band.some((o) => o !== s && o.box.x0 <= s.box.x1 && o.box.x1 >= s.box.x0),
    );
    if (colon) {
      const prose = band.filter((s) => s.box.x1 < colon.box.x0);
      if (prose.length) promptBoxes.push(unionBox([...prose, colon].map((s) => s.box)));
      math.push(...band.filter((s) => s.box.x0 > colon.box.x1));
      return;
    }
    const isLast = i === bands.length - 1;
    if (!isLast && !band.some((s) => isRelation(s.label))) {
      promptBoxes.push(unionBox(band.map((s) => s.box)));
      if (writtenNumber(band)) numberLines.push(numberText(band));
      return;
    }
    math.push(...band);
  });
  return { promptBoxes, numberLines: [...numberLines, ...digitsLeftOut(syms, bands)], math };
}

/**
 * The ways a page's symbols may fall into column arithmetic's rows: its lines as a formula's
 * (substantialBands, first); split at any gap (a hand stacks its rows closer than lines of
 * text are spaced); and with rows of one digit, whose operator prints smaller ("− 9" under
 * 985 is no line of dust).
 */
export function columnLineSets(syms: Sym[]): Sym[][][] {
  const glyphs = glyphCounter(syms);
  return [
    substantialBands(syms),
    substantialBands(syms, 0),
    splitBands(syms).filter((band) => glyphs(band) >= 1),
  ];
}

/** Digits of full height, read surely, in none of the bands the formula is read from. */
function digitsLeftOut(syms: Sym[], bands: Sym[][]): string[] {
  const typical = usualHeight(syms);
  return syms
    .filter(
      (s) =>
        isDigit(s.label) &&
        surelyAGlyph(s) &&
        tallerThanSpecks(s, typical) &&
        !bands.some((band) => band.includes(s)),
    )
    .map((s) => s.label);
}

/** A line of digits (an operator and points among them, perhaps), every digit read surely. */
function writtenNumber(band: Sym[]): boolean {
  return band.filter((s) => isDigit(s.label)).every(surelyAGlyph) && numberLine(numberText(band));
}

/**
 * Whether a line's text is a number (operators, points and currency signs among its digits,
 * perhaps: $634.88 over − $119.93), and not a problem's own number ("12." over the formula,
 * which says nothing of the math).
 */
export function numberLine(text: string): boolean {
  return (
    /\d\D*\d/.test(text) &&
    /^[\d\s.,+\-−×÷$¥￥€£]+$/.test(text) &&
    !/^\s*\d{1,2}\s*[.、]\s*$/.test(text)
  );
}

function numberText(band: Sym[]): string {
  return [...band]
    .sort((a, b) => a.box.x0 - b.box.x0)
    .map((s) => displayLabel(s.label))
    .join('');
}

/**
 * The formula's lines, split at any gap, when it falls into lines of its own: two or more
 * with two glyphs at least, no glyph alone on a line of its own (a fraction whose bar was
 * not read is a numerator over a lone denominator: read apart, the numerator would be
 * answered as the problem), and no blob three glyphs wide that the classifier hardly knows
 * and that is no bar (a fraction's bar run into its denominator's brackets, read m at 0.02:
 * (n + 3)n over it, out of focus, was answered as fn + 3n). Null otherwise.
 */
export function linesApart(math: Sym[]): Sym[][] | null {
  const glyphs = glyphCounter(math);
  const bands = splitBands(math, 0);
  const lines = bands.filter((band) => glyphs(band) >= 2);
  const typical = usualHeight(math);
  const unread = (s: Sym) =>
    s.label !== 'bar' && boxWidth(s.box) >= 3 * typical && s.confidence < UNREAD_SPAN;
  return lines.length >= 2 && bands.every((band) => glyphs(band) !== 1) && !math.some(unread)
    ? lines
    : null;
}

/** Below this belief a blob three glyphs wide is no glyph of a line (linesApart). */
const UNREAD_SPAN = 0.3;

/** Bands of the page, without those made of specks (dust, paper grain): two real glyphs at least. */
export function substantialBands(syms: Sym[], gap?: number): Sym[][] {
  const glyphs = glyphCounter(syms);
  // Glyphs run into one blob count as two: a column's lower row written in one stroke
  // ("− 2022" under 4585) is no dust, and 4585 alone was answered.
  const typical = usualHeight(syms);
  const count = (band: Sym[]) => glyphs(band) + band.filter((s) => runTogether(s, typical)).length;
  const bands = splitBands(syms, gap);
  const substantial = bands.filter((band) => count(band) >= 2);
  if (substantial.length) return substantial;
  // Nothing else written: a short formula's glyphs of one height are no reference for specks
  // ("3m", "y − z", "−7": the small letter or the minus is under 0.6 of the tall glyph).
  const seen = (s: Sym) => Math.max(boxHeight(s.box), boxWidth(s.box)) >= 0.3 * typical;
  return bands.filter((band) => glyphs(band) >= 1 && band.filter(seen).length >= 2);
}

/**
 * Counts a band's glyphs: its symbols taller than specks (0.6 of the symbols' usual height),
 * and beside one such glyph the operators before or after it, which print smaller (the row
 * "× 9" under 985 in column multiplication was dust, and 985 alone answered). A radical's
 * sign is left out of the usual height: it stands taller than what it holds, and in −√3 the
 * 3 under it, the only other glyph, then counted as a speck (no formula found).
 */
function glyphCounter(syms: Sym[]): (band: Sym[]) => number {
  const typical = usualHeight(syms);
  return (band) => {
    const tall = band.filter((s) => tallerThanSpecks(s, typical)).length;
    const operators = band.filter(
      (s) =>
        OPERATORS.has(s.label) &&
        s.confidence >= 0.6 &&
        Math.max(boxHeight(s.box), boxWidth(s.box)) > 0.3 * typical &&
        !tallerThanSpecks(s, typical),
    ).length;
    return tall + (tall > 0 ? operators : 0);
  };
}

/** The symbols' usual height, a radical's sign left out (glyphCounter says why). */
function usualHeight(syms: Sym[]): number {
  return typicalHeight(syms.filter((s) => s.label !== '√'));
}

/** Whether a symbol is taller than specks: 0.6 of the symbols' usual height. */
function tallerThanSpecks(s: Sym, typical: number): boolean {
  return boxHeight(s.box) > 0.6 * typical;
}

/** Not the minus: a hand's leading minus stands high beside a numerator (−1 over 160). */
const OPERATORS = new Set(['+', '×', '÷']);
