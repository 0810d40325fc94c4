import { BenchProblem, mulberry32 } from './problem-set';
import { parseProblemText } from '../src/pipeline/solver/problem-parser';
import { PageSpec, PhotoOptions } from '../scripts/lib/problem-page';
import { MathFont } from '../scripts/lib/typeset';

/**
 * Page settings for the typeset and photographed tiers. The math fonts include two the glyph
 * classifier never saw (TeX Gyre Termes and STIX Two; it was trained on TeX and New Computer
 * Modern plus system fonts), and every choice comes from a seed unrelated to the training's.
 */
export const EVAL_MATH_FONTS: MathFont[] = ['termes', 'stix2', 'tex', 'newcm'];
export const UNSEEN_MATH_FONTS: MathFont[] = ['termes', 'stix2'];
const PROMPT_FONTS = {
  'zh-CN': ['Noto Serif CJK SC', 'Noto Sans CJK SC'],
  'en-US': ['TeX Gyre Termes', 'Latin Modern Roman', 'DejaVu Serif', 'Liberation Sans'],
};

/** The problem's prompt (with its colon) and its math as a textbook would set it. */
export function textbookForm(
  p: BenchProblem,
  rand: () => number,
): { prompt: string; latex: string } {
  const colon = p.text.search(/[:：]/);
  const prompt = colon >= 0 ? p.text.slice(0, colon + 1) : '';
  let { latex } = parseProblemText(p.text);
  // Textbooks use plain brackets unless they must grow around a fraction.
  if (!latex.includes('\\frac') && rand() < 0.7)
    latex = latex.replace(/\\left\(|\\right\)/g, (m) => m.slice(-1));
  return { prompt, latex };
}

export function pageSpecs(problems: BenchProblem[], seed: number): PageSpec[] {
  const rand = mulberry32(seed ^ 0x7e5e7);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  return problems.map((p) => {
    const { prompt, latex } = textbookForm(p, rand);
    return {
      prompt,
      latex,
      font: pick(EVAL_MATH_FONTS),
      fontSize: 26 + Math.floor(rand() * 24),
      layout: rand() < 0.6 ? 'inline' : 'display',
      textFont: pick(PROMPT_FONTS[p.lang]),
    };
  });
}

export function photoOptions(seed: number, count: number): PhotoOptions[] {
  const rand = mulberry32(seed ^ 0x9407);
  return Array.from({ length: count }, () => ({
    rotation: (rand() < 0.5 ? -1 : 1) * (1 + rand() * 4),
    blurSigma: 0.5 + rand() * 0.9,
    minLight: 0.45 + rand() * 0.35,
    jpegQuality: 50 + Math.floor(rand() * 35),
    width: 900 + Math.floor(rand() * 700),
    margin: 0.08 + rand() * 0.4,
    keystone: (rand() - 0.5) * 0.16,
    random: mulberry32(Math.floor(rand() * 2 ** 31)),
  }));
}
