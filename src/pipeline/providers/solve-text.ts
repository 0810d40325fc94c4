import { NoMathFoundError, ParsedProblem, parseProblemText } from '../solver/problem-parser';
import { solveAndCheck } from '../solver/solve';
import { Solution } from '../solver/solution';
import { AnswerCheckError, UnsupportedProblemError } from '../solver/errors';
import { ParseError, UnknownWordError } from '../math/parser';
import { WorkLimitError } from '../math/limits';
import { ReadingMismatchError } from '../solver/fidelity';
import { refusalMessage } from '../refusals';
import { Task } from '../solver/instructions';
import { NotEvaluable } from '../math/evaluate';
import { NotPolynomial } from '../math/polynomial';
import { PipelineError } from '../errors';

/** Parse, solve and check one candidate text, mapping failures to pipeline errors. */
export function solveText(
  text: string,
  task?: Task,
  fromPhoto = false,
): { parsed: ParsedProblem; solution: Solution } {
  try {
    const parsed = parseProblemText(text, task, fromPhoto);
    return { parsed, solution: solveAndCheck(parsed.problem) };
  } catch (e) {
    throw toPipelineError(e);
  }
}

function toPipelineError(e: unknown): unknown {
  if (e instanceof PipelineError) return e;
  const named = refusalMessage(e);
  if (named) {
    const code =
      e instanceof WorkLimitError
        ? 'PROBLEM_TOO_LARGE'
        : e instanceof UnknownWordError || e instanceof ReadingMismatchError
          ? 'NO_PROBLEM_FOUND'
          : 'UNSUPPORTED_PROBLEM';
    return new PipelineError(code, (e as Error).message, true, named);
  }
  if (e instanceof NoMathFoundError || e instanceof ParseError)
    return new PipelineError('NO_PROBLEM_FOUND', e.message);
  if (e instanceof UnsupportedProblemError)
    return new PipelineError('UNSUPPORTED_PROBLEM', e.message);
  // The offline solver is deterministic: a failed check will fail again, so do not retry.
  if (e instanceof AnswerCheckError)
    return new PipelineError('ANSWER_CHECK_FAILED', e.message, true);
  if (e instanceof RangeError || e instanceof NotEvaluable || e instanceof NotPolynomial)
    return new PipelineError('UNSUPPORTED_PROBLEM', e.message);
  return e;
}
