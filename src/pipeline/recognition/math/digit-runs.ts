import { Component, boxHeight, boxWidth } from './components';
import { isDigit } from './glyph-classes';
import { cutWhere } from './glyph-repair';
import type { Sym } from './symbols';

/** A blob this many of the page's digit widths wide may be digits run together. */
const RUN_WIDTH = 1.8;
/** More digits than this in one blob are not looked for. */
const MOST_DIGITS = 4;
/** Each digit cut from a run must read at least this surely. */
const SURE_DIGIT = 0.8;
/** A blob read as a digit at least this surely is left whole, however wide. */
const SURE_WHOLE = 0.9;

/**
 * A hand's digits often run into each other (a student's 竖式 written fast: 80 in 8023 one
 * blob, read u at 0.89), and the cuts of glyph-repair try one cut near the middle, kept
 * only when both halves beat the whole's reading. A blob as wide as two or more of the
 * page's digits, read as no digit or unsurely, is cut at its thin columns into pieces of a
 * digit's width each, when every piece then reads surely as a digit.
 */
export function splitDigitRuns(
  syms: Sym[],
  typical: number,
  classify: (c: Component) => Sym,
): Sym[] {
  const digitWidth = usualDigitWidth(syms);
  if (digitWidth === null) return syms;
  return syms.flatMap((s) => digitRun(s, typical, digitWidth, classify) ?? [s]);
}

function digitRun(
  s: Sym,
  typical: number,
  digitWidth: number,
  classify: (c: Component) => Sym,
): Sym[] | null {
  if (s.parts.length !== 1 || s.label === 'bar') return null;
  if (isDigit(s.label) && s.confidence >= SURE_WHOLE) return null;
  const c = s.parts[0];
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  if (w < RUN_WIDTH * digitWidth || h < 0.6 * typical || h > 1.5 * typical) return null;
  const cuts = thinColumns(c, digitWidth);
  const read = new Map<string, Sym | null>();
  const piece = (from: number, to: number): Sym | null => {
    const key = `${from}:${to}`;
    if (!read.has(key)) {
      const part = cutWhere(c, (x) => x >= from && x < to);
      const sym = part && classify(part);
      read.set(key, sym && isDigit(sym.label) && sym.confidence >= SURE_DIGIT ? sym : null);
    }
    return read.get(key) ?? null;
  };
  // Every way to cut at up to MOST_DIGITS − 1 thin columns into digit-wide pieces; the one
  // whose least sure piece is surest wins.
  let best: { syms: Sym[]; score: number } | null = null;
  const search = (from: number, taken: Sym[]) => {
    if (taken.length >= MOST_DIGITS) return;
    const ends = [...cuts.filter((x) => x > from), w];
    for (const to of ends) {
      const width = to - from;
      if (width < 0.5 * digitWidth || width > 1.5 * digitWidth) continue;
      const sym = piece(from, to);
      if (!sym) continue;
      if (to === w) {
        if (taken.length === 0) continue;
        const syms = [...taken, sym];
        const score = Math.min(...syms.map((p) => p.confidence));
        // Ties go to the fewer pieces: a digit's half may read as a digit too.
        const better =
          !best || score > best.score || (score === best.score && syms.length < best.syms.length);
        if (better) best = { syms, score };
      } else search(to, [...taken, sym]);
    }
  };
  search(0, []);
  return best ? (best as { syms: Sym[] }).syms : null;
}

/**
 * The columns where a cut between run-together digits may fall: each the thinnest of its
 * stretch of a third of a digit's width, with ink at most half the blob's height.
 */
function thinColumns(c: Component, digitWidth: number): number[] {
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  const ink: number[] = [];
  for (let x = 0; x < w; x += 1) {
    let sum = 0;
    for (let y = 0; y < h; y += 1) sum += c.mask[y * w + x];
    ink.push(sum);
  }
  const reach = Math.max(1, Math.round(digitWidth / 6));
  const cuts: number[] = [];
  for (let x = 1; x < w - 1; x += 1) {
    if (ink[x] > 0.5 * h) continue;
    const around = ink.slice(Math.max(0, x - reach), Math.min(w, x + reach + 1));
    if (ink[x] === Math.min(...around) && !cuts.some((q) => x - q <= reach)) cuts.push(x);
  }
  return cuts;
}

/** The median width of the blobs read as digits other than 1 (a stroke), when there are three. */
export function usualDigitWidth(syms: Sym[]): number | null {
  const widths = syms
    .filter((s) => isDigit(s.label) && s.label !== '1' && s.parts.length === 1)
    .map((s) => boxWidth(s.box))
    .sort((a, b) => a - b);
  return widths.length >= 3 ? widths[Math.floor(widths.length / 2)] : null;
}
