import { PipelineError } from '../../errors';
import { ProblemRecognizer, Recognition, RecognizedSymbol } from '../recognizer';
import { Box, Component, centerX, centerY } from './components';
import { GlyphModel } from './glyph-model';
import { UNLIKELY_LETTERS, isRelation } from './glyph-classes';
import { withoutCurrencySigns } from './currency';
import { withCapitalsRead } from './capitals';
import { withStemmedTwosDoubted } from './stemmed-two';
import { PromptAndMath, numberLine, splitPrompt, substantialBands } from './page-lines';
import { preparePage } from './page-prep';
import { ProseReader } from './prose-reader';
import { likelyPrompts, understoodPrompt } from './prompt-words';
import { Sym, classifyBlobs, groupSymbols } from './symbols';
import { withSpeckDots } from './specks';
import { withRaisedDashesDoubted } from './raised-dash';
import { withFlagDashesDoubted } from './flag-dash';
import { glyphModel, handwritingGlyphModel, capitalGlyphModel } from './shipped-models';
import { FormulaReading, formulaReadings, secondReadings } from './formula-readings';

/**
 * Mean symbol probability at which the print classifier's reading of a page stands (its
 * accuracy on fonts it never saw is ~97 %; handwriting read by it averages far lower).
 */
const PRINT_SURE = 0.95;
/** How many of the other hand's readings follow the page's own (see recognize). */
const OTHER_HAND_READINGS = 2;

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
