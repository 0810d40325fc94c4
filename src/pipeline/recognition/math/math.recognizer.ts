import { PipelineError } from '../../errors';
import { ProblemRecognizer, Recognition, RecognizedSymbol, numberAlone } from '../recognizer';
import { Box, Component, boxHeight, centerX, centerY } from './components';
import { GlyphModel, GlyphModelData } from './glyph-model';
import {
  UNLIKELY_LETTERS,
  isDigit,
  isRelation,
  letterPrior,
  lookAlikes,
  readingPrior,
  shapeAsRead,
  surelyAGlyph,
} from './glyph-classes';
import shippedModel from './glyph-model.json';
import { withoutCurrencySigns } from './currency';
import { digitsFarApart } from './digit-spacing';
import shippedHandwritingModel from './glyph-model.handwriting.json';
import shippedCapitalModel from './capital-model.json';
import { withCapitalsRead } from './capitals';
import { digitsTheCopiesRead } from './copies-rivals';
import { withStemmedTwosDoubted } from './stemmed-two';
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
import {
  PromptAndMath,
  columnLineSets,
  linesApart,
  numberLine,
  splitPrompt,
  substantialBands,
} from './page-lines';
import {
  columnExpression,
  columnRowBelow,
  otherDigits,
  ruleUnderLines,
  columnRows,
  readRowsAsNumbers,
} from './column-arithmetic';
import {
  bracketAfterTrivialDivisor,
  bracketOverNonNumber,
  longDivisionReading,
} from './long-division';
import { preparePage } from './page-prep';
import { ProseReader } from './prose-reader';
import { likelyPrompts, understoodPrompt } from './prompt-words';
import { MathNode, parseRegion, unexplainedStack } from './structure';
import { leaves, rowsOfASystem, termGroups } from './math-nodes';
import { Sym, blobClassifier, classifyBlobs, groupSymbols, probabilityOf } from './symbols';
import { withHiddenBar } from './hidden-bar';
import { onesAmongBars } from './bar-pairs';
import {
  operandsAmongOperators,
  productsAloneBetweenBrackets,
  productsBetweenBrackets,
  plusesReadAsT,
  relationsDrawnAsTwo,
} from './operator-places';
import { withSpeckDots } from './specks';
import { withRaisedDashesDoubted } from './raised-dash';
import { withFlagDashesDoubted } from './flag-dash';
import { LOW_SCRIPT_T, tsBeforeLowDigits } from './plus-or-t';
import { perturbedBlobs } from './steady-shapes';
import { straightStroke } from './straight-stroke';

/** A symbol below this probability is offered to the solver with its runner-up readings. */
const UNSURE = 0.85;
const MAX_READINGS = 12;
/** The least probability at which a look-alike (or an unlikely letter's runner-up) is offered. */
const LOOK_ALIKE_FLOOR = 0.003;

/**
 * Mean symbol probability at which the print classifier's reading of a page stands (its
 * accuracy on fonts it never saw is ~97 %; handwriting read by it averages far lower).
 */
const PRINT_SURE = 0.95;
/** How many of the other hand's readings follow the page's own (see recognize). */
const OTHER_HAND_READINGS = 2;

let sharedModel: GlyphModel | undefined;
let sharedHandwritingModel: GlyphModel | undefined;

/** The shipped print classifier, built once (imported, so every build carries the JSON along). */
export function glyphModel(): GlyphModel {
  sharedModel ??= new GlyphModel(shippedModel as GlyphModelData);
  return sharedModel;
}

/** The classifier trained on print and real handwriting together (model card in the README). */
export function handwritingGlyphModel(): GlyphModel {
  sharedHandwritingModel ??= new GlyphModel(shippedHandwritingModel as GlyphModelData);
  return sharedHandwritingModel;
}

let sharedCapitalModel: GlyphModel | undefined;

/** The capital network (capital-classes.ts), built once. */
export function capitalGlyphModel(): GlyphModel {
  sharedCapitalModel ??= new GlyphModel(shippedCapitalModel as GlyphModelData);
  return sharedCapitalModel;
}

/**
 * Typeset and photographed math: blobs → classified glyphs → symbols → 2-D structure →
 * LaTeX and solver text. The prompt prose left of the colon (or on its own line above) is
 * read by tesseract. Readings that swap unsure symbols for their runner-up are offered as
 * further candidates, for the solver to judge.
 */
export class MathRecognizer implements ProblemRecognizer {
  private readonly prose = new ProseReader();

  async recognize(image: Buffer): Promise<Recognition> {
    const page = await preparePage(image, glyphModel());
    const { promptBoxes, numberLines, own, secondOpinion } = classifyPage(
      page.components,
      page.specks,
      page.faintSpecks,
    );
    if (own === null) throw new PipelineError('NO_PROBLEM_FOUND', 'the image has no ink');
    const { math } = own;
    const prompts: string[] = [];
    let proseConfidence = 1;
    for (const box of promptBoxes) {
      const read = await this.prose.read(page.gray, box);
      if (read.text) prompts.push(read.text.replace(/[:：]\s*$/, ''));
      proseConfidence = Math.min(proseConfidence, read.confidence);
    }
    if (math.length === 0) throw new PipelineError('NO_PROBLEM_FOUND', 'no formula found');
    const prompt = prompts.join(' ').trim();
    // A "prompt" that is a number is none (PromptAndMath.numberLines), whichever reader says so.
    const numbersAbove = [...numberLines, ...prompts.filter(numberLine)];
    const readings = formulaReadings(math, own.model);
    const otherReadings =
      secondOpinion && secondOpinion.math.length
        ? secondReadings(secondOpinion.math, secondOpinion.model).slice(0, OTHER_HAND_READINGS)
        : [];
    const withPrompt = (word: string, r: FormulaReading) => ({
      ...r,
      text: word ? `${word}: ${r.text}` : r.text,
    });
    const all = [
      ...readings.map((r) => withPrompt(prompt, r)),
      // The prompt may be misread: the nearest prompt words, then the formula alone (which
      // still says what to do in most cases).
      ...likelyPrompts(prompt).flatMap((word) =>
        readings.slice(0, 2).map((r) => withPrompt(word, r)),
      ),
      ...(prompt ? readings.slice(0, 2) : []),
    ];
    const winners = dedupe(all);
    const unique = dedupe([...winners, ...otherReadings.map((r) => withPrompt(prompt, r))]);
    const symbols = readings[0].symbols;
    const confidence = Math.min(
      proseConfidence,
      symbols.reduce((a, s) => a + s.confidence, 0) / Math.max(1, symbols.length),
    );
    const script = own.model === glyphModel() ? 'print' : 'handwriting';
    return {
      engine: 'dogmath-math',
      candidates: unique.map((c) => c.text),
      doubtOnlyFrom: winners.length,
      script,
      ...(script === 'handwriting' && prompt && !understoodPrompt(prompt)
        ? { unreadPrompt: prompt }
        : numbersAbove.length
          ? { unreadPrompt: numbersAbove[0] }
          : {}),
      details: unique.map(({ latex, symbols: read, layout, bySize }) => ({
        latex,
        symbols: read,
        ...(layout ? { layout } : {}),
        ...(unlikelyLetters(read) > unlikelyLetters(readings[0].symbols) && !bySize
          ? { weak: true }
          : {}),
      })),
      confidence,
      rawText: unique[0].text,
    };
  }

  /** Loads the classifier and the prompt reader's models, so the first photo is not slow. */
  async warmUp(): Promise<void> {
    glyphModel();
    handwritingGlyphModel();
    capitalGlyphModel();
    await this.prose.warmUp();
  }

  close(): Promise<void> {
    return this.prose.close();
  }
}

interface ClassifiedMath {
  model: GlyphModel;
  /** The formula's symbols as this classifier reads them (the prompt left out). */
  math: Sym[];
}

/**
 * Print and handwriting are read by two classifiers. Where the prose ends and the math begins
 * is print's call, whichever reads the math: read as handwriting, a Chinese character falls
 * apart into "symbols" that include relations, and a line of prose would pass for a formula.
 * Print reads the formula if it is sure of it. Otherwise the formula goes to whichever
 * classifier is surer (the handwriting one is surer of nearly everything, having seen more
 * shapes), and the other's best readings are a second opinion: a page both read as valid
 * problems with different answers is doubted (rivalReading), not guessed. Only the formula
 * counts: a Chinese prompt, unknown to both, says nothing about the math's hand.
 */
function classifyPage(
  components: Component[],
  specks: Component[],
  faint: Component[],
): PromptAndMath & {
  own: ClassifiedMath | null;
  secondOpinion: ClassifiedMath | null;
} {
  const printedSyms = withoutCurrencySigns(groupSymbols(classifyBlobs(components, glyphModel())));
  if (printedSyms.length === 0)
    return { promptBoxes: [], numberLines: [], own: null, secondOpinion: null };
  const { promptBoxes, numberLines, math: printedMath } = splitPrompt(printedSyms);
  const math = withSpeckDots(printedMath, specks, faint);
  const printed = { model: glyphModel(), math };
  const printSureness = sureness(math);
  // Print sure of a line nobody writes has misread a hand: the other classifier reads it.
  const amiss = relationsAmiss(math);
  if (math.length === 0 || (printSureness >= Math.log(PRINT_SURE) && !amiss))
    return { promptBoxes, numberLines, own: printed, secondOpinion: null };
  const hand = handwritingGlyphModel();
  // Lines of specks are dust for this reading too, as they were for print's.
  const read = withSpeckDots(
    substantialBands(groupSymbols(classifyBlobs(components, hand)))
      .flat()
      .filter((s) => !insideAny(s.box, promptBoxes)),
    specks,
    faint,
    true,
  );
  // A hand's shapes no reading can be sure of, each doubted in turn, then its capitals read.
  const doubted = HAND_DOUBTS.reduce((syms, doubt) => doubt(syms), read);
  const written = { model: hand, math: withCapitalsRead(doubted, capitalGlyphModel()) };
  return printSureness >= sureness(written.math) && !amiss
    ? { promptBoxes, numberLines, own: printed, secondOpinion: written }
    : { promptBoxes, numberLines, own: written, secondOpinion: printed };
}

/** The doubt rules a hand's reading passes through, in order (each: symbols in, symbols out). */
const HAND_DOUBTS = [withRaisedDashesDoubted, withFlagDashesDoubted, withStemmedTwosDoubted];

/** Whether a symbol's centre lies in one of the boxes. */
function insideAny(box: Box, boxes: Box[]): boolean {
  const x = centerX(box);
  const y = centerY(box);
  return boxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
}

function dedupe<T extends { text: string }>(all: T[]): T[] {
  return all.filter((c, i) => all.findIndex((o) => o.text === c.text) === i);
}

interface FormulaReading {
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
function secondReadings(math: Sym[], model: GlyphModel): FormulaReading[] {
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
function formulaReadings(math: Sym[], model: GlyphModel): FormulaReading[] {
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

/**
 * The other labels an unsure symbol is offered with, likeliest first, each with the
 * log-odds a reading gains by it (unlikely letters counting against): its two runners-up,
 * and any look-alike of the first choice however unlikely the classifier finds it — which
 * of one shape a hand meant (9 or q) is the context's call. An unlikely letter's runners-up
 * are offered however unlikely too, so they may cast doubt: a hand's sideways 8 read z
 * (0.91; 2 at 0.02) also reads as 3, and "8cm" is refused, not answered as 2cm. By hand, a
 * runner-up's look-alikes are offered so too: a hand's 5 read 3 at 0.64, s 0.33 (5 at 0.02)
 * made 4528 ÷ 8 read 4328 ÷ 8, its 5 never offered. (Print's runners-up are its fonts'
 * look-alikes: a 9's o offered as 0 doubted 499 × 2 and three more printed columns.)
 * A column's digit is offered as other digits only (otherDigits), its two likeliest: a
 * letter makes no column, and letters took the swaps a digit needed (965 read 969, its 9
 * 0.67 and 3 0.05).
 */
function swapsOf(s: Sym, byHand: boolean, inColumn: boolean): { label: string; gain: number }[] {
  // Letters only: the absolute-value bar's runners-up ({, ]) would doubt every |x − 2|.
  const rare = letterPrior(s.label) < 0;
  const others = inColumn && isDigit(s.label) ? otherDigits(s, byHand) : s.alternatives.slice(1);
  const runnersUp = byHand ? others.slice(0, 2).filter((alt) => alt.p >= 0.03) : [];
  return others
    .filter((alt, k) =>
      lookAlikes(alt.label, s.label) ||
      (rare && k < 2) ||
      runnersUp.some((r) => lookAlikes(alt.label, r.label))
        ? alt.p >= LOOK_ALIKE_FLOOR
        : k < 2 && alt.p >= 0.03,
    )
    .map((alt) => ({
      label: alt.label,
      gain: Math.log(alt.p / s.confidence) + readingPrior(alt.label) - readingPrior(s.label),
    }))
    .sort((a, b) => b.gain - a.gain);
}

function unlikelyLetters(symbols: RecognizedSymbol[]): number {
  return symbols.filter((s) => UNLIKELY_LETTERS.test(s.text)).length;
}

/**
 * Whether a line of the formula starts with a relation or sets two side by side, as nobody
 * writes (a hand's r read "<" by print in r ≥ 1).
 */
export function relationsAmiss(math: Sym[]): boolean {
  return substantialBands(math).some((band) => {
    const labels = [...band].sort((a, b) => a.box.x0 - b.box.x0).map((s) => s.label);
    return (
      isRelation(labels[0]) ||
      labels.some((l, i) => isRelation(l) && isRelation(labels[i + 1] ?? ''))
    );
  });
}

/** How surely a classifier read a page: the mean log-probability of its symbols. */
function sureness(syms: Sym[]): number {
  return (
    syms.reduce((a, s) => a + Math.log(Math.max(1e-4, s.confidence)), 0) / Math.max(1, syms.length)
  );
}

/**
 * A symbol as one reading has it: a swapped symbol carries its runner-up's (low)
 * probability; its shape, the belief in it with its look-alikes counted.
 */
function symbolAsRead(
  s: Sym,
  overrides: LabelOverrides,
  settled: LabelOverrides,
  steady: (s: Sym, label: string, shape: number) => number,
): RecognizedSymbol {
  const label = overrides.get(s) ?? s.label;
  // A mark read as nothing (a glyph's broken-off piece) is no symbol to be unsure of: the
  // doubt it leaves is the reading that keeps it, a rival of its own.
  if (label === 'stray') return { text: displayLabel(label), confidence: 1, shape: 1 };
  // A dot read as a point or a product is still the dot the classifier saw; so is a stroke
  // the line makes a 1 where a slash cannot stand, or any symbol the line settles.
  const p =
    overrides.has(s) && s.label !== 'dot' && settled.get(s) !== label
      ? probabilityOf(label, s)
      : s.confidence;
  const read = shapeAsRead(label, p, s);
  const shape = settled.get(s) === label ? read : steady(s, label, read);
  return {
    text: displayLabel(label),
    confidence: Number(p.toFixed(3)),
    shape: Number(shape.toFixed(3)),
  };
}

/**
 * A symbol's shape belief, lowered to its mean over the blob and the blob as a slightly
 * thicker or thinner pen or a slightly turned hand would have left it (steady-shapes.ts): a
 * shape whose reading flips with a pixel of pen is a guess, however sure the one reading was.
 * Only lowered: a shape the perturbed blobs read better is still the one the page shows.
 */
function steadyShapes(
  classify: (c: Component) => Sym,
  // Each symbol's copies as read, once for every reading that asks (null: not perturbed).
  reads: Map<Sym, Sym[] | null>,
): (s: Sym, label: string, shape: number) => number {
  return (s, label, shape) => {
    if (shape >= SURE_SHAPE || s.parts.length !== 1 || UNSTEADIED.has(label)) return shape;
    let perturbed = reads.get(s);
    if (perturbed === undefined) {
      // A lone straight stroke (1, l, /, |) is told by its slant and length, which turning
      // and thickening change by design: no perturbation of it is the same shape.
      perturbed = straightStroke(s.parts[0]) ? null : perturbedBlobs(s.parts[0]).map(classify);
      reads.set(s, perturbed);
    }
    if (!perturbed) return shape;
    const shapes = perturbed.map((r) => shapeAsRead(label, probabilityOf(label, r), r));
    return Math.min(shape, (shape + shapes.reduce((a, b) => a + b, 0)) / (1 + shapes.length));
  };
}

/** A shape read this surely is not perturbed: the check costs four classifications a symbol. */
const SURE_SHAPE = 0.95;

/** Marks read by their place and size more than their shape: left as the classifier saw them. */
const UNSTEADIED = new Set(['dot', 'comma', 'bar', 'prime', 'stray']);

/**
 * A comma between digits that is no thousands separator (not followed by exactly three
 * digits): a point read as a comma (23,7), or a decimal comma; either way its point
 * reading is offered.
 */
export function decimalComma(symbols: Sym[], i: number): boolean {
  const digit = (s?: Sym) => s !== undefined && isDigit(s.label);
  if (symbols[i].label !== 'comma' || !digit(symbols[i - 1]) || !digit(symbols[i + 1]))
    return false;
  let after = 0;
  while (digit(symbols[i + 1 + after])) after += 1;
  return after !== 3;
}

/**
 * The bars each line must read as 1s for its absolute values to pair up (onesAmongBars): the
 * first choice of every line, then each other choice of one line; as label overrides.
 */
function barsAsOnes(rows: MathNode[][]): LabelOverrides[] {
  const choices = rows.map((row) => onesAmongBars(leaves(row)));
  const asOnes = (bars: Sym[]) => bars.map((b): [Sym, string] => [b, '1']);
  const first = choices.flatMap((c) => asOnes(c[0]));
  const others = choices.flatMap((c, row) =>
    c
      .slice(1)
      .map((bars) => [
        ...choices.flatMap((o, k) => (k === row ? [] : asOnes(o[0]))),
        ...asOnes(bars),
      ]),
  );
  return [first, ...others].map((pairs) => new Map(pairs));
}

/**
 * The first reading (with its lines' bars read as the 1s they must be, and each other such
 * choice), then readings where unsure symbols (the four closest calls) take their other
 * labels, ordered by how likely the classifier finds them, unlikely letters counting against.
 */
function alternativeReadings(
  symbols: Sym[],
  starts: LabelOverrides[],
  { byHand, inColumn, unsteady }: { byHand: boolean; inColumn: boolean; unsteady: Set<Sym> },
): LabelOverrides[] {
  const decided = new Set(starts.flatMap((o) => [...o.keys()]));
  // A rare letter or a bar | is doubted however sure the classifier is: an l in 1/2 is a misread 1.
  const unsure = symbols
    .filter(
      (s, i) =>
        s.parts.length === 1 &&
        !decided.has(s) &&
        (s.confidence < UNSURE ||
          unsteady.has(s) ||
          readingPrior(s.label) < 0 ||
          decimalComma(symbols, i)),
    )
    .map((s) => ({ s, swaps: swapsOf(s, byHand, inColumn) }))
    .filter(({ swaps }) => swaps.length > 0)
    // The closest calls first: a z the classifier gave 0.9 and a 2 0.1 is likelier a 2.
    .sort((a, b) => b.swaps[0].gain - a.swaps[0].gain)
    .slice(0, 4);
  const options = starts.map((overrides) => ({ overrides, logP: 0 }));
  for (const { s, swaps } of unsure) {
    const extended: typeof options = [];
    for (const o of options) {
      for (const { label, gain } of swaps) {
        const overrides = new Map(o.overrides);
        overrides.set(s, label);
        extended.push({ overrides, logP: o.logP + gain });
      }
    }
    options.push(...extended);
  }
  return options
    .sort((a, b) => b.logP - a.logP)
    .slice(0, MAX_READINGS)
    .map((o) => o.overrides);
}
