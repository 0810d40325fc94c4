import { PipelineError } from '../../errors';
import { RecognizedSymbol, numberAlone } from '../recognizer';
import { boxHeight } from './components';
import { GlyphModel } from './glyph-model';
import { isDigit, lookAlikes, shapeAsRead, surelyAGlyph } from './glyph-classes';
import { digitsFarApart } from './digit-spacing';
import { digitsTheCopiesRead } from './copies-rivals';
import {
  LabelOverrides,
  ambiguousDots,
  displayLabel,
  pointsBesideTimes,
  pointsEndingNothing,
  dotsBeginningNothing,
  readFormula,
  strayDots,
  dashesBetweenDigits,
  dotsBetweenDigits,
} from './math-text';
import { columnLineSets, linesApart } from './page-lines';
import {
  columnExpression,
  columnRowBelow,
  ruleUnderLines,
  columnRows,
  readRowsAsNumbers,
} from './column-arithmetic';
import {
  bracketAfterTrivialDivisor,
  bracketOverNonNumber,
  longDivisionReading,
} from './long-division';
import { parseRegion, unexplainedStack } from './structure';
import { leaves, rowsOfASystem, termGroups } from './math-nodes';
import { Sym, blobClassifier } from './symbols';
import { withHiddenBar } from './hidden-bar';
import {
  operandsAmongOperators,
  productsAloneBetweenBrackets,
  productsBetweenBrackets,
  plusesReadAsT,
  relationsDrawnAsTwo,
} from './operator-places';
import { LOW_SCRIPT_T, tsBeforeLowDigits } from './plus-or-t';
import {
  UNSURE,
  MAX_READINGS,
  alternativeReadings,
  barsAsOnes,
  steadyShapes,
  symbolAsRead,
} from './symbol-swaps';
import { glyphModel } from './shipped-models';

/**
 * A formula's readings by one classifier (formulaReadings): its symbols laid out as rows, the
 * page refused where the layout explains nothing, and the first reading with the swaps of its
 * unsure symbols (symbol-swaps.ts) as further readings for the solver to judge.
 */
export interface FormulaReading {
  latex: string;
  text: string;
  symbols: RecognizedSymbol[];
  layout?: 'column' | 'long-division';
  /** Reads a glyph of a small letter's size beside full-size digits as that letter. */
  bySize?: boolean;
}

/** Small letters a hand writes as a digit is written: z and 2, o and 0, s and 5. */
const SMALL_LETTERS = new Set(['z', 'o', 's']);

/**
 * A glyph that may be a small letter or the digit it looks like (z or 2), standing on the
 * baseline of a surely read digit beside it at no more than three quarters of its height:
 * the letter's size. A reading of it as the letter is a real rival of a reading as the digit,
 * however rare the letter (18z was answered 182: z 0.64, 2 0.36, the z 29 px beside an 8 of 43).
 */
export function letterSizedBesideDigit(s: Sym, ...beside: (Sym | undefined)[]): boolean {
  const letter = [s.label, ...s.alternatives.map((a) => a.label)].find((l) => SMALL_LETTERS.has(l));
  if (!letter || !s.alternatives.some((a) => lookAlikes(a.label, letter) && isDigit(a.label)))
    return false;
  const h = boxHeight(s.box);
  return beside.some(
    (d) =>
      d !== undefined &&
      isDigit(d.label) &&
      surelyAGlyph(d) &&
      h <= 0.75 * boxHeight(d.box) &&
      Math.abs(s.box.y1 - d.box.y1) <= 0.25 * boxHeight(d.box),
  );
}

/** The other classifier's readings, none when it cannot make sense of the layout. */
export function secondReadings(math: Sym[], model: GlyphModel): FormulaReading[] {
  try {
    return formulaReadings(math, model);
  } catch (e) {
    if (e instanceof PipelineError) return [];
    throw e;
  }
}

/**
 * The formula's readings by one classifier: its own first, then swaps of unsure symbols.
 * Throws when symbols stand one above another with nothing to explain it (unexplainedStack).
 */
export function formulaReadings(math: Sym[], model: GlyphModel): FormulaReading[] {
  let layout = layOut(math, model);
  // A hand's fraction bar run into the digit under or over it leaves the two stacked with
  // nothing between: the bar is cut out of that blob and the formula laid out again.
  const classify = blobClassifier(model);
  const byHand = model !== glyphModel();
  for (let tries = 0; layout.stack && tries < 3; tries += 1) {
    const repaired = withHiddenBar(math, layout.stack, classify);
    if (!repaired) break;
    math = repaired;
    layout = layOut(math, model);
  }
  const { rows, column, stack } = layout;
  if (stack) {
    // Lines written close together (a student's working under a printed problem) pass for
    // one line whose symbols stand over each other: each line is read on its own, top
    // first; two that both solve, differently, make the photo doubted (rivalReading).
    // Read apart, a line must be a problem of its own: not a bare number (a column's top
    // row, the rows under it misread, was answered as itself: 2800 over + 3808 gave 2800),
    // not a scrap of two glyphs; and a line below that opens with +, × or ± (a plus run
    // into the rule under it), or is a minus and digits only, is a column's last row, so the
    // lines are a column misread, not a problem and its working (2767 over − 1837, its 7
    // read 3 and its bar a point, was answered 23 · 67; its minus and rule made an "=").
    const lines = linesApart(math) ?? [];
    const columnBelow = lines.slice(1).some(columnRowBelow) || ruleUnderLines(lines, math);
    const apart = columnBelow
      ? []
      : lines
          .flatMap((line) => secondReadings(line, model))
          .filter((r) => !numberAlone(r.text) && r.symbols.length >= 3);
    if (apart.length) return apart;
    const [upper, lower] = stack
      .sort((a, b) => a.box.y0 - b.box.y0)
      .map((n) =>
        leaves([n])
          .map((s) => displayLabel(s.label))
          .join(''),
      );
    throw new PipelineError(
      'NO_PROBLEM_FOUND',
      `"${upper}" is written over "${lower}", but no fraction bar, root or exponent was read there`,
    );
  }
  // Lines read one per equation where a line under the first can only be a column's lower
  // row: a column misread ("9484" over "− 9459", its 4 read "l +", was solved as the
  // equation 9l + 84 = 9459, its minus and rule an "=").
  if (!column && layout.lines.slice(1).some(columnRowBelow))
    throw new PipelineError(
      'NO_PROBLEM_FOUND',
      'the lines look like column arithmetic, but the column could not be read',
    );
  // Lines read together are a system (rowsOfASystem), or part of the formula was misread.
  if (!column && !rowsOfASystem(rows))
    throw new PipelineError(
      'NO_PROBLEM_FOUND',
      'the formula falls into lines that are not all equations: part of it may be misread',
    );
  if (rows.length === 1 && bracketOverNonNumber(rows[0]))
    throw new PipelineError(
      'NO_PROBLEM_FOUND',
      'a long-division bracket stands over something that was not read as a number',
    );
  if (rows.length === 1 && bracketAfterTrivialDivisor(rows[0]))
    throw new PipelineError(
      'NO_PROBLEM_FOUND',
      'a long-division bracket after a divisor of 0 or 1: part of the divisor may be unread',
    );
  const apart = rows.map((row) => digitsFarApart(row, !byHand)).find(Boolean);
  if (apart)
    throw new PipelineError(
      'NO_PROBLEM_FOUND',
      `"${apart[0]}" and "${apart[1]}" stand apart with nothing read between them`,
    );
  const symbols = leaves(rows.flat());
  // The lines a symbol's neighbours are read on: each row, numerator, denominator, root, power.
  const groups = column ? [] : rows.flatMap(termGroups);
  // What the line settles, in every reading: the × and / that stand where no operator can
  // are x and 1, on the line or at either end of a numerator, denominator, root or power
  // ("4×" over 3 is 4x/3); an x between brackets with no other x about is ×; a dot between
  // digits beside × is a point; a z or 2 between a letter and a number is a ≥ or ≤.
  const dots = rows.flatMap(ambiguousDots);
  const points = pointsBesideTimes(dots, symbols);
  const handPoints = byHand ? rows.flatMap(dotsBetweenDigits) : [];
  const settled = new Map([
    ...handPoints.map((s) => [s, 'point'] as const),
    ...groups.flatMap((group) => operandsAmongOperators(group)),
    ...productsAloneBetweenBrackets(groups, symbols).map((s) => [s, '×'] as const),
    ...points.map((d) => [d.sym, 'point'] as const),
    ...(column ? [] : rows.flatMap(relationsDrawnAsTwo)),
    ...(column ? [] : rows.flatMap(plusesReadAsT)),
    ...groups
      .flatMap((group) => dotsBeginningNothing(group, byHand))
      .map((s) => [s, 'stray'] as const),
  ]);
  const starts = barsAsOnes(rows).map((bars) => new Map([...settled, ...bars]));
  // Each symbol's perturbed copies as read, filled as `steady` is asked about it.
  const copies = new Map<Sym, Sym[] | null>();
  const steady = steadyShapes(classify, copies);
  const shapeOf = (s: Sym) => steady(s, s.label, shapeAsRead(s.label, s.confidence, s));
  // A hand's symbol read surely whose perturbed copies doubt it is as unsure as one read
  // unsurely. (Print's glyphs are not: its swaps cost typeset and column pages right answers.)
  const unsteady = new Set(
    byHand ? symbols.filter((s) => s.confidence >= UNSURE && shapeOf(s) < UNSURE) : [],
  );
  const overrides = alternativeReadings(symbols, starts, {
    byHand,
    inColumn: column !== null,
    unsteady,
  });
  // A dot whose height says neither point nor product is read both ways (the second a rival),
  // in the first two readings: the first may be one no problem is (a 1 read "["), and the
  // point must also rival the reading that is solved.
  const firstTwo = overrides.slice(0, 2);
  for (const { sym, other } of dots.filter((d) => !points.includes(d)).slice(0, 2))
    for (const reading of firstTwo) overrides.push(new Map(reading).set(sym, other));
  // An x between brackets on a line that writes × is also read × (a rival), against every
  // reading so far: whichever of them is solved must meet its product twin.
  const products = groups.flatMap(productsBetweenBrackets);
  for (const reading of products.length ? [...overrides] : [])
    overrides.push(new Map([...reading, ...products.slice(0, 2).map((s) => [s, '×'] as const)]));
  // A dot that may be a broken glyph's piece is also read as nothing (the second a rival),
  // in every reading so far: the one solved may be any of them (21 × 20, its 2's foot tip
  // read as a point, was solved as the eighth reading, 21 × 2.0, its rival only the first's).
  const soFar = overrides.slice(0, MAX_READINGS);
  for (const sym of rows.flatMap(strayDots).slice(0, 2))
    for (const reading of soFar) overrides.push(new Map(reading).set(sym, 'stray'));
  // A hand's digit its perturbed copies doubt is also read as the digits they read (rivals,
  // against the first readings): a 5 whose flag stood apart, read 3 (0.82) and 5 (0.02), was
  // read s and 5 by its copies, and answered as a 3 (in the first four readings: the one
  // solved, 23.3 + 1/2 x, was the third).
  const firstFour = overrides.slice(0, 4);
  for (const [sym, label] of byHand ? digitsTheCopiesRead(symbols, copies, shapeOf, UNSURE) : [])
    for (const reading of firstFour) overrides.push(new Map(reading).set(sym, label));
  // A hand's point that may be a short minus is also read as one (a rival).
  const hands = new Set(handPoints);
  for (const sym of rows.flatMap((row) => dashesBetweenDigits(row, hands)).slice(0, 2))
    overrides.push(new Map(overrides[0]).set(sym, 'bar'));
  // Points that end no number are read as nothing, all together, in a further reading of
  // each so far: one that made another dot a glyph's piece too (1/24 with the 2's foot tip
  // and the 4's bar end broken off) must meet the reading that keeps a point (1/2.4).
  const ending = new Set(groups.flatMap(pointsEndingNothing));
  for (const reading of ending.size ? overrides.slice(0, MAX_READINGS) : [])
    overrides.push(new Map([...reading, ...[...ending].map((s) => [s, 'stray'] as const)]));
  const letterSized = symbols.filter((s, i) =>
    letterSizedBesideDigit(s, symbols[i - 1], symbols[i + 1]),
  );
  // A hand's t before a digit set barely high is a guess as a t (not as the + it may be).
  const lowScripts = byHand ? tsBeforeLowDigits(symbols) : new Set<Sym>();
  const asRead = (s: Sym, overrides: LabelOverrides): RecognizedSymbol => {
    const read = symbolAsRead(s, overrides, settled, steady);
    const asT = lowScripts.has(s) && (overrides.get(s) ?? s.label) === 't';
    return asT ? { ...read, shape: Math.min(read.shape ?? 1, LOW_SCRIPT_T) } : read;
  };
  const readings = overrides.map((overrides): FormulaReading => {
    const lines = rows.map((r) => readFormula(r, overrides));
    return {
      ...(letterSized.some((s) => SMALL_LETTERS.has(overrides.get(s) ?? s.label))
        ? { bySize: true }
        : {}),
      ...(column
        ? columnExpression(lines)
        : {
            latex: lines.map((l) => l.latex).join(' \\\\ '),
            text: lines.map((l) => l.text).join('\n'),
          }),
      symbols: symbols.map((s) => asRead(s, overrides)),
      ...(column ? { layout: 'column' as const } : {}),
    };
  });
  // The division as each reading reads its digits: a swap is as much the division's rival
  // (4528 ÷ 8, its 5 read 3 at 0.64 and s at 0.33, was answered as 4328 ÷ 8).
  const divisions = (rows.length === 1 ? overrides : []).flatMap((reading) => {
    const division = longDivisionReading(rows[0], reading);
    return division
      ? [
          {
            ...division,
            symbols: symbols.map((s) => symbolAsRead(s, reading, settled, steady)),
            layout: 'long-division' as const,
          },
        ]
      : [];
  });
  return [...readings, ...divisions];
}

/** The formula's rows as 2-D structure, and two symbols stacked with nothing between, if any. */
function layOut(math: Sym[], model: GlyphModel) {
  // One line per equation when a system is written without a brace; column arithmetic
  // (numbers stacked over a rule) is one expression written over several lines.
  const lineSets = columnLineSets(math);
  const [bands] = lineSets;
  const column = lineSets.map((lines) => columnRows(lines, math)).find(Boolean) ?? null;
  if (column) readRowsAsNumbers(column);
  const lines = column ?? bands;
  const rows = lines.map((line) => parseRegion(line, model.metrics));
  return { lines, rows, column, stack: rows.map(unexplainedStack).find(Boolean) ?? null };
}
