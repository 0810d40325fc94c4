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

/** The answer (or a step) failed the independent check: never publish such a script. */
export class AnswerCheckError extends Error {}
