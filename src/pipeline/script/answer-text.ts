import { MathVideoScript } from './mvs.types';

/** The checked answer as one line of text ("x = 2, y = 3"), for people and for the job row. */
export function answerText(script: MathVideoScript): string {
  return (
    script.answer.values
      .map((v) => (v.variable ? `${v.variable} = ${v.value}` : v.value))
      .join(', ') || script.answer.latex
  );
}
