import { Sym } from './symbols';
import { isDigit, isRelation, shapeShare } from './glyph-classes';
import { MathNode, innerRows } from './structure';
import { leaves } from './math-nodes';

/** Labels no binary operator can follow: the line starts a term after them. */
export const STARTS_TERM = new Set(['(', '[', '{', '√', '+', '×', '÷', '/', 'bar', '±', '·']);
/**
 * Labels no product sign can precede. A minus may follow one (5 × −2), so it is not among
 * them.
 */
const ENDS_TERM = new Set([')', ']', '}', '+', '×', '÷', '/', '±', '·']);

/**
 * A hand's x often reads × (so does an italic x in a poor photo), and a hand's slanted 1
 * reads /; only the line says which was meant: an operator stands between two operands.
 * Returns the × and / symbols of a line (its symbols left to right, a fraction's numerator,
 * bar and denominator in turn) that cannot be operators — first on the line, after an
 * operator, a relation, an opening bracket or a root sign, or before a closing bracket, an
 * operator other than a minus (a slash: any bar), a relation or the line's end — with the
 * glyph they must be: x and 1. ("× − y" is x − y; "(/)/9" is 1/9; "r ≥ /" is r ≥ 1.)
 */
export function operandsAmongOperators(line: Sym[]): [Sym, string][] {
  return line.flatMap((s, i): [Sym, string][] => {
    const as = s.label === '×' ? 'x' : s.label === '/' ? '1' : null;
    if (!as) return [];
    const before = line[i - 1]?.label;
    const after = line[i + 1]?.label;
    const noOperandBefore = before === undefined || STARTS_TERM.has(before) || isRelation(before);
    const noOperandAfter =
      after === undefined ||
      ENDS_TERM.has(after) ||
      isRelation(after) ||
      (s.label === '/' && after === 'bar');
    return noOperandBefore || noOperandAfter ? [[s, as]] : [];
  });
}

/**
 * A hand's x and × are one shape, and between a closing and an opening bracket either is
 * a product: "(x × x × x)x(x × x)" is x⁶ read one way and x⁵ the other. On a line that
 * writes × elsewhere, such an x is also read × (a rival: two answers make the photo doubted).
 */
export function productsBetweenBrackets(line: Sym[]): Sym[] {
  if (!line.some((s) => s.label === '×')) return [];
  return line.filter((s, i) => s.label !== '×' && crossShaped(s) && betweenBrackets(line, i));
}

/** The least belief in x or × at which a glyph read first as another is still a cross. */
const CROSS_READING = 0.2;

/**
 * A glyph read as x or ×, or as another with one of them close behind (a hand's × read z 0.49,
 * x 0.43, between "[a]" and "[a]": only as the x it was, a product of a and a variable x).
 */
function crossShaped(s: Sym): boolean {
  if (s.label === 'x' || s.label === '×') return true;
  return s.alternatives
    .slice(0, 2)
    .some((a) => (a.label === 'x' || a.label === '×') && a.p >= CROSS_READING);
}

/** Whether the line's symbol at `i` stands between a closing and an opening bracket. */
function betweenBrackets(line: Sym[], i: number): boolean {
  return CLOSING.has(line[i - 1]?.label ?? '') && OPENING.has(line[i + 1]?.label ?? '');
}

const CLOSING = new Set([')', ']', '}']);
const OPENING = new Set(['(', '[', '{']);

/**
 * An x between a closing and an opening bracket where the formula has no other letter x
 * is a product sign: "(a + b + 1)x(a + b + 1)" is the square, no one's x times it, and
 * "(3 + 4)x(5 − 2)" is 21. Read either way it made a rival and the photo was refused.
 * Returns those symbols (and any × so placed), to be read × in every reading. (With
 * another x about, as in "(x × x)x(x × x)", which is meant stays the line's call:
 * productsBetweenBrackets.)
 */
export function productsAloneBetweenBrackets(groups: Sym[][], formula: Sym[]): Sym[] {
  const between = new Set(
    groups.flatMap((line) => line.filter((s, i) => crossShaped(s) && betweenBrackets(line, i))),
  );
  const otherX = formula.some((s) => s.label === 'x' && !between.has(s));
  return otherX ? [] : [...between];
}

/**
 * A hand's ≥ (or ≤) drawn in one stroke, its bar run on from the angle, is a z or a 2 to the
 * classifier. Between a lone letter and a number on a line with no relation, nothing else
 * can stand there ("dz7", "p21" are written by nobody; a bound n ≥ 0 is written so often):
 * the glyph is read as the relation among its readings, in every reading. Only a line of
 * plain symbols, exactly letter, glyph, digits, is taken.
 */
export function relationsDrawnAsTwo(row: MathNode[]): [Sym, string][] {
  if (!row.every((n) => n.kind === 'sym')) return [];
  const line = leaves(row);
  if (line.length < 3 || line.some((s) => isRelation(s.label))) return [];
  const [letter, glyph, ...number] = line;
  if (!LETTER.test(letter.label) || !['2', 'z'].includes(glyph.label)) return [];
  if (!number.every((s) => isDigit(s.label))) return [];
  const relation = glyph.alternatives
    .filter((a) => a.label === '≥' || a.label === '≤')
    .sort((a, b) => b.p - a.p)[0];
  return relation && relation.p >= RELATION_FLOOR ? [[glyph, relation.label]] : [];
}

const LETTER = /^[a-z]$/;
/** The least belief at which a 2 or z may be a one-stroke relation (readings below are noise). */
const RELATION_FLOOR = 0.003;

/**
 * A hand's small + with a short bar is a t to the classifier (0.8, the + not among its three
 * readings), and "6t6", "nt3", "8yt16" are written by nobody: a t (or a letter with + or t
 * close behind, plusShaped) standing on a line between an operand (a digit, a letter, a
 * closing bracket or a power) and a digit, or between two of one letter, is a plus, in every
 * reading; so is a + read unsurely between two of one letter. Only plain neighbours on the
 * same line are taken: a t with a raised digit after it is the line's structure to explain,
 * not this rule's.
 */
export function plusesReadAsT(row: MathNode[]): [Sym, string][] {
  const out = row.flatMap((n) => innerRows(n).flatMap(plusesReadAsT));
  for (let i = 1; i + 1 < row.length; i += 1) {
    const [before, n, after] = [row[i - 1], row[i], row[i + 1]];
    if (n.kind !== 'sym') continue;
    const shaped = plusShaped(n.sym);
    if ((shaped || n.sym.label === '+') && sameLetterAround(before, after)) {
      out.push([n.sym, '+']);
      continue;
    }
    if (!shaped) continue;
    const endsOperand =
      before.kind === 'script' ||
      (before.kind === 'sym' &&
        (isDigit(before.sym.label) ||
          LETTER.test(before.sym.label) ||
          CLOSING.has(before.sym.label)));
    if (endsOperand && after.kind === 'sym' && isDigit(after.sym.label)) out.push([n.sym, '+']);
  }
  return out;
}

/**
 * Whether one letter stands on both sides (n² + n read n²tn): nobody splits a product of
 * one letter around another (n²tn is written n³t), so what stands between is a plus.
 */
function sameLetterAround(before: MathNode, after: MathNode): boolean {
  const base = before.kind === 'script' ? before.base : before;
  return (
    base.kind === 'sym' &&
    after.kind === 'sym' &&
    LETTER.test(base.sym.label) &&
    base.sym.label === after.sym.label
  );
}

/** The least belief in + or t at which another first reading may be a small + ("6f6": t 0.37). */
const PLUS_READING = 0.3;

/**
 * A glyph read as t, or as a letter with + or t (one shape by hand) close behind. Not a
 * digit: between two digits it is the number's (142, its 4 read + 0.35, is no 1 + 2).
 */
function plusShaped(s: Sym): boolean {
  if (s.label === 't') return true;
  return LETTER.test(s.label) && shapeShare('+', s.alternatives) >= PLUS_READING;
}
