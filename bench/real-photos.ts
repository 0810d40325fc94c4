import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PipelineError } from '../src/pipeline/errors';
import { sameAnswers } from '../src/pipeline/providers/answer-equivalence';
import { ScriptProvider } from '../src/pipeline/providers/script-provider';
import { Task } from '../src/pipeline/solver/instructions';
import { AnswerValue } from '../src/pipeline/solver/solution';

/**
 * Photos nobody on this project made, in the real.json format of ../shared/data/real-photos
 * ({file, kind, problem, answers, lang}), judged as the CLI reads them: shared by
 * `npm run bench:real` and the test that keeps the development set free of wrong answers.
 */
export interface RealImage {
  file: string;
  kind: string;
  problem: string;
  answers: Record<string, string[]>;
  lang: string;
}

export type Verdict = 'right' | 'refused' | 'wrong';

/** The development set beside the repository (CI has ../shared too). */
export const DEV_SET_DIR = join(__dirname, '..', '..', 'shared', 'data', 'real-photos');

export function readRealSet(dir: string): RealImage[] {
  return JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8')) as RealImage[];
}

function expected(answers: Record<string, string[]>): AnswerValue[] {
  return Object.entries(answers).flatMap(([variable, values]) =>
    values.map((value) => ({ variable, value })),
  );
}

/**
 * Reads and solves one photo; `said` is what was read and answered, or why it was refused.
 * `task` is the one a student picks on the page for a photo that shows none (the CLI's
 * --task); real photos are judged without it, as the CLI reads them by default.
 */
export async function judgeRealImage(
  provider: ScriptProvider,
  dir: string,
  image: RealImage,
  task?: Task,
): Promise<{ verdict: Verdict; said: string }> {
  const lang = image.lang === 'zh' || image.lang === 'zh-CN' ? 'zh-CN' : 'en-US';
  try {
    const script = await provider.createScript({
      image: readFileSync(join(dir, image.file)),
      lang,
      ...(task ? { task } : {}),
    });
    const want = expected(image.answers);
    // The variable's name is the photo's business; compare values and the unknown's count.
    const named = script.answer.values.map((v, i) => ({
      ...v,
      variable: want[i]?.variable ?? v.variable,
    }));
    return {
      verdict: sameAnswers(named, want) ? 'right' : 'wrong',
      said: `read "${script.source.recognition?.text ?? ''}", answered ${JSON.stringify(script.answer.values)}`,
    };
  } catch (e) {
    if (!(e instanceof PipelineError)) throw e;
    return { verdict: 'refused', said: `${e.code}: ${e.detail ?? ''}`.slice(0, 160) };
  }
}
