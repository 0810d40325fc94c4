import { boxHeight } from './components';
import { NOT_A_CAPITAL } from './capital-classes';
import { glyphFeatures } from './glyph-features';
import { LETTERS, isDigit } from './glyph-classes';
import { GlyphModel, Prediction } from './glyph-model';
import { Sym, doubtedAt, typicalHeight } from './symbols';

/** A capital network this sure of a letter reads it as that capital. */
const CAPITAL_SURE = 0.9;
/** A letter the capital network gives a capital this much belief is no sure small letter. */
const CAPITAL_LIKELY = 0.5;
/** A glyph reading under this is the classifier's guess at a shape it does not know. */
const GLYPH_GUESS = 0.5;
/** A capital stands as tall as a digit: a glyph far shorter than the line's is none. */
const CAPITAL_HEIGHT = 0.8;
/** Belief left in the glyph reading of a blob that is likely a capital: under SYMBOL_FLOOR. */
const READ_OVER_A_CAPITAL = 0.35;

/**
 * A hand's F read f, its A read n: the glyph classifier knows no capitals and is sure of the
 * small letter nearest in shape, and the answer comes out in the wrong letter (F³ answered
 * f³, A × A as n²). The capital network (capital-classes.ts) reads each letter again:
 * - one it surely takes for a capital is read as that capital, when the glyph classifier
 *   was sure of some letter there (a shape it was unsure of, N read d at 0.44, the capital
 *   network took for A: doubted instead);
 * - one it half believes a capital (n at 0.75 an A) is doubted: neither sure.
 * Digits are left as read: a real hand's 1 with a flag and a foot, or its 5, the network
 * takes for an L or an E as surely (r06, r29), and a digit is far commoner than a capital —
 * but where a capital was read, a digit it takes for that same capital is doubted (B + B = B
 * read 3 + B = 8). Doubted readings fall under SYMBOL_FLOOR: the photo is refused with the
 * symbol named.
 */
export function withCapitalsRead(math: Sym[], capitals: GlyphModel): Sym[] {
  const typical = typicalHeight(math);
  const capitalOf = (s: Sym): Prediction | null => {
    if (s.parts.length !== 1 || s.confidence <= READ_OVER_A_CAPITAL) return null;
    if (boxHeight(s.box) < CAPITAL_HEIGHT * typical) return null;
    const best = capitals.predict(glyphFeatures(s.parts[0]))[0];
    return best.label === NOT_A_CAPITAL || best.p < CAPITAL_LIKELY ? null : best;
  };
  const read = math.map((s) => {
    const capital = LETTERS.includes(s.label) ? capitalOf(s) : null;
    if (!capital) return s;
    if (capital.p >= CAPITAL_SURE && s.confidence >= GLYPH_GUESS)
      return {
        ...s,
        label: capital.label,
        confidence: capital.p,
        alternatives: [capital, { label: s.label, p: 1 - capital.p }],
      };
    return doubtedAt(s, READ_OVER_A_CAPITAL);
  });
  const readCapitals = new Set(
    read.filter((s, i) => s.label !== math[i].label).map((s) => s.label),
  );
  if (readCapitals.size === 0) return read;
  return read.map((s) => {
    const capital = isDigit(s.label) ? capitalOf(s) : null;
    return capital && readCapitals.has(capital.label) ? doubtedAt(s, READ_OVER_A_CAPITAL) : s;
  });
}
