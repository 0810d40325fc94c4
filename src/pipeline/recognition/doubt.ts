import { Recognition } from './recognizer';

/**
 * Below this the recogniser is unsure of a symbol: the web page asks the student to check
 * it (public/app.js uses the same figure), and a photo job nobody confirmed is refused.
 */
export const UNSURE_SYMBOL_CONFIDENCE = 0.7;

/** The symbols of candidate `index` read with less than UNSURE_SYMBOL_CONFIDENCE. */
export function doubtfulSymbols(recognition: Recognition, index: number): string[] {
  const symbols = recognition.details?.[index]?.symbols ?? [];
  return [
    ...new Set(symbols.filter((s) => s.confidence < UNSURE_SYMBOL_CONFIDENCE).map((s) => s.text)),
  ];
}
