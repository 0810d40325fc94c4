/**
 * The words of a problem that are not mathematics: instructions ("Solve", "因式分解") that set
 * the task, and filler ("the following", "下列") that says nothing. Every other word is
 * unknown and the reader refuses it by name, so no word is ever dropped silently or read as
 * a product of letters.
 */
export type Task =
  'solve' | 'compute' | 'simplify' | 'expand' | 'factor' | 'derivative' | 'integral' | 'limit';

export const TASKS: readonly Task[] = [
  'solve',
  'compute',
  'simplify',
  'expand',
  'factor',
  'derivative',
  'integral',
  'limit',
];

interface Phrase {
  /** Matched case-insensitively; group 1, when present, names the unknown ("for x"). */
  pattern: string;
  task?: Task;
}

const EN = (pattern: string, task?: Task): Phrase => ({
  pattern: `(?<![A-Za-z])(?:${pattern})(?![A-Za-z])`,
  task,
});
const ZH = (pattern: string, task?: Task): Phrase => ({ pattern, task });

/** "the equation", "the following system" … — "the" alone is not an instruction. */
const OBJECT = `(?:(?:the\\s+)?(?:following\\s+)?(?:equations?|inequalit(?:y|ies)|system(?:\\s+of\\s+equations)?|expressions?|problem)|the\\s+following)`;
const FOR_VAR = `(?:\\s+for\\s+([a-z]))?`;

/** Longest phrases first: "find the derivative of" must win over "find". */
const PHRASES: Phrase[] = [
  EN(
    `find\\s+the\\s+derivative(?:\\s+of)?|the\\s+derivative\\s+of|derivative\\s+of|differentiate(?:\\s+with\\s+respect\\s+to\\s+([a-z]))?|derivative`,
    'derivative',
  ),
  EN(
    `find\\s+the\\s+(?:indefinite\\s+|definite\\s+)?integral(?:\\s+of)?|(?:indefinite\\s+|definite\\s+)?integral\\s+of|integrate|integral|antiderivative`,
    'integral',
  ),
  // "lim" itself is notation, read with its x → a (limit-notation.ts), not a prompt word.
  EN(`find\\s+the\\s+limit(?:\\s+of)?|limit\\s+of|limit`, 'limit'),
  EN(
    `factor(?:i[sz]e)?(?:\\s+(?:completely|fully))?${`(?:\\s+${OBJECT})?`}|factori[sz]ation`,
    'factor',
  ),
  EN(`expand${`(?:\\s+${OBJECT})?`}|multiply\\s+out`, 'expand'),
  EN(`simplify${`(?:\\s+${OBJECT})?`}|combine\\s+like\\s+terms`, 'simplify'),
  EN(
    `find\\s+the\\s+values?\\s+of\\s+([a-z])|solve${`(?:\\s+${OBJECT})?`}${FOR_VAR}|find\\s+([a-z])|solve\\s+for\\s+([a-z])`,
    'solve',
  ),
  EN(
    `(?:compute|calculate|evaluate|work\\s+out)${`(?:\\s+${OBJECT})?`}|find\\s+the\\s+value(?:\\s+of)?|what\\s+is`,
    'compute',
  ),
  EN(`for\\s+([a-z])|the\\s+following|given|please|where`),
  // A lone 解 is "solve", but not the 解 of 分解 (factor), even when 因式 was misread.
  ZH(
    `解方程组|解不等式组|解不等式|解分式方程|解无理方程|解方程|解下列方程|求解|(?<!分)解`,
    'solve',
  ),
  ZH(`求\\s*([a-z])\\s*的值|关于\\s*([a-z])\\s*的方程`, 'solve'),
  ZH(`因式分解|分解因式`, 'factor'),
  ZH(`展开|去括号`, 'expand'),
  ZH(`化简|合并同类项`, 'simplify'),
  ZH(`求导数|求导|的导数|导数|微分`, 'derivative'),
  ZH(`求\\s*(?=[a-z]'\\s*\\(|y')`, 'derivative'),
  ZH(`求不定积分|求定积分|不定积分|定积分|求积分|积分`, 'integral'),
  ZH(`求极限|极限`, 'limit'),
  ZH(`计算|求值|算一算|口算|脱式计算`, 'compute'),
  ZH(`下列|下面的|以下|方程组|方程|不等式|请|已知|设|试|的值|题`),
];

const COMBINED = new RegExp(PHRASES.map((p) => `(${p.pattern})`).join('|'), 'gi');
/** Where each phrase's own groups start inside COMBINED. */
const GROUP_START: number[] = [];
{
  let next = 1;
  for (const p of PHRASES) {
    GROUP_START.push(next);
    next += 1 + new RegExp(`${p.pattern}|`).exec('')!.length - 1;
  }
}

export interface Instructions {
  /** The tasks the words ask for, in order of appearance (duplicates removed). */
  tasks: Task[];
  /** The unknown named by "for x", "求 x 的值". */
  variable?: string;
  /** The instruction words as written, for the board ("Solve for x"). */
  prompt: string;
  /** What remains: the mathematics, split where instruction words stood between parts. */
  parts: string[];
}

/** Separators that may stand around instruction words without being mathematics. */
const SEPARATORS = /^[\s:;,.?!。？！]+|[\s:;,.?!。？！]+$/g;

export function readInstructions(text: string): Instructions {
  const tasks: Task[] = [];
  const prompt: string[] = [];
  let variable: string | undefined;
  const parts: string[] = [];
  let last = 0;
  for (const m of text.matchAll(COMBINED)) {
    const index = PHRASES.findIndex((_, i) => m[GROUP_START[i]] !== undefined);
    const phrase = PHRASES[index];
    // "x" in "find x" or "for x" is the unknown, if it is the only group that matched.
    const captured = m
      .slice(GROUP_START[index] + 1, GROUP_START[index + 1] ?? m.length)
      .find((g) => g !== undefined);
    if (captured) variable = captured.toLowerCase();
    if (phrase.task && !tasks.includes(phrase.task)) tasks.push(phrase.task);
    prompt.push(m[0].trim());
    parts.push(text.slice(last, m.index));
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return {
    tasks,
    variable,
    prompt: prompt.join(' '),
    parts: parts.map((p) => p.replace(SEPARATORS, '')).filter((p) => p.length > 0),
  };
}

/** The first task the words ask for, or undefined (used on raw OCR text for prompt lines). */
export function taskOf(text: string): Task | undefined {
  return readInstructions(text).tasks[0];
}
