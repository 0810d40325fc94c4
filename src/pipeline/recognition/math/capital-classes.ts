/**
 * Capital letters a hand writes in a shape of their own (F, A, B …), which the glyph
 * classifier never learned: it reads them as the small letter or digit nearest in shape (F as
 * f, A as n, B as 5 or 0) and is sure of it. A second, small network (capital-model.json,
 * `npm run train:capitals`) tells these capitals from everything else a glyph reading can
 * be. Capitals a hand writes as their small letter larger (C, K, O, P, S, U, V, W, X, Z, Y)
 * are left out: their shape alone cannot tell, only their size against the line.
 */
export const DISTINCT_CAPITALS = 'ABEFGHLMNRT'.split('');

/** The class of every blob that is none of those capitals. */
export const NOT_A_CAPITAL = 'other';

/** The capital network's classes: NOT_A_CAPITAL, then the capitals. */
export const CAPITAL_CLASSES = [NOT_A_CAPITAL, ...DISTINCT_CAPITALS];
