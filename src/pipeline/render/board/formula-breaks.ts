/**
 * Where a long formula may be broken across board lines: before a relation sign (=, <, ≤ …)
 * or a \quad space (between solutions, or a working's parts), at the top level only —
 * never inside braces, brackets, an environment or a \left … \right pair. A teacher breaks
 * "lhs = rhs" as "lhs" then "= rhs" on the next line.
 */
const RELATION = /^(=|<|>|\\le(?![a-z])|\\ge(?![a-z])|\\leq|\\geq|\\neq|\\ne(?![a-z])|\\approx)/;
const SEPARATOR = /^\\quad(?![a-z])/;

/** The formula cut before each top-level relation; one piece when there is none. */
export function relationPieces(latex: string): string[] {
  const cuts: number[] = [];
  let depth = 0;
  for (let i = 0; i < latex.length; i += 1) {
    const rest = latex.slice(i);
    if (rest.startsWith('\\left')) {
      depth += 1;
      i += 4;
      continue;
    }
    if (rest.startsWith('\\right')) {
      depth -= 1;
      i += 5;
      continue;
    }
    const c = latex[i];
    if (c === '\\' && /^\\[a-zA-Z]/.test(rest)) {
      // An environment (cases, array) is one unit: its rows are never split.
      if (rest.startsWith('\\begin')) depth += 1;
      if (rest.startsWith('\\end')) depth -= 1;
      if (depth === 0 && i > 0 && (RELATION.test(rest) || SEPARATOR.test(rest))) cuts.push(i);
      i += /^\\[a-zA-Z]+/.exec(rest)![0].length - 1;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') depth += 1;
    else if (c === '}' || c === ')' || c === ']') depth -= 1;
    else if (depth === 0 && i > 0 && RELATION.test(rest)) cuts.push(i);
  }
  const pieces: string[] = [];
  let from = 0;
  for (const cut of cuts) {
    pieces.push(latex.slice(from, cut).trim());
    from = cut;
  }
  pieces.push(latex.slice(from).trim());
  // A piece that is nothing but a relation (as in "a =" of an unusual input) stays whole.
  return pieces.every((p) => p.replace(RELATION, '').trim().length > 0) ? pieces : [latex];
}

/**
 * Greedy lines from the pieces: as many pieces per line as fit `fits`. Every line but the
 * first starts with its relation, so the reader sees it continues the line above.
 */
export function packPieces(pieces: string[], fits: (latex: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const joined = line ? `${line} ${piece}` : piece;
    if (!line || fits(joined)) line = joined;
    else {
      lines.push(line);
      // Space that separated the pieces is not carried to the start of a line.
      line = piece.replace(/^\\quad\s*/, '');
    }
  }
  lines.push(line);
  return lines;
}
