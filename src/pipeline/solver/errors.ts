import { Task } from './instructions';

/**
 * Problems the solver recognises as outside what it can do, or as ill-posed. The pipeline
 * maps them to a permanent (no-retry) failure with a bilingual message.
 */
export class UnsupportedProblemError extends Error {
  constructor(
    readonly reason:
      'not_supported' | 'division_by_zero' | 'degree_too_high' | 'not_polynomial' | 'too_complex',
    detail: string,
  ) {
    super(detail);
  }
}

/** A task no solver handles ("factoring is not supported yet"): refused by name. */
export class UnsupportedTaskError extends UnsupportedProblemError {
  constructor(readonly task: Task) {
    super('not_supported', `${task} is not supported yet`);
  }
}

/** A function no solver of this class handles ("equations with sin"): refused by name. */
export class UnsupportedFunctionError extends UnsupportedProblemError {
  constructor(
    readonly fn: string,
    readonly task: Task,
  ) {
    super('not_supported', `${fn} in a ${task} problem is not supported yet`);
  }
}

/** The instruction does not fit the mathematics ("simplify" an equation, "solve" 3 + 4x). */
export class TaskMismatchError extends UnsupportedProblemError {
  constructor(
    readonly task: Task,
    readonly found: 'equation' | 'expression' | 'number',
  ) {
    super('not_supported', `"${task}" does not apply to an ${found}`);
  }
}

/**
 * A calculation written with a result it does not come to ("2 + 2 = 5"): typed, a slip in
 * the result; photographed, as likely a misread. Either way no problem is guessed.
 */
export class WrittenResultError extends UnsupportedProblemError {
  constructor(
    readonly calculation: string,
    readonly value: string,
    readonly written: string,
  ) {
    super('not_supported', `${calculation} comes to ${value}, not ${written}`);
  }
}

/** A photo shows an expression but no readable instruction: simplify? expand? factor? */
export class UnreadInstructionError extends UnsupportedProblemError {
  constructor() {
    super('not_supported', 'the instruction next to the expression could not be read');
  }
}

/**
 * Prose around numbers that is a story, not an instruction: a word problem. The offline
 * reader solves equations, not stories; with an LLM configured, the model sets up the
 * equation and the CAS solves and checks it.
 */
export class WordProblemError extends UnsupportedProblemError {
  constructor(readonly word: string) {
    super(
      'not_supported',
      `a word problem ("${word}" …): set up the equation, or use the LLM provider`,
    );
  }
}

/** A limit with no point to approach ("the limit of x²"): the student is asked to add it. */
export class MissingLimitPointError extends UnsupportedProblemError {
  constructor() {
    super('not_supported', 'a limit without "x → a"');
  }
}

/** The answer (or a step) failed the independent check: never publish such a script. */
export class AnswerCheckError extends Error {}
