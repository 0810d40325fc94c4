import { Language } from './script/mvs.types';

export type PipelineErrorCode =
  | 'INVALID_IMAGE'
  | 'NO_PROBLEM_FOUND'
  | 'UNSUPPORTED_PROBLEM'
  | 'PROBLEM_TOO_LARGE'
  | 'ANSWER_CHECK_FAILED'
  | 'PROVIDER_UNAVAILABLE'
  | 'PROVIDER_REJECTED'
  | 'INVALID_SCRIPT'
  | 'UNCLEAR_READING';

/** The classes explained today, named in every "not supported yet" refusal. */
export const SUPPORTED: Record<Language, string> = {
  'zh-CN':
    '目前支持：四则运算、一元一次方程、一元二次方程、三四次方程（能因式分解的）、二元、三元一次方程组、一元一次不等式、一元二次不等式、分式不等式、无理方程、分式方程、绝对值方程与不等式、指数方程与对数方程、整式化简与展开、分式化简、二次根式化简、因式分解、求导、求极限（代入、0/0 约分、无穷远处、sin x/x）、积分（幂函数、1/x、eˣ、sin、cos）',
  'en-US':
    'supported: arithmetic, linear and quadratic equations, equations of degree 3–4 that factor, systems of two or three linear equations, linear, quadratic and rational inequalities, equations with a square root, fractional equations, absolute value equations and inequalities, exponential and logarithmic equations, simplifying, expanding and factoring polynomials, simplifying rational expressions and square roots, derivatives, limits (substitution, 0/0, at infinity, sin x / x), integrals (powers, 1/x, eˣ, sin, cos)',
};

const MESSAGES: Record<PipelineErrorCode, Record<Language, string>> = {
  INVALID_IMAGE: {
    'zh-CN': '无法读取这张图片，请上传 PNG、JPEG 或 WebP 格式的照片。',
    'en-US': 'This file could not be read as an image. Please upload a PNG, JPEG or WebP photo.',
  },
  NO_PROBLEM_FOUND: {
    'zh-CN': '没有识别到数学题目，请拍得更清楚一些，或者直接输入题目。',
    'en-US': 'No math problem was found. Please take a clearer photo, or type the problem.',
  },
  UNSUPPORTED_PROBLEM: {
    'zh-CN': `暂时还不会讲这种题目。${SUPPORTED['zh-CN']}。`,
    'en-US': `This kind of problem is not supported yet. ${SUPPORTED['en-US'][0].toUpperCase()}${SUPPORTED['en-US'].slice(1)}.`,
  },
  PROBLEM_TOO_LARGE: {
    'zh-CN': '这道题太大了，无法讲解。',
    'en-US': 'This problem is too large to explain.',
  },
  ANSWER_CHECK_FAILED: {
    'zh-CN': '答案没有通过验算，为了不教错，我们没有生成讲解。',
    'en-US':
      'The answer did not pass the check, so no explanation was made rather than teach a wrong one.',
  },
  PROVIDER_UNAVAILABLE: {
    'zh-CN': '解题服务暂时不可用，请稍后再试。',
    'en-US': 'The solving service is unavailable right now. Please try again later.',
  },
  PROVIDER_REJECTED: {
    'zh-CN': '解题服务拒绝了请求（配置错误），请联系管理员。',
    'en-US':
      'The solving service refused the request (configuration error). Please contact the administrator.',
  },
  INVALID_SCRIPT: {
    'zh-CN': '生成的讲解脚本格式不正确。',
    'en-US': 'The generated explainer script was not valid.',
  },
  UNCLEAR_READING: {
    'zh-CN': '这张照片没能看清楚——请直接输入题目，或在网页上确认识别结果后再生成。',
    'en-US': 'Could not read this clearly — type the problem, or confirm the reading first.',
  },
};

/** Retrying cannot fix these: the job fails at once instead of burning three attempts. */
const PERMANENT: ReadonlySet<PipelineErrorCode> = new Set([
  'INVALID_IMAGE',
  'NO_PROBLEM_FOUND',
  'UNSUPPORTED_PROBLEM',
  'PROBLEM_TOO_LARGE',
  'PROVIDER_REJECTED',
  'UNCLEAR_READING',
]);

/** An error a student or operator can act on, with the message in both languages. */
export class PipelineError extends Error {
  readonly permanent: boolean;

  constructor(
    readonly code: PipelineErrorCode,
    readonly detail?: string,
    permanent?: boolean,
    /** A message naming what was refused, replacing the code's general one. */
    readonly localized?: Record<Language, string>,
  ) {
    super(localized?.['en-US'] ?? `${MESSAGES[code]['en-US']}${detail ? ` (${detail})` : ''}`);
    this.name = 'PipelineError';
    this.permanent = permanent ?? PERMANENT.has(code);
  }

  messageIn(lang: Language): string {
    return this.localized?.[lang] ?? MESSAGES[this.code][lang];
  }

  /** A plain object that crosses a thread or process boundary and comes back whole. */
  toJSON(): SerializedPipelineError {
    return {
      name: 'PipelineError',
      code: this.code,
      detail: this.detail,
      permanent: this.permanent,
      localized: this.localized,
    };
  }

  static fromJSON(e: SerializedPipelineError): PipelineError {
    return new PipelineError(e.code, e.detail, e.permanent, e.localized);
  }
}

export interface SerializedPipelineError {
  name: 'PipelineError';
  code: PipelineErrorCode;
  detail?: string;
  permanent: boolean;
  localized?: Record<Language, string>;
}
