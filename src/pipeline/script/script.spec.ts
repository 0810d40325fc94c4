import schema from './mvs.schema.json';
import { parseProblemText } from '../solver/problem-parser';
import { solveAndCheck } from '../solver/solve';
import { buildScript } from './script-builder';
import { scriptErrors, validateScript } from './validate-script';
import { LANGUAGES, MathVideoScript } from './mvs.types';
import { latexToText } from './math-text';
import { PipelineError } from '../errors';

const PROBLEMS = [
  '3(x-2)=2x+5',
  'x^2 - 4x + 1 = 0',
  'x^2 + x + 1 = 0',
  '2x + y = 7, x - y = 2',
  '-2x + 3 > 7',
  'Compute: (3/4 + 1/6) × 12 − 2³',
  'Simplify: 3(x+2) - 2(x-1)',
  '展开：(x+3)(x-2)',
  '求导：f(x) = x^2 sin(x)',
  '2x + 1 = 2x + 5',
  '因式分解：6x^2 + x - 2',
  'Factor 2x^3 - 8x',
  'Factor x^3 + 2x^2 - 3x - 6',
  'x^3 - 2x^2 - x + 2 = 0',
  '解方程：x^4 - 5x^2 + 4 = 0',
  '解不等式：x^2 - 5x + 6 > 0',
  'Solve x^2 - 2x - 1 <= 0',
  'x^2 + 1 < 0',
  'Solve sqrt(x + 3) = x - 3',
  '解方程：sqrt(x) = -2',
];

function scriptFor(text: string, lang: (typeof LANGUAGES)[number]): MathVideoScript {
  const parsed = parseProblemText(text);
  return buildScript(parsed, solveAndCheck(parsed.problem), lang, { provider: 'offline' });
}

describe('MathVideoScript', () => {
  describe.each(LANGUAGES)('in %s', (lang) => {
    it.each(PROBLEMS)(
      '%s gives a valid script with intro, steps, answer, check and practice',
      (text) => {
        const script = scriptFor(text, lang);
        expect(scriptErrors(script)).toEqual([]);
        const roles = script.scenes.map((s) => s.role);
        expect(roles[0]).toBe('intro');
        // A practice problem closes the video when one with new numbers is found (practice.spec.ts).
        const practised = roles.at(-1) === 'practice' ? 2 : 0;
        expect(roles.slice(-2 - practised, roles.length - practised)).toEqual(['answer', 'check']);
        expect(roles.slice(roles.length - practised)).toEqual(Array(practised).fill('practice'));
        expect(new Set(script.scenes.map((s) => s.id)).size).toBe(script.scenes.length);
        expect(script.scenes.find((s) => s.role === 'answer')!.board[0]).toMatchObject({
          type: 'math',
          latex: expect.stringMatching(/^\\boxed\{/),
        });
      },
    );

    it('narrates without internal step names', () => {
      for (const text of PROBLEMS) {
        for (const scene of scriptFor(text, lang).scenes) {
          expect(scene.narration).not.toMatch(/_|\\[a-z]+|undefined|NaN|\[object/);
        }
      }
    });
  });

  it('speaks Chinese in zh-CN and English in en-US', () => {
    const zh = scriptFor('3(x-2)=2x+5', 'zh-CN');
    const en = scriptFor('3(x-2)=2x+5', 'en-US');
    expect(zh.scenes[2].narration).toContain('两边同时减去 2x');
    expect(en.scenes[2].narration).toContain('subtract 2x from both sides');
    expect(zh.scenes.find((s) => s.role === 'check')!.narration).toContain('左边等于 27');
  });

  it('records how the answer was checked', () => {
    expect(scriptFor('3(x-2)=2x+5', 'zh-CN').source).toEqual({
      provider: 'offline',
      checkedBy: 'substitution',
    });
  });

  it.each([
    ['missing scenes', (s: MathVideoScript) => ({ ...s, scenes: undefined })],
    ['empty scenes', (s: MathVideoScript) => ({ ...s, scenes: [] })],
    ['unknown language', (s: MathVideoScript) => ({ ...s, language: 'fr-FR' })],
    ['wrong version', (s: MathVideoScript) => ({ ...s, version: 2 })],
    ['unknown field', (s: MathVideoScript) => ({ ...s, extra: true })],
    [
      'board item without latex',
      (s: MathVideoScript) => ({ ...s, scenes: [{ ...s.scenes[0], board: [{ type: 'math' }] }] }),
    ],
    [
      'answer value not a string',
      (s: MathVideoScript) => ({
        ...s,
        answer: { ...s.answer, values: [{ variable: 'x', value: 11 }] },
      }),
    ],
    [
      'bad scene id',
      (s: MathVideoScript) => ({ ...s, scenes: [{ ...s.scenes[0], id: 'Has Spaces' }] }),
    ],
  ])('rejects a script with %s', (_name, mutate) => {
    const broken = mutate(scriptFor('3(x-2)=2x+5', 'en-US'));
    expect(scriptErrors(broken).length).toBeGreaterThan(0);
    expect(() => validateScript(broken)).toThrow(PipelineError);
  });

  it('keeps the TypeScript type and the schema in step', () => {
    const script = scriptFor('3(x-2)=2x+5', 'en-US');
    expect(Object.keys(script).sort()).toEqual([...schema.required].sort());
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(script).sort());
    const sceneSchema = schema.properties.scenes.items;
    for (const scene of script.scenes)
      for (const key of Object.keys(scene))
        expect(Object.keys(sceneSchema.properties)).toContain(key);
  });
});

describe('latexToText', () => {
  it.each([
    ['\\frac{5x}{2} + 2', '5x/2 + 2'],
    ['x^{2} - 5x', 'x² - 5x'],
    ['3 \\times \\left(11 - 2\\right)', '3 × (11 - 2)'],
    ['x \\le -4', 'x ≤ -4'],
    ['\\frac{5 \\pm \\sqrt{13}}{2}', '(5 ± √(13))/2'],
  ])('%s → %s', (latex, text) => expect(latexToText(latex)).toBe(text));
});
