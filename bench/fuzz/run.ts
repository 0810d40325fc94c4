import { PipelineError } from '../../src/pipeline/errors';
import { AnswerValue } from '../../src/pipeline/solver/solution';
import { FuzzCase } from './generate';
import { Intent, Verdict, judge, reference } from './oracle';

export interface FuzzOutcome {
  fuzz: FuzzCase;
  verdict: 'refused' | Verdict;
  /** Our answer or refusal code, and the reference, for the report. */
  detail: string;
  ms: number;
}

/** Solves one case's text: answer values, or a PipelineError for a refusal. */
export type Solve = (text: string) => Promise<AnswerValue[]>;

function intentOf(prompt: string): Intent {
  if (/求导|Differentiate|derivative/.test(prompt)) return 'derivative';
  if (/化简|Simplify|展开|Expand|因式分解|Factor/.test(prompt)) return 'simplify';
  return 'solve';
}

export async function runCase(fuzz: FuzzCase, solve: Solve): Promise<FuzzOutcome> {
  const started = performance.now();
  let values: AnswerValue[];
  try {
    values = await solve(fuzz.prompt + fuzz.math);
  } catch (e) {
    if (!(e instanceof PipelineError)) throw e;
    return { fuzz, verdict: 'refused', detail: e.code, ms: performance.now() - started };
  }
  const ms = performance.now() - started;
  const ref = reference(fuzz.math, intentOf(fuzz.prompt));
  return {
    fuzz,
    verdict: judge(ref, values),
    detail: `${JSON.stringify(values)} vs ${JSON.stringify(ref)}`,
    ms,
  };
}

/** Runs cases with `parallel` in flight (one per solver thread). */
export async function runCases(
  cases: FuzzCase[],
  solve: Solve,
  parallel = 1,
): Promise<FuzzOutcome[]> {
  const out: FuzzOutcome[] = new Array(cases.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < cases.length) {
        const i = next++;
        out[i] = await runCase(cases[i], solve);
      }
    }),
  );
  return out;
}
