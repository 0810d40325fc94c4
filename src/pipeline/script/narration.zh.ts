import { latexToText as t } from './math-text';
import { FACTORING_NARRATION } from '../solver/factoring/factoring.narration';
import { RATIONAL_INEQUALITY_NARRATION as RIQ } from '../solver/rational-inequality/rational-inequality.narration';
import { SYSTEM3_NARRATION as SYS3 } from '../solver/linear-system3/linear-system3.narration';
import { ABSOLUTE_VALUE_NARRATION as ABS } from '../solver/absolute-value/absolute-value.narration';
import { RATIONAL_NARRATION as RAT } from '../solver/rational-equation/rational-equation.narration';
import { RADICAL_NARRATION as RAD } from '../solver/radical-equation/radical-equation.narration';
import { QUADRATIC_INEQUALITY_NARRATION as QI } from '../solver/quadratic-inequality/quadratic-inequality.narration';
import { INTEGRAL_NARRATION as INT } from '../solver/integral/integral.narration';
import { EXP_LOG_NARRATION as EXL } from '../solver/exp-log/exp-log.narration';
import { RATIONAL_EXPRESSION_NARRATION as REX } from '../solver/rational-expression/rational-expression.narration';
import { RADICAL_SIMPLIFY_NARRATION as RSI } from '../solver/radical-simplify/radical-simplify.narration';
import { LIMIT_NARRATION as LIM } from '../solver/limit/limit.narration';
import type { Narrator } from './narration';

export const zh: Narrator = {
  checkHeading: '检验',
  answerHeading: '答案',
  practiceHeading: '练一练',
  practice: (p) => `最后留一道同类型的练习题：${p}。请暂停视频，自己做一做。`,
  practiceAnswer: (a) => `答案是 ${a}。你做对了吗？`,
  title: (kind, p) =>
    ({
      arithmetic: `计算 ${p}`,
      linear_equation: `解方程 ${p}`,
      quadratic_equation: `解一元二次方程 ${p}`,
      linear_system: '解二元一次方程组',
      linear_inequality: `解不等式 ${p}`,
      simplify: `化简 ${p}`,
      expand: `展开 ${p}`,
      derivative: `求导 ${p}`,
      factoring: FACTORING_NARRATION['zh-CN'].title(p),
      quadratic_inequality: QI['zh-CN'].title(p),
      radical_equation: RAD['zh-CN'].title(p),
      rational_equation: RAT['zh-CN'].title(p),
      absolute_value: ABS['zh-CN'].title(p),
      linear_system3: SYS3['zh-CN'].title(p),
      rational_inequality: RIQ['zh-CN'].title(p),
      integral: INT['zh-CN'].title(p),
      limit: LIM['zh-CN'].title(p),
      radical_simplify: RSI['zh-CN'].title(p),
      rational_expression: REX['zh-CN'].title(p),
      exponential_equation: EXL['zh-CN'].title('exponential_equation', p),
      logarithmic_equation: EXL['zh-CN'].title('logarithmic_equation', p),
      polynomial_equation: `解高次方程 ${p}`,
    })[kind],
  intro: (kind, p, v) =>
    ({
      arithmetic: `我们来计算 ${p}。按照运算顺序：先算括号里的，再算乘方，然后算乘除，最后算加减。`,
      linear_equation: `我们来解方程 ${p}。这是一个一元一次方程，目标是把 ${v} 单独留在等号的一边。`,
      quadratic_equation: `我们来解方程 ${p}。这是一个一元二次方程，先整理成一般形式，再选择合适的方法。`,
      linear_system: `我们来解这个方程组：${p}。思路是消元，把两个未知数变成一个未知数。`,
      linear_inequality: `我们来解不等式 ${p}。解法和解方程很像，但要注意：两边同时乘或除以负数时，不等号要改变方向。`,
      simplify: `我们来化简 ${p}。先去括号，再合并同类项。`,
      expand: `我们来展开 ${p}。用乘法分配律，把每一项都乘开，再合并同类项。`,
      derivative: `我们来求 ${p} 的导数。我们逐项使用求导法则。`,
      factoring: FACTORING_NARRATION['zh-CN'].intro(p),
      quadratic_inequality: QI['zh-CN'].intro(p),
      radical_equation: RAD['zh-CN'].intro(p),
      rational_equation: RAT['zh-CN'].intro(p),
      absolute_value: ABS['zh-CN'].intro(p),
      linear_system3: SYS3['zh-CN'].intro(p),
      rational_inequality: RIQ['zh-CN'].intro(p),
      integral: INT['zh-CN'].intro(p),
      limit: LIM['zh-CN'].intro(p),
      radical_simplify: RSI['zh-CN'].intro(p),
      rational_expression: REX['zh-CN'].intro(p),
      exponential_equation: EXL['zh-CN'].intro('exponential_equation', p),
      logarithmic_equation: EXL['zh-CN'].intro('logarithmic_equation', p),
      polynomial_equation: `我们来解方程 ${p}。这是一个高次方程，思路是降次：先移项化成一边为零，再因式分解，让每个因式分别等于零。`,
    })[kind],
  step: (a, line, v) => {
    switch (a.type) {
      case 'evaluate': {
        const what = {
          percent: '先把百分数化成小数或分数',
          brackets: '先算括号里面的',
          power: '先算乘方',
          multiply: '接着算乘法',
          divide: '接着算除法',
          add: '最后算加法',
          subtract: '最后算减法',
          mixed: '从左到右算乘除',
        }[a.operation];
        return { narration: `${what}：${t(a.work)}。`, caption: what };
      }
      case 'expand_brackets':
        return {
          narration: `先去括号，用乘法分配律把括号外的数乘进去，得到 ${t(line)}。`,
          caption: '去括号',
        };
      case 'swap_sides':
        return {
          narration: `把等号两边交换位置，让含 ${v} 的项系数更大的一边在左边，得到 ${t(line)}。`,
          caption: '交换两边',
        };
      case 'clear_denominators':
        return {
          narration: `方程里有分数，计算起来容易出错。${a.denominators.length > 1 ? `分母 ${a.denominators.join('、')} 的最小公倍数是 ${a.factor}，` : `分母是 ${a.factor}，`}两边同时乘以 ${a.factor}，每个分数都能约掉分母，变成整数，方程仍然成立：${t(line)}。`,
          caption: `两边同乘 ${a.factor}`,
        };
      case 'collect_like_terms':
        return { narration: `合并同类项，得到 ${t(line)}。`, caption: '合并同类项' };
      case 'add_both_sides':
        return {
          narration: `为了把${a.term.includes(v ?? '#') ? '含未知数的项' : '常数项'}移到另一边，两边同时加上 ${t(a.term)}，得到 ${t(line)}。`,
          caption: `两边同加 ${t(a.term)}`,
        };
      case 'subtract_both_sides':
        return {
          narration: `为了把${a.term.includes(v ?? '#') ? '含未知数的项' : '常数项'}移到另一边，两边同时减去 ${t(a.term)}，得到 ${t(line)}。`,
          caption: `两边同减 ${t(a.term)}`,
        };
      case 'cancel_both_sides':
        return {
          narration: `等号两边都有 ${t(a.term)}，两边同时去掉它，方程就变成了一元一次方程：${t(line)}。`,
          caption: `两边消去 ${t(a.term)}`,
        };
      case 'divide_both_sides':
        return {
          narration: `现在 ${v ?? '未知数'} 前面的系数是 ${t(a.factor)}，要让 ${v ?? '未知数'} 单独留下，两边同时除以 ${t(a.factor)}${a.flips ? '。注意，除以的是负数，不等号要改变方向' : ''}，得到 ${t(line)}。`,
          caption: `两边同除以 ${t(a.factor)}`,
        };
      case 'multiply_both_sides':
        return {
          narration: `两边同时乘以 ${t(a.factor)}${a.flips ? '，因为乘的是负数，不等号要改变方向' : ''}，得到 ${t(line)}。`,
          caption: `两边同乘 ${t(a.factor)}`,
        };
      case 'standard_form':
        return {
          narration: `移项，把所有项都移到等号左边，整理成一般形式 ${t(line)}。`,
          caption: '化为一般形式',
        };
      case 'factor_common':
        return {
          narration: `每一项都含有 ${a.factor}，提取公因式 ${a.factor}，得到 ${t(line)}。`,
          caption: '提公因式',
        };
      case 'factor_trinomial': {
        const m = a.split;
        if (!m) return { narration: `左边可以因式分解，得到 ${t(line)}。`, caption: '因式分解' };
        if (m.a1 === m.a2 && !/\d/.test(m.a1))
          return {
            narration: `左边能不能分解成两个一次因式的积？我们找两个数，它们的积等于常数项 ${m.c}，和等于一次项系数 ${m.b}。试一试，${m.c1} 乘 ${m.c2} 等于 ${m.c}，${m.c1} 加 ${m.c2} 等于 ${m.b}，正好符合。所以左边分解为 ${t(line)}。`,
            caption: `积为 ${m.c}、和为 ${m.b}`,
          };
        return {
          narration: `用十字相乘法：二次项拆成 ${t(m.a1)} 乘 ${t(m.a2)}，常数项拆成 ${m.c1} 乘 ${m.c2}，交叉相乘再相加，正好等于一次项系数 ${m.b}，所以左边分解为 ${t(line)}。`,
          caption: '十字相乘',
        };
      }
      case 'zero_product':
        return {
          narration: `两个因式的积等于零，那么至少有一个因式等于零：${a.factors.map((f) => `${t(f)} = 0`).join('，或 ')}。`,
          caption: '积为零',
        };
      case 'square_root_both_sides':
        return { narration: `两边开平方，别忘了正负两个值：${t(line)}。`, caption: '开平方' };
      case 'discriminant': {
        const abc = a.coefficients
          ? `这里 a = ${t(a.coefficients[0])}，b = ${t(a.coefficients[1])}，c = ${t(a.coefficients[2])}。`
          : '';
        return {
          narration: `这个式子找不到两个整数来分解，我们用公式法。${abc}先算判别式 b² − 4ac：${t(line)}。${a.sign < 0 ? '判别式小于零，方程没有实数根。' : a.sign === 0 ? '判别式等于零，方程有两个相等的实数根。' : '判别式大于零，方程有两个不相等的实数根。'}`,
          caption: '判别式',
        };
      }
      case 'quadratic_formula':
        return { narration: `代入求根公式：${t(line)}。`, caption: '求根公式' };
      case 'simplify_roots':
        return { narration: `化简根式，得到 ${t(line)}。`, caption: '化简' };
      case 'label_equations':
        return {
          narration:
            a.count === 3
              ? '先给三个方程编号，分别记作方程①、方程②和方程③。'
              : '先给两个方程编号，分别记作方程①和方程②。',
          caption: '编号',
        };
      case 'rearrange_equation':
        return {
          narration: `把方程${a.label}整理成 ax + by = c 的形式：${t(line)}。`,
          caption: `整理方程${a.label}`,
        };
      case 'multiply_equation':
        return {
          narration: a.variable
            ? `要消去 ${a.variable}，先让两个方程里 ${a.variable} 的系数大小相同，都变成 ${t(a.target ?? '')}：把方程${a.label}的两边都乘以 ${t(a.factor)}，得到 ${t(line)}。`
            : `为了让某个未知数的系数相同，把方程${a.label}的两边都乘以 ${t(a.factor)}，得到 ${t(line)}。`,
          caption: `方程${a.label}乘 ${t(a.factor)}`,
        };
      case 'combine_equations':
        return {
          narration: `${a.eliminated} 的系数${a.how === 'add' ? '互为相反数，两个方程相加' : '相同，两个方程相减'}，${a.eliminated} 就消去了，只剩一个未知数：${t(line)}。`,
          caption: `${a.how === 'add' ? '相加' : '相减'}消元`,
        };
      case 'solve_single':
        return {
          narration: `解这个一元一次方程，得到 ${t(line)}。`,
          caption: `求出 ${a.variable}`,
        };
      case 'substitute_back':
        return {
          narration: `把 ${a.variable} = ${t(a.value)} 代入方程${a.label}，求出另一个未知数：${t(line)}。`,
          caption: '代入求值',
        };
      case 'sum_rule':
        return { narration: '和的导数等于导数的和，所以我们可以逐项求导。', caption: '逐项求导' };
      case 'differentiate_term':
        return {
          narration: `${zhRule[a.rule]}：${t(a.term)} 的导数是 ${t(a.result)}。`,
          caption: zhRule[a.rule],
        };
      case 'simplify_derivative':
        return { narration: `把各项合在一起，得到 ${t(line)}。`, caption: '整理结果' };
      case 'factoring':
        return FACTORING_NARRATION['zh-CN'].step(a.move, line);
      case 'inequality_roots':
        return QI['zh-CN'].roots(a, line);
      case 'parabola_sign':
        return QI['zh-CN'].sign(a, line);
      case 'isolate_radical':
        return RAD['zh-CN'].isolate(line);
      case 'square_both_sides':
        return RAD['zh-CN'].square(a, line);
      case 'check_candidates':
        return RAD['zh-CN'].candidates(a);
      case 'clear_fraction_denominators':
        return RAT['zh-CN'].clear(a, line);
      case 'check_denominators':
        return RAT['zh-CN'].checkRoots(a);
      case 'isolate_abs':
        return ABS['zh-CN'].isolate(line);
      case 'abs_cases':
        return ABS['zh-CN'].cases(a, line);
      case 'abs_negative':
        return ABS['zh-CN'].negative(a);
      case 'abs_solve':
        return ABS['zh-CN'].solve(line);
      case 'abs_check':
        return ABS['zh-CN'].checkRoots(a);
      case 'eliminate_pair':
        return SYS3['zh-CN'].eliminate(a, line);
      case 'substitute_values':
        return SYS3['zh-CN'].back(a, line);
      case 'rational_one_side':
        return RIQ['zh-CN'].oneSide(a, line);
      case 'sign_chart':
        return RIQ['zh-CN'].chart(a);
      case 'sign_chart_read':
        return RIQ['zh-CN'].read(a, line);
      case 'rewrite_integrand':
        return INT['zh-CN'].rewrite(a, line);
      case 'integral_sum_rule':
        return INT['zh-CN'].sumRule();
      case 'integrate_term':
        return INT['zh-CN'].term(a);
      case 'antiderivative':
        return INT['zh-CN'].antiderivative(line);
      case 'antiderivative_definite':
        return INT['zh-CN'].definite(line);
      case 'evaluate_bounds':
        return INT['zh-CN'].bounds(a, line);
      case 'fraction_common_denominator':
        return REX['zh-CN'].commonDenominator(a, line);
      case 'fraction_factor':
        return REX['zh-CN'].factor(line);
      case 'fraction_cancel':
        return REX['zh-CN'].cancel(a, line);
      case 'radical_simplest':
        return RSI['zh-CN'].simplest(a);
      case 'special_angles':
        return RSI['zh-CN'].specialAngles(a);
      case 'rationalize_denominator':
        return RSI['zh-CN'].rationalize(a);
      case 'radical_combine':
        return RSI['zh-CN'].combine(line);
      case 'limit_substitute':
        return LIM['zh-CN'].substitute(a, line);
      case 'limit_zero_over_zero':
        return LIM['zh-CN'].zeroOverZero(a);
      case 'limit_cancel':
        return LIM['zh-CN'].cancel(a, line);
      case 'limit_leading_terms':
        return LIM['zh-CN'].leading(a, line);
      case 'limit_standard_sine':
        return LIM['zh-CN'].standardSine(a, line);
      case 'exp_same_base':
        return EXL['zh-CN'].sameBase(a, line);
      case 'exp_equate_exponents':
        return EXL['zh-CN'].equateExponents(line);
      case 'exp_take_log':
        return EXL['zh-CN'].takeLog(a, line);
      case 'exp_always_positive':
        return EXL['zh-CN'].alwaysPositive(a);
      case 'log_domain':
        return EXL['zh-CN'].domain(a);
      case 'log_combine':
        return EXL['zh-CN'].combine(a, line);
      case 'log_to_exponential':
        return EXL['zh-CN'].toExponential(a, line);
      case 'log_equate_arguments':
        return EXL['zh-CN'].equateArguments(line);
      case 'log_domain_check':
        return EXL['zh-CN'].domainCheck(a);
    }
  },
  answer: (s, v) => {
    if (s.kind === 'quadratic_inequality')
      return s.outcome === 'no_solution'
        ? '所以原不等式无解。'
        : s.outcome === 'all_numbers'
          ? `所以 ${v} 可以取任意实数。`
          : `所以，解集是 ${t(s.answer.latex)}。`;
    switch (s.outcome) {
      case 'no_solution':
        if (s.kind === 'rational_equation')
          return '唯一能得到的解使分母为零，是增根，所以原方程无解。';
        return s.kind === 'linear_system'
          ? '两个方程互相矛盾，所以方程组无解。'
          : `无论 ${v} 取什么值，两边都不可能相等，所以原${s.kind.endsWith('inequality') ? '不等式' : '方程'}无解。`;
      case 'all_numbers':
        return `两边恒成立，所以 ${v} 可以取任意实数。`;
      case 'infinitely_many':
        return '两个方程其实是同一个方程，所以方程组有无数组解。';
      case 'no_real_roots':
        return '判别式小于零，所以这个方程没有实数根。';
      default:
        return `所以，答案是 ${t(s.answer.latex)}。`;
    }
  },
  check: (s, r, v) => {
    const f = r.facts;
    switch (r.method) {
      case 'substitution':
        if (s.kind === 'linear_system')
          return `检验一下：把 x = ${f.x}、y = ${f.y} 代入两个原方程，两个等式都成立，答案正确。`;
        if (s.kind === 'quadratic_equation')
          return `检验一下：把求出的根代回原方程，左边都等于右边，答案正确。`;
        if (s.kind === 'radical_equation') return RAD['zh-CN'].check(f);
        if (s.kind === 'rational_equation') return RAT['zh-CN'].check(f);
        if (s.kind === 'absolute_value') return ABS['zh-CN'].check(f);
        if (s.kind === 'linear_system3') return SYS3['zh-CN'].check(f);
        if (s.kind === 'exponential_equation' || s.kind === 'logarithmic_equation')
          return EXL['zh-CN'].check(s.kind, f);
        if (s.kind === 'polynomial_equation')
          return `检验一下：把求出的根逐个代回原方程，左边都等于右边；而且这个方程恰好有 ${f.count} 个不同的实数根，一个都没有漏掉。`;
        return `检验一下：把 ${v} = ${f.value} 代入原方程，左边等于 ${f.left}，右边也等于 ${f.right}，两边相等，答案正确。`;
      case 'boundary_and_test_points':
        // Test points at every boundary and between: the same words for both classes.
        if (s.kind === 'absolute_value' || s.kind === 'rational_inequality')
          return ABS['zh-CN'].check(f);
        return f.inside
          ? `检验一下：取 ${v} = ${f.inside}，代入原不等式，不等式成立，说明解集的方向是对的。`
          : '我们在几个不同的数上验证了这个结论。';
      case 'evaluation':
        if (s.kind === 'limit') return LIM['zh-CN'].check(f);
        return `检验一下：用小数估算，结果约等于 ${f.estimate}，和我们的答案一致。`;
      case 'identity':
        if (s.kind === 'factoring') return FACTORING_NARRATION['zh-CN'].check(f);
        return f.point
          ? `检验一下：取 ${f.point}，原式和化简后的式子的值都是 ${f.value}，结果一致。`
          : '我们已经验证了这个结论。';
      case 'numeric_derivative':
        return `检验一下：在 ${v} = ${f.point} 附近，原函数的变化率约为 ${f.slope}，和导数的值一致。`;
      case 'differentiate_back':
      case 'quadrature':
        return INT['zh-CN'].check(f, r.method);
    }
  },
};

const zhRule: Record<string, string> = {
  constant: '常数的导数是零',
  power: '用幂函数的求导法则',
  constant_multiple: '常数倍的导数等于常数乘以导数',
  sin: '正弦函数的导数是余弦函数',
  cos: '余弦函数的导数是负的正弦函数',
  tan: '正切函数的导数是余弦平方分之一',
  exp: '指数函数 e 的 x 次方的导数是它本身',
  ln: '自然对数 ln x 的导数是 x 分之一',
  sqrt: '根号 x 的导数是二倍根号 x 分之一',
  product: '用乘积的求导法则',
  quotient: '用商的求导法则',
  chain: '用复合函数的求导法则，也就是链式法则',
};
