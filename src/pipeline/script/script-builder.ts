import { ParsedProblem } from '../solver/problem-parser';
import { Problem, Solution, StepAction } from '../solver/solution';
import { BoardItem, Language, MathVideoScript, Scene } from './mvs.types';
import { NARRATORS } from './narration';
import { boardPrompt } from './board-prompt';
import { latexToText } from './math-text';
import { validateScript } from './validate-script';
import { Practice, practiceFor } from './practice';
import { WrittenLayout, columnForm } from './column-form';

export interface ScriptSource {
  provider: string;
  model?: string;
  recognition?: { engine: string; confidence: number; text: string; layout?: WrittenLayout };
}

function unknownOf(problem: Problem): string | undefined {
  if ('variable' in problem) return problem.variable;
  if (problem.kind === 'linear_system') return problem.variables.join(', ');
  return undefined;
}

/**
 * Turns a checked solution into the MathVideoScript: read the problem, one scene per
 * step, the boxed answer, and the check. Throws if the result does not match the schema.
 */
export function buildScript(
  parsed: ParsedProblem,
  solution: Solution,
  lang: Language,
  source: ScriptSource,
): MathVideoScript {
  if (!solution.check) throw new Error('refusing to script an unchecked solution');
  const n = NARRATORS[lang];
  const v = unknownOf(parsed.problem);
  const problemText = latexToText(parsed.latex);
  const scenes: Scene[] = [];
  // A sum photographed as 竖式, or a division in its bracket, is shown as it was written.
  const layout = source.recognition?.layout;
  const written =
    layout && solution.kind === 'arithmetic'
      ? columnForm(problemText, solution.answer.values[0]?.value ?? '', layout)
      : null;

  // The prompt in words ("解方程", "Solve for x") heads the board, in the video's language;
  // the formula follows as math.
  const prompt = boardPrompt(parsed.prompt, parsed.task, solution.kind, lang);
  const promptLine: BoardItem[] = prompt
    ? [{ type: 'text', text: truncate(prompt, 300), emphasis: 'title' }]
    : [];
  scenes.push({
    id: 'intro',
    role: 'intro',
    narration: n.intro(solution.kind, problemText, v),
    caption: lang === 'zh-CN' ? '读题' : 'The problem',
    board: [...promptLine, { type: 'math', latex: written?.problem ?? parsed.latex }],
  });

  solution.steps.forEach((step, i) => {
    const { narration, caption } = n.step(step.action, step.latex, v);
    const board: BoardItem[] = [];
    const work = sideWork(step.action);
    if (work) board.push({ type: 'math', latex: work, emphasis: 'note' });
    board.push({ type: 'math', latex: localiseLatex(step.latex, lang) });
    scenes.push({
      id: `step-${i + 1}`,
      role: 'step',
      narration,
      caption: truncate(caption, 80),
      board,
    });
  });

  scenes.push({
    id: 'answer',
    role: 'answer',
    narration: n.answer(solution, v),
    caption: n.answerHeading,
    board: [
      ...(written ? [{ type: 'math' as const, latex: written.worked }] : []),
      {
        type: 'math',
        latex: `\\boxed{${localiseLatex(solution.answer.latex, lang)}}`,
        emphasis: 'answer',
      },
    ],
  });

  const check = solution.check;
  scenes.push({
    id: 'check',
    role: 'check',
    narration: n.check(solution, check, v),
    caption: n.checkHeading,
    board: [
      { type: 'text', text: n.checkHeading, emphasis: 'check' },
      ...check.lines
        .slice(0, 4)
        .map((latex): BoardItem => ({ type: 'math', latex, emphasis: 'check' })),
    ],
  });

  const practice = scenes.length + 2 <= MAX_SCENES ? practiceFor(parsed, solution) : null;
  if (practice) scenes.push(...practiceScenes(practice, lang));

  return validateScript({
    version: 1,
    language: lang,
    title: truncate(n.title(solution.kind, problemText), 200),
    problem: {
      text: truncate(displayText(parsed, problemText, lang, !!source.recognition), 2000),
      latex: parsed.latex,
      kind: solution.kind,
      task: parsed.task,
    },
    answer: { ...solution.answer, latex: localiseLatex(solution.answer.latex, lang) },
    scenes,
    source: { ...source, checkedBy: check.method },
  });
}

/** mvs.schema.json's limit on scenes. */
const MAX_SCENES = 40;

/**
 * The closing practice: a similar problem posed (the video pauses after it, timeline.ts),
 * then its checked answer.
 */
function practiceScenes({ parsed, solution }: Practice, lang: Language): Scene[] {
  const n = NARRATORS[lang];
  const prompt = boardPrompt(parsed.prompt, parsed.task, solution.kind, lang);
  const heading = prompt
    ? `${n.practiceHeading}${lang === 'zh-CN' ? '：' : ': '}${prompt}`
    : n.practiceHeading;
  const answer = localiseLatex(solution.answer.latex, lang);
  return [
    {
      id: 'practice',
      role: 'practice',
      narration: n.practice(latexToText(parsed.latex)),
      caption: n.practiceHeading,
      board: [
        { type: 'text', text: truncate(heading, 300), emphasis: 'title' },
        { type: 'math', latex: parsed.latex },
      ],
    },
    {
      id: 'practice-answer',
      role: 'practice',
      narration: n.practiceAnswer(latexToText(answer)),
      caption: truncate(`${n.practiceHeading} · ${n.answerHeading}`, 80),
      board: [{ type: 'math', latex: `\\boxed{${answer}}`, emphasis: 'answer' }],
    },
  ];
}

/** Side working a step shows in small type above its line (the sum worked out, the cross). */
function sideWork(action: StepAction): string | undefined {
  if (action.type === 'evaluate') return action.work;
  if (action.type === 'factoring' && 'work' in action.move) return action.move.work;
  if (action.type === 'factor_trinomial') return action.split?.work;
  // √50 = 5√2, sin 45° = √2/2, the conjugate multiplication: the working beside the line.
  if (
    action.type === 'radical_simplest' ||
    action.type === 'rationalize_denominator' ||
    action.type === 'special_angles'
  )
    return action.work;
  return undefined;
}

/** Typed text is kept as the student wrote it; a photo's reading is shown cleaned up. */
function displayText(
  parsed: ParsedProblem,
  formula: string,
  lang: Language,
  recognised: boolean,
): string {
  if (!recognised) return parsed.text || formula;
  return parsed.prompt ? `${parsed.prompt}${lang === 'zh-CN' ? '：' : ': '}${formula}` : formula;
}

/** Words the solver writes inside board formulas, in the lesson's language. */
const BOARD_WORDS: Record<string, string> = {
  or: '或',
  'no real roots': '无实数根',
  'infinitely many solutions': '有无数组解',
};

function localiseLatex(latex: string, lang: Language): string {
  if (lang !== 'zh-CN') return latex;
  return latex.replace(/\\text\{([^}]*)\}/g, (m, words: string) =>
    BOARD_WORDS[words] ? `\\text{${BOARD_WORDS[words]}}` : m,
  );
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
