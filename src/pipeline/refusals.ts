import { LIMITS, LimitName, WorkLimitError } from './math/limits';
import { UnknownWordError } from './math/parser';
import { Language } from './script/mvs.types';
import { SUPPORTED } from './errors';
import {
  MissingLimitPointError,
  TaskMismatchError,
  UnreadInstructionError,
  UnsupportedFunctionError,
  UnsupportedTaskError,
  WordProblemError,
  WrittenResultError,
} from './solver/errors';
import { ReadingMismatchError } from './solver/fidelity';
import { Task } from './solver/instructions';

/**
 * Refusals that name what was refused, in the student's language: the word not understood,
 * the task or function no solver handles, the limit a problem went past.
 */
export type Localized = Record<Language, string>;

const TASK_NOUN: Record<Task, Localized> = {
  solve: { 'zh-CN': '解方程', 'en-US': 'solving' },
  compute: { 'zh-CN': '计算', 'en-US': 'calculating' },
  simplify: { 'zh-CN': '化简', 'en-US': 'simplifying' },
  expand: { 'zh-CN': '展开', 'en-US': 'expanding' },
  factor: { 'zh-CN': '因式分解', 'en-US': 'factoring' },
  derivative: { 'zh-CN': '求导', 'en-US': 'differentiating' },
  integral: { 'zh-CN': '求积分', 'en-US': 'integration' },
  limit: { 'zh-CN': '求极限', 'en-US': 'finding limits' },
};

type Limit = LimitName | 'time' | 'memory';

const LIMIT_TEXT: Record<Limit, Localized> = {
  inputChars: {
    'zh-CN': `题目超过 ${LIMITS.inputChars} 个字符`,
    'en-US': `more than ${LIMITS.inputChars} characters`,
  },
  literalDigits: {
    'zh-CN': `有超过 ${LIMITS.literalDigits} 位的数`,
    'en-US': `a number with more than ${LIMITS.literalDigits} digits`,
  },
  numberBits: {
    'zh-CN': '计算中的数超过 150 位',
    'en-US': 'the numbers grow past 150 digits',
  },
  exponent: {
    'zh-CN': `指数超过 ${LIMITS.exponent}`,
    'en-US': `an exponent above ${LIMITS.exponent}`,
  },
  totalDegree: {
    'zh-CN': `展开后次数超过 ${LIMITS.totalDegree}`,
    'en-US': `a degree above ${LIMITS.totalDegree} once expanded`,
  },
  terms: {
    'zh-CN': `展开后超过 ${LIMITS.terms} 项`,
    'en-US': `more than ${LIMITS.terms} terms once expanded`,
  },
  nesting: {
    'zh-CN': `括号嵌套超过 ${LIMITS.nesting} 层`,
    'en-US': `brackets nested more than ${LIMITS.nesting} deep`,
  },
  time: { 'zh-CN': '在限定时间内没有算完', 'en-US': 'it could not be worked out in time' },
  memory: { 'zh-CN': '需要的内存太多', 'en-US': 'it needs too much memory' },
};

const capitalised = (s: string) => s[0].toUpperCase() + s.slice(1);

export function tooLarge(limit: Limit): Localized {
  return {
    'zh-CN': `这道题太大了，无法讲解（${LIMIT_TEXT[limit]['zh-CN']}）。`,
    'en-US': `This problem is too large to explain (${LIMIT_TEXT[limit]['en-US']}).`,
  };
}

function unsupportedFunction(name: string, task: Task): Localized {
  const fn = name === 'abs' ? 'abs |…|' : name;
  const zh: Partial<Record<Task, string>> = {
    solve: `暂时还不会解含有 ${fn} 的方程。`,
    compute: `暂时还不会计算含有 ${fn} 的式子（只会算完全平方数的平方根）。`,
    derivative: `暂时还不会求含有 ${fn} 的函数的导数。`,
  };
  const en: Partial<Record<Task, string>> = {
    solve: `Equations with ${fn} are not supported yet.`,
    compute: `Calculations with ${fn} are not supported yet (only square roots of perfect squares).`,
    derivative: `Derivatives of functions with ${fn} are not supported yet.`,
  };
  return {
    'zh-CN': zh[task] ?? `暂时还不会${TASK_NOUN[task]['zh-CN']}含有 ${fn} 的式子。`,
    'en-US':
      en[task] ?? `${capitalised(TASK_NOUN[task]['en-US'])} with ${fn} is not supported yet.`,
  };
}

function taskMismatch(e: TaskMismatchError): Localized {
  if (e.found === 'number')
    return {
      'zh-CN': '因式分解要分解含字母的式子；分解一个数的质因数暂时还不支持。',
      'en-US':
        'Factoring applies to expressions with letters; splitting a number into primes is not supported yet.',
    };
  if (e.found === 'expression')
    return {
      'zh-CN': '这是一个式子，不是方程，没有要解的未知数。请输入带“=”的方程，或改为“化简”“计算”。',
      'en-US':
        'There is nothing to solve: this is an expression, not an equation. Type the equation with "=", or ask to simplify or calculate it.',
    };
  return {
    'zh-CN': `“${TASK_NOUN[e.task]['zh-CN']}”用于式子，但这是一个方程或不等式。请去掉这个要求，或只输入式子。`,
    'en-US': `${capitalised(TASK_NOUN[e.task]['en-US'])} applies to an expression, but this is an equation or inequality. Remove the instruction, or type the expression alone.`,
  };
}

/** The named, localised refusal for an error of the reader or the limits, if it is one. */
export function refusalMessage(e: unknown): Localized | undefined {
  if (e instanceof UnsupportedTaskError)
    return {
      'zh-CN': `暂时还不会${TASK_NOUN[e.task]['zh-CN']}（${SUPPORTED['zh-CN']}）。`,
      'en-US': `${capitalised(TASK_NOUN[e.task]['en-US'])} is not supported yet (${SUPPORTED['en-US']}).`,
    };
  if (e instanceof UnsupportedFunctionError) return unsupportedFunction(e.fn, e.task);
  if (e instanceof UnreadInstructionError)
    return {
      'zh-CN':
        '题目的要求没有看清楚（化简、展开还是因式分解？）。请拍得更清楚一些，或者直接输入题目。',
      'en-US':
        'The instruction next to the expression could not be read (simplify, expand or factor?). Please take a clearer photo, or type the problem.',
    };
  if (e instanceof TaskMismatchError) return taskMismatch(e);
  if (e instanceof WrittenResultError)
    return {
      'zh-CN': `算式和写出的结果对不上：${e.calculation} 等于 ${e.value}，不是 ${e.written}。请只输入算式（不带结果），或拍得更清楚一些。`,
      'en-US': `The calculation and the result written after it disagree: ${e.calculation} comes to ${e.value}, not ${e.written}. Type the calculation without its result, or take a clearer photo.`,
    };
  if (e instanceof WordProblemError)
    return {
      'zh-CN':
        '这像是一道应用题。不联网时只会解列好的式子：请先列出方程（例如 x + (x + 4) = 20）再输入；配置了大模型（LLM）后，由模型列方程，再由我们的代数系统求解和检验。',
      'en-US':
        'This looks like a word problem. Offline, only equations are solved: set up the equation (for example x + (x + 4) = 20) and type it; with an LLM configured, the model sets up the equation and our algebra system solves and checks it.',
    };
  if (e instanceof MissingLimitPointError)
    return {
      'zh-CN': '求极限要写出自变量趋近于哪里，例如：lim x→1 (x² − 1)/(x − 1)。',
      'en-US': 'Say where the variable goes, for example: lim x→1 (x² − 1)/(x − 1).',
    };
  if (e instanceof UnknownWordError)
    return {
      'zh-CN': `看不懂题目中的“${e.word}”。请只输入数学式子和“解方程”“化简”这样的要求。`,
      'en-US': `"${e.word}" was not understood. Please type only the math and an instruction such as "Solve" or "Simplify".`,
    };
  if (e instanceof ReadingMismatchError)
    return {
      'zh-CN': `题目没能按原样读出（${e.difference}），请检查后重新输入。`,
      'en-US': `The problem could not be read exactly as written (${e.difference}). Please check it and type it again.`,
    };
  if (e instanceof WorkLimitError) return tooLarge(e.limit);
  return undefined;
}
