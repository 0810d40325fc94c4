/** The parts of a limit as written: lim_{x→1} f, lim x->∞ f, "f as x approaches 2". */
export interface WrittenLimit {
  expression: string;
  variable: string;
  /** A number as written, or "inf" / "-inf". */
  point: string;
}

const ARROW = String.raw`(?:→|->|\\to|to)`;
const POINT = String.raw`([+-]?(?:∞|inf(?:inity)?|\d+(?:\.\d+)?(?:/\d+)?))`;

/** Splits a limit into its expression, variable and point; null when none is written. */
export function splitLimit(body: string): WrittenLimit | null {
  const text = body.trim();
  // lim_{x→1} f, lim_(x→1) f, lim x→1 f
  const front = new RegExp(
    String.raw`^(?:lim\s*)?(?:_\s*)?[({]?\s*([a-z])\s*${ARROW}\s*${POINT}\s*[)}]?\s*(.+)$`,
    'i',
  ).exec(text);
  if (front)
    return { variable: front[1], point: normalisePoint(front[2]), expression: front[3].trim() };
  // f as x approaches 1 / f as x → ∞
  const back = new RegExp(
    String.raw`^(?:lim\s+)?(.+?)\s*,?\s*(?:as|when)\s+([a-z])\s*(?:${ARROW}|approaches|tends\s+to|goes\s+to)\s*${POINT}$`,
    'i',
  ).exec(text);
  if (back)
    return { variable: back[2], point: normalisePoint(back[3]), expression: back[1].trim() };
  return null;
}

function normalisePoint(p: string): string {
  const infinite = /∞|inf/i.test(p);
  if (!infinite) return p.replace(/^\+/, '');
  return p.startsWith('-') ? '-inf' : 'inf';
}
