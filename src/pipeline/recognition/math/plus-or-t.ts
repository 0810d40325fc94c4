import { boxHeight, centerX, centerY } from './components';
import { isDigit } from './glyph-classes';
import { Sym, probabilityOf, typicalHeight } from './symbols';

/** The shape belief a reading of such a t as a t keeps: under SYMBOL_FLOOR, a guess. */
export const LOW_SCRIPT_T = 0.35;

/** The least belief in + that makes a hand's t a plus it may be. */
const PLUS_READING = 0.1;

/**
 * A hand's small + reads as a t, and a digit after it set a little high reads as raised:
 * (n + 2)² was answered as (nt²)², the + being no operator an exponent may follow and the t
 * a letter that may have one. A t that may be a + (PLUS_READING), with a digit right after
 * it whose foot is below the t's middle (raised less than half a t): read as a t it is a
 * guess (its shape alone cannot say so: t and + are look-alikes, one shape to the doubt
 * rules); read as the +, it is not. A t² written so low is doubted too; an exponent set
 * clearly high is not.
 */
export function tsBeforeLowDigits(math: Sym[]): Set<Sym> {
  const typical = typicalHeight(math);
  return new Set(
    math.filter((t) => {
      if (t.label !== 't' || probabilityOf('+', t) < PLUS_READING) return false;
      const next = math
        .filter((s) => centerX(s.box) > t.box.x1 && s.box.x0 - t.box.x1 < 0.5 * typical)
        .sort((a, b) => a.box.x0 - b.box.x0)[0];
      if (!next || !isDigit(next.label)) return false;
      const raised = next.box.y1 < t.box.y1 && next.box.y0 < t.box.y0;
      const low = next.box.y1 > centerY(t.box) && boxHeight(next.box) > 0.5 * boxHeight(t.box);
      return raised && low;
    }),
  );
}
