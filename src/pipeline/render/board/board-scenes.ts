import { MathVideoScript } from '../../script/mvs.types';
import { BoardScene } from './layout';
import { numberLineFor } from './number-line';

const INEQUALITIES = new Set([
  'linear_inequality',
  'quadratic_inequality',
  'absolute_value',
  'rational_inequality',
]);

/**
 * The scenes as the board draws them: the script's items, plus the pictures a teacher adds.
 * An inequality's answer gets its solution set drawn on a number line beneath it.
 */
export function boardScenes(script: MathVideoScript): BoardScene[] {
  const values = script.answer.values;
  const line =
    INEQUALITIES.has(script.problem.kind) && values.length === 1
      ? numberLineFor(values[0].value)
      : null;
  return script.scenes.map((scene) =>
    line && scene.role === 'answer'
      ? { role: scene.role, board: [...scene.board, { ...line, emphasis: 'answer' as const }] }
      : scene,
  );
}
