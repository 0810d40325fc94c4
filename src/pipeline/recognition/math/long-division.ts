import { LabelOverrides, readFormula } from './math-text';
import { MathNode } from './structure';
import { Component, boxHeight, boxWidth } from './components';

/**
 * The long-division bracket of primary school, divisor)‾dividend‾ (8)7200 for 7200 ÷ 8), is
 * a radical sign to the classifier: a number, then a root over a number. That row is also
 * offered as the division, after the readings as seen — so a page that is really 8√7200
 * solves as such and the division becomes its rival, and neither is answered unconfirmed —
 * with the unsure digits read as each reading reads them (`overrides`).
 * Null when the row is not a number followed by a radical over a number.
 */
export function longDivisionReading(
  row: MathNode[],
  overrides?: LabelOverrides,
): { latex: string; text: string } | null {
  const bracket = bracketAfterNumber(row);
  if (!bracket || !isNumber(bracket.body)) return null;
  const top = readFormula(bracket.divisor, overrides);
  const under = readFormula(bracket.body, overrides);
  if (!/^\d+(\.\d+)?$/.test(top.text) || !/^\d+(\.\d+)?$/.test(under.text)) return null;
  return { latex: `${under.latex} \\div ${top.latex}`, text: `${under.text} ÷ ${top.text}` };
}

/**
 * A long-division bracket (no V: see bracketShaped) after a number, over something that is
 * not a number: a dividend misread, never a root to take (a hand's 7)‾854 with its 5 and 4
 * apart read 7√(85 − 4), and 63 was answered).
 */
export function bracketOverNonNumber(row: MathNode[]): boolean {
  const bracket = bracketAfterNumber(row);
  return bracket !== null && !isNumber(bracket.body);
}

/**
 * A long-division bracket after a divisor of 0 or 1: no exercise divides so, a digit of the
 * divisor was lost (a hand's 18 run into one blob, read 1: 3978 ÷ 18 was answered 3978).
 */
export function bracketAfterTrivialDivisor(row: MathNode[]): boolean {
  const bracket = bracketAfterNumber(row);
  return bracket !== null && /^[01]$/.test(readFormula(bracket.divisor).text);
}

/**
 * A row that is a number, then a long-division bracket (a radical sign with no V): the
 * number and what the bracket stands over. Null otherwise.
 */
function bracketAfterNumber(row: MathNode[]): { divisor: MathNode[]; body: MathNode[] } | null {
  if (row.length < 2) return null;
  const sign = row[row.length - 1];
  const divisor = row.slice(0, -1);
  if (sign.kind !== 'sqrt' || !isNumber(divisor) || !bracketShaped(sign.sign.parts[0])) return null;
  return { divisor, body: sign.body };
}

/**
 * A radical's lowest point is the vertex of its V, left of which the tick rises; the
 * bracket's lowest point is its own lower left end. (3√16 must stay a root.)
 */
function bracketShaped(c: Component | undefined): boolean {
  if (!c) return false;
  const w = boxWidth(c.box);
  const h = boxHeight(c.box);
  for (let y = h - 1; y >= 0; y -= 1) {
    let lowest = -1;
    for (let x = 0; x < w && lowest < 0; x += 1) if (c.mask[y * w + x]) lowest = x;
    if (lowest >= 0) return lowest < 0.12 * h;
  }
  return false;
}

function isNumber(nodes: MathNode[]): boolean {
  return (
    nodes.length > 0 && nodes.every((n) => n.kind === 'sym' && /^([0-9]|dot)$/.test(n.sym.label))
  );
}
