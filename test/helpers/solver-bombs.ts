/**
 * Inputs within every static limit that still take the solver far longer than its budget
 * (≈ 13 s unbounded on this machine): only the reader's time budget stops them.
 */
export const SOLVER_BOMB =
  '求导：f(x) = ' + Array.from({ length: 119 }, (_, i) => `sin(${i + 1}x)`).join(' * ');
