/** The parts of an integral as written: ∫_a^b f(x) dx, ∫₀² f dx, "f(x) from 0 to 2". */
export interface WrittenIntegral {
  integrand: string;
  /** The letter after d (dx, dt), when written. */
  variable?: string;
  lower?: string;
  upper?: string;
}

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A limit of integration: a braced group, a signed number (or fraction), or a letter. */
const LIMIT = String.raw`\{[^{}]*\}|[+-]?\d+(?:\.\d+)?(?:/\d+)?|[a-z]`;

/**
 * Splits the text of an integral into integrand, variable and limits. The integrand is
 * not read here: the parser reads (and audits) it as any expression.
 */
export function splitIntegral(body: string): WrittenIntegral {
  let rest = body.trim().replace(/^∫\s*/, '');
  let lower: string | undefined;
  let upper: string | undefined;
  // ∫₀² — subscript and superscript digits right after the sign are its limits.
  const unicode = new RegExp(`^([${SUBSCRIPT_DIGITS}]+)\\s*([${SUPERSCRIPT_DIGITS}]+)`).exec(rest);
  if (unicode) {
    lower = [...unicode[1]].map((c) => SUBSCRIPT_DIGITS.indexOf(c)).join('');
    upper = [...unicode[2]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('');
    rest = rest.slice(unicode[0].length);
  } else {
    const limits = new RegExp(`^_\\s*(${LIMIT})\\s*\\^\\s*(${LIMIT})`).exec(rest);
    if (limits) {
      [lower, upper] = [unbrace(limits[1]), unbrace(limits[2])];
      rest = rest.slice(limits[0].length);
    }
  }
  // "… from 0 to 2", "… from x = 0 to x = 2", written after the integrand.
  const fromTo = /\s+from\s+(?:[a-z]\s*=\s*)?(\S+)\s+to\s+(?:[a-z]\s*=\s*)?(\S+)\s*$/i.exec(rest);
  if (fromTo && lower === undefined) {
    [lower, upper] = [fromTo[1], fromTo[2]];
    rest = rest.slice(0, fromTo.index);
  }
  let variable: string | undefined;
  // dx at the end (3x²dx, (x + 1) dx); a product ending in the letter d is never written.
  const differential = /d([a-z])\s*$/.exec(rest);
  if (differential) {
    variable = differential[1];
    rest = rest.slice(0, differential.index);
  }
  return { integrand: rest.trim(), variable, lower, upper };
}

function unbrace(s: string): string {
  return s.startsWith('{') ? s.slice(1, -1).trim() : s;
}
