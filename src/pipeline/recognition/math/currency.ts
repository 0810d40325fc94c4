import { Box, boxHeight, centerY } from './components';
import { CURRENCY, isDigit } from './glyph-classes';
import type { Sym } from './symbols';

/**
 * A worksheet's money ($49 + $76, $3.50 × 4) is arithmetic on the amounts: the print
 * classifier's dollar sign right before a digit is left out of its reading. A sign with no
 * digit right after it stays, and no reading can use it: such a page is refused, not guessed.
 * The handwriting classifier's reading keeps the blob (print reads some hands' x as a $), so
 * where the two disagree the page is doubted as any other (rivalReading).
 */
export function withoutCurrencySigns(syms: Sym[]): Sym[] {
  return syms.filter((s) => s.label !== CURRENCY || !syms.some((next) => amountAfter(s.box, next)));
}

/**
 * Whether `next` starts an amount right after a sign at `sign`: a digit on the sign's line,
 * beginning within half the sign's height of its right side.
 */
function amountAfter(sign: Box, next: Sym): boolean {
  if (!isDigit(next.label)) return false;
  const h = boxHeight(sign);
  const gap = next.box.x0 - sign.x1;
  const cy = centerY(next.box);
  return gap >= -0.1 * h && gap <= 0.5 * h && cy >= sign.y0 && cy <= sign.y1;
}
