/**
 * Show the change between two board lines: the terms that move, cancel or combine are
 * coloured in the old line, and what they became is coloured in the new one. A term moved
 * across the relation sign appears on the other side with its sign changed, both coloured;
 * a pair that cancels on one side is struck through. Pure LaTeX → LaTeX: colour and
 * strike-through do not change a formula's size, so the layout is unaffected.
 */
export const CHANGE_COLOUR = '#ffa65c';
/**
 * Like terms share a colour, so the eye follows 3x and −2x into x, and −6 and 5 into −1:
 * orange for the first kind of term that changes, then blue, then pink.
 */
export const CHANGE_COLOURS = [CHANGE_COLOUR, '#7fd3ff', '#ff9ec4'];

interface Term {
  sign: '+' | '-' | '';
  body: string;
}

const RELATION = /^(=|<|>|\\le(?![a-z])|\\ge(?![a-z])|\\leq|\\geq|\\neq)/;

/** Splits at top-level relation signs and additive operators. Null when not a plain line. */
function parseLine(latex: string): { sides: Term[][]; relations: string[] } | null {
  const sides: Term[][] = [[]];
  const relations: string[] = [];
  let depth = 0;
  let sign: Term['sign'] = '';
  let body = '';
  const flush = () => {
    if (body.trim()) sides[sides.length - 1].push({ sign, body: body.trim() });
    else if (sign) return false;
    body = '';
    sign = '';
    return true;
  };
  for (let i = 0; i < latex.length; i += 1) {
    const rest = latex.slice(i);
    const word = /^\\[a-zA-Z]+/.exec(rest)?.[0];
    if (word) {
      if (word === '\\begin' || word === '\\text' || word === '\\quad' || word === '\\boxed')
        return null; // systems, words and answers are not lines to compare
      if (word === '\\left') depth += 1;
      if (word === '\\right') depth -= 1;
      const relation = depth === 0 ? RELATION.exec(rest)?.[0] : undefined;
      if (relation) {
        if (!flush()) return null;
        relations.push(relation);
        sides.push([]);
      } else body += word;
      i += word.length - 1;
      continue;
    }
    const c = latex[i];
    if (c === '{' || c === '(' || c === '[') depth += 1;
    if (c === '}' || c === ')' || c === ']') depth -= 1;
    if (
      depth === 0 &&
      (c === '+' || c === '-') &&
      !/[\\^_{(]\s*$|\\times\s*$|\\cdot\s*$|\\div\s*$/.test(body)
    ) {
      if (body.trim() === '' && sign === '') {
        sign = c;
        continue;
      }
      if (!flush()) return null;
      sign = c;
      continue;
    }
    if (depth === 0 && RELATION.test(c)) {
      if (!flush()) return null;
      relations.push(c);
      sides.push([]);
      continue;
    }
    body += c;
  }
  if (!flush() || depth !== 0 || sides.length > 2 || sides.some((s) => s.length === 0)) return null;
  return { sides, relations };
}

const key = (t: Term) => `${t.sign === '-' ? '-' : '+'}${t.body.replace(/\s+/g, '')}`;
const negated = (t: Term): Term => ({ sign: t.sign === '-' ? '+' : '-', body: t.body });

/** What kind of term it is: its letters and powers, the number in front set aside. */
const kindOf = (t: Term) =>
  t.body.replace(/\s+/g, '').replace(/^(\d+(\.\d+)?|\\frac\{\d+\}\{\d+\})(\\times|\\cdot)?/, '');

interface Mark {
  how: 'change' | 'cancel';
  colour: string;
}

function render(line: { sides: Term[][]; relations: string[] }, marks: Map<Term, Mark>): string {
  const side = (terms: Term[]) =>
    terms
      .map((t, k) => {
        const mark = marks.get(t);
        const op = t.sign === '' ? (k ? '+' : '') : t.sign;
        const colour = (s: string) => `{\\color{${mark!.colour}}${s}}`;
        const body = !mark
          ? t.body
          : mark.how === 'cancel'
            ? colour(`\\cancel{${t.body}}`)
            : colour(t.body);
        if (!op) return body;
        const sign = mark ? colour(op) : op;
        // A sign inside a group would lose its binary spacing: \mathbin keeps it.
        return k ? `\\mathbin{${sign}} ${body}` : `${sign}${body}`;
      })
      .join(' ');
  return line.sides.map(side).reduce((a, s, k) => `${a} ${line.relations[k - 1]} ${s}`);
}

/** Multiset difference by key: the terms of `a` with no partner in `b`. */
function unmatched(a: Term[], b: Term[]): Term[] {
  const left = b.map(key);
  return a.filter((t) => {
    const k = left.indexOf(key(t));
    if (k < 0) return true;
    left.splice(k, 1);
    return false;
  });
}

/**
 * The two lines marked, or null when there is nothing worth marking: a line that is not a
 * plain sum on each side, a step that changes every term at once (dividing both sides,
 * expanding everything), or no change at all.
 */
export function markStepChange(
  before: string,
  after: string,
): { before: string; after: string } | null {
  const old = parseLine(before);
  const next = parseLine(after);
  if (!old || !next || old.sides.length !== next.sides.length) return null;
  const oldMarks = new Map<Term, Mark>();
  const newMarks = new Map<Term, Mark>();
  const kinds: string[] = [];
  const colourOf = (t: Term) => {
    if (!kinds.includes(kindOf(t))) kinds.push(kindOf(t));
    return CHANGE_COLOURS[kinds.indexOf(kindOf(t)) % CHANGE_COLOURS.length];
  };
  let kept = 0;
  old.sides.forEach((terms, s) => {
    const gone = unmatched(terms, next.sides[s]);
    kept += terms.length - gone.length;
    // A term and its opposite on the same side cancel.
    for (const t of gone)
      if (!oldMarks.has(t)) {
        const partner = gone.find((u) => u !== t && !oldMarks.has(u) && key(u) === key(negated(t)));
        if (partner) {
          oldMarks.set(t, { how: 'cancel', colour: colourOf(t) });
          oldMarks.set(partner, { how: 'cancel', colour: colourOf(t) });
        }
      }
    for (const t of gone)
      if (!oldMarks.has(t)) oldMarks.set(t, { how: 'change', colour: colourOf(t) });
  });
  next.sides.forEach((terms, s) => {
    // What a bracket expands into (or a sum factors into) is a new kind of term: it takes
    // the colour of what it came from on its side.
    const from = old.sides[s].find((t) => oldMarks.has(t));
    for (const t of unmatched(terms, old.sides[s])) {
      const colour = kinds.includes(kindOf(t)) || !from ? colourOf(t) : oldMarks.get(from)!.colour;
      newMarks.set(t, { how: 'change', colour });
    }
  });
  const total = old.sides.flat().length;
  // An expression whose terms are collected (no relation) may change all of them at once;
  // an equation whose every term changes was multiplied or divided: the voice explains it.
  const collected = old.sides.length === 1 && next.sides[0].length < total;
  if (
    oldMarks.size + newMarks.size === 0 ||
    (!collected && (kept === 0 || oldMarks.size === total))
  )
    return null;
  return { before: render(old, oldMarks), after: render(next, newMarks) };
}
