import { buildScript } from '../script/script-builder';
import { parseProblemText } from '../solver/problem-parser';
import { solveAndCheck } from '../solver/solve';
import { displayWidth, wrapLine } from './line-breaks';
import { sentences } from './subtitles';

const WIDTH = { 'zh-CN': 40, 'en-US': 42 } as const;

/** Formulas as narration writes them: operands joined by " op " (e.g. "3x - 6 = 2x + 5"). */
function formulasIn(sentence: string): string[] {
  const operand = '[^\\s\\p{Script=Han}，。：；、,;:]+';
  return sentence.match(new RegExp(`${operand}(?: [-+=×÷<>≤≥±] ${operand})+`, 'gu')) ?? [];
}

describe('subtitle line breaks', () => {
  const problems = [
    '3(x-2)=2x+5',
    'x^2-5x+6=0',
    'x^2+3x-1=0',
    '解方程组：3x + 2y = 12, 2x - 3y = -5',
    'Differentiate x^3*sin(x)',
    '2x - 7 > 3(x - 1)',
  ];
  const cases = problems.flatMap((text) =>
    (['zh-CN', 'en-US'] as const).map((lang) => [text, lang] as const),
  );

  it.each(cases)('never splits a formula of %p (%s) that fits on a line', (text, lang) => {
    const parsed = parseProblemText(text);
    const script = buildScript(parsed, solveAndCheck(parsed.problem), lang, {
      provider: 'offline',
    });
    let checked = 0;
    for (const sentence of script.scenes.flatMap((s) => sentences(s.narration))) {
      const lines = wrapLine(sentence, WIDTH[lang]);
      // Nothing lost or added but the spaces at the breaks.
      expect(lines.join('').replace(/ /g, '')).toEqual(sentence.replace(/ /g, ''));
      for (const formula of formulasIn(sentence)) {
        if (displayWidth(formula) > WIDTH[lang]) continue;
        expect(lines.some((line) => line.includes(formula))).toBe(true);
        checked += 1;
      }
      for (const line of lines)
        if (!formulasIn(line).some((f) => displayWidth(f) > WIDTH[lang] - 4))
          expect(displayWidth(line)).toBeLessThanOrEqual(WIDTH[lang] + 2);
    }
    expect(checked).toBeGreaterThan(2);
  });

  it('breaks Chinese after a clause rather than mid-phrase, and counts Chinese characters double', () => {
    expect(
      wrapLine('先去括号，用乘法分配律把括号外的数乘进去，得到 3x - 6 = 2x + 5。', 40),
    ).toEqual(['先去括号，用乘法分配律把括号外的数乘进去，', '得到 3x - 6 = 2x + 5。']);
    expect(displayWidth('得到 x')).toBe(6);
  });

  it('lets a formula longer than a line break before a relation sign, never inside a term', () => {
    const lines = wrapLine('x = (-b ± √(Δ))/2a = (-3 ± √(13))/(2 × 1) = (-3 ± √(13))/2。', 40);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines.slice(1)) expect(line.startsWith('= ')).toBe(true);
  });

  it('wraps long English prose at spaces', () => {
    const lines = wrapLine(
      'This is a long English sentence that must be wrapped onto more than one line',
      42,
    );
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(42);
  });
});
