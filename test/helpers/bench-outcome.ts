import { PipelineError } from '../../src/pipeline/errors';
import { OfflineScriptProvider } from '../../src/pipeline/providers/offline.provider';
import { Task } from '../../src/pipeline/solver/instructions';
import { benchPhoto } from './bench-photo';

/**
 * What the CLI makes of bench:handwriting's photo of one expression at one seed: the answer's
 * values, or the refusal's code (with its message when `withMessage`, to see which symbol was
 * doubted). `task` is the one the expression's typed problem took, as the bench passes it.
 */
export async function benchOutcome(
  provider: OfflineScriptProvider,
  id: string,
  seed: number,
  task?: Task,
  withMessage = false,
): Promise<string> {
  try {
    const script = await provider.createScript({
      image: await benchPhoto(id, seed),
      lang: 'en-US',
      ...(task ? { task } : {}),
    });
    return script.answer.values.map((v) => v.value).join(', ');
  } catch (e) {
    if (e instanceof PipelineError) return withMessage ? `${e.code}: ${e.message}` : e.code;
    throw e;
  }
}
