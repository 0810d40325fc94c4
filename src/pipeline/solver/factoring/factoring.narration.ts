import { Language } from '../../script/mvs.types';
import { latexToText } from '../../script/math-text';
import { FactoringMove } from '../solution';

/**
 * What the teacher says while factoring, in both languages: each move says how, not only
 * what ("which two numbers multiply to c and add to b").
 */
/** Math read aloud; a step's line starts with "=", which is not said. */
const t = (latex: string) => latexToText(latex.replace(/^=\s*/, ''));

export interface ClassNarration {
  title(problem: string): string;
  intro(problem: string): string;
  step(move: FactoringMove, line: string): { narration: string; caption: string };
  check(facts: Record<string, string>): string;
}

const zh: ClassNarration = {
  title: (p) => `因式分解 ${p}`,
  intro: (p) =>
    `我们来把 ${p} 因式分解。顺序是：先看有没有公因式可以提取，再看能不能用公式或十字相乘，直到每个因式都不能再分解。`,
  step: (m, line) => {
    switch (m.kind) {
      case 'common':
        return {
          narration: `每一项都含有 ${t(m.factor)}，先提取公因式 ${t(m.factor)}，得到 ${t(line)}。`,
          caption: `提取公因式 ${t(m.factor)}`,
        };
      case 'difference_of_squares':
        return {
          narration: `括号里是 ${t(m.a)} 的平方减 ${t(m.b)} 的平方，用平方差公式 a² − b² = (a + b)(a − b)，得到 ${t(line)}。`,
          caption: '平方差公式',
        };
      case 'perfect_square':
        return {
          narration: `这是一个完全平方式：首项是 ${t(m.a)} 的平方，末项是 ${t(m.b)} 的平方，中间项是它们乘积的两倍，所以写成 (${t(m.a)} ${m.sign === '+' ? '加' : '减'} ${t(m.b)}) 的平方，得到 ${t(line)}。`,
          caption: '完全平方公式',
        };
      case 'cross':
        return {
          narration: `用十字相乘法：把二次项 ${t(m.a1)} 乘 ${t(m.a2)} 写在左边，常数项拆成 ${m.c1} 和 ${m.c2} 写在右边，交叉相乘再相加，正好得到一次项 ${t(m.b)}，所以分解为 ${t(line)}。`,
          caption: '十字相乘',
        };
      case 'grouping':
        return {
          narration: `四项分成两组，前两项提取一个公因式，后两项提取一个公因式，两组都出现了 ${t(m.common)}，再把它提出来，得到 ${t(line)}。`,
          caption: '分组分解',
        };
      case 'substitute_square':
        return {
          narration: `式子里只有 ${t(m.u)} 的平方和 ${t(m.u)}，把 ${t(m.u)} 看成一个整体，就是一个二次三项式，分解后得到 ${t(line)}。`,
          caption: `把 ${t(m.u)} 看成整体`,
        };
      case 'rational_root':
        return {
          narration: `试一试常数项和首项系数的因数：代入 ${t(m.root)}，式子的值是零，所以 ${t(m.factor)} 是一个因式。用综合除法除掉它，得到 ${t(line)}。`,
          caption: `试根 ${t(m.root)}`,
        };
      case 'irreducible':
        return {
          narration: `${t(m.factor)} 没有公因式，也不能用公式或十字相乘分解，在有理数范围内已经不能再分解了。`,
          caption: '不能再分解',
        };
    }
  },
  check: (f) =>
    `检验一下：把结果乘开，又回到原式；取 ${f.point}，原式和分解后的式子都等于 ${f.value}。每个因式都不能再分解了。`,
};

const en: ClassNarration = {
  title: (p) => `Factoring ${p}`,
  intro: (p) =>
    `Let's factor ${p}. First we look for a common factor, then for a formula or the cross method, until no factor can be split any further.`,
  step: (m, line) => {
    switch (m.kind) {
      case 'common':
        return {
          narration: `Every term contains ${t(m.factor)}, so we take it out as a common factor: ${t(line)}.`,
          caption: `Take out ${t(m.factor)}`,
        };
      case 'difference_of_squares':
        return {
          narration: `The bracket is ${t(m.a)} squared minus ${t(m.b)} squared. By the difference of squares, a² − b² = (a + b)(a − b), so we get ${t(line)}.`,
          caption: 'Difference of squares',
        };
      case 'perfect_square':
        return {
          narration: `This is a perfect square: the first term is ${t(m.a)} squared, the last is ${t(m.b)} squared, and the middle term is twice their product. So it is (${t(m.a)} ${m.sign === '+' ? 'plus' : 'minus'} ${t(m.b)}) squared: ${t(line)}.`,
          caption: 'Perfect square',
        };
      case 'cross':
        return {
          narration: `We use the cross method: split the first term into ${t(m.a1)} times ${t(m.a2)}, and the constant into ${m.c1} times ${m.c2}. Multiplying across and adding gives ${t(m.b)}, exactly the middle term, so the factors are ${t(line)}.`,
          caption: 'Cross method',
        };
      case 'grouping':
        return {
          narration: `We group the four terms in pairs and take a common factor out of each pair. Both pairs then share ${t(m.common)}, which we take out too: ${t(line)}.`,
          caption: 'Grouping',
        };
      case 'substitute_square':
        return {
          narration: `Only ${t(m.u)} squared and ${t(m.u)} appear, so we treat ${t(m.u)} as one quantity: it is a quadratic, and factoring it gives ${t(line)}.`,
          caption: `Treat ${t(m.u)} as one`,
        };
      case 'rational_root':
        return {
          narration: `We try the factors of the constant over the factors of the leading coefficient. Putting in ${t(m.root)} gives zero, so ${t(m.factor)} is a factor. Dividing it out by synthetic division leaves ${t(line)}.`,
          caption: `Try ${t(m.root)}`,
        };
      case 'irreducible':
        return {
          narration: `${t(m.factor)} has no common factor and no formula or cross fits it: it cannot be factored further over the rational numbers.`,
          caption: 'Cannot be factored further',
        };
    }
  },
  check: (f) =>
    `Let's check: multiplying the factors out gives the original expression back, and at ${f.point} both equal ${f.value}. No factor can be split any further.`,
};

export const FACTORING_NARRATION: Record<Language, ClassNarration> = { 'zh-CN': zh, 'en-US': en };
