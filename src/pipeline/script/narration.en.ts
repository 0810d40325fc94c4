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

export const en: Narrator = {
  checkHeading: 'Check',
  answerHeading: 'Answer',
  practiceHeading: 'Your turn',
  practice: (p) => `Now one of the same kind for you: ${p}. Pause the video and try it.`,
  practiceAnswer: (a) => `The answer is ${a}. Did you get it?`,
  title: (kind, p) =>
    ({
      arithmetic: `Evaluating ${p}`,
      linear_equation: `Solving ${p}`,
      quadratic_equation: `Solving the quadratic ${p}`,
      linear_system: 'Solving a system of two equations',
      linear_inequality: `Solving the inequality ${p}`,
      simplify: `Simplifying ${p}`,
      expand: `Expanding ${p}`,
      derivative: `Differentiating ${p}`,
      factoring: FACTORING_NARRATION['en-US'].title(p),
      quadratic_inequality: QI['en-US'].title(p),
      radical_equation: RAD['en-US'].title(p),
      rational_equation: RAT['en-US'].title(p),
      absolute_value: ABS['en-US'].title(p),
      linear_system3: SYS3['en-US'].title(p),
      rational_inequality: RIQ['en-US'].title(p),
      integral: INT['en-US'].title(p),
      limit: LIM['en-US'].title(p),
      radical_simplify: RSI['en-US'].title(p),
      rational_expression: REX['en-US'].title(p),
      exponential_equation: EXL['en-US'].title('exponential_equation', p),
      logarithmic_equation: EXL['en-US'].title('logarithmic_equation', p),
      polynomial_equation: `Solving ${p}`,
    })[kind],
  intro: (kind, p, v) =>
    ({
      arithmetic: `Let's work out ${p}. We follow the order of operations: brackets first, then powers, then multiplication and division, then addition and subtraction.`,
      linear_equation: `Let's solve ${p}. It's a linear equation, so our goal is to get ${v} on its own on one side.`,
      quadratic_equation: `Let's solve ${p}. It's a quadratic equation: we put it in standard form and then pick the easiest method.`,
      linear_system: `Let's solve the system ${p}. The plan is elimination: turn two unknowns into one.`,
      linear_inequality: `Let's solve ${p}. It works like an equation, with one rule to watch: when we multiply or divide both sides by a negative number, the inequality sign flips.`,
      simplify: `Let's simplify ${p}. First we remove the brackets, then we collect like terms.`,
      expand: `Let's expand ${p}. We multiply every term out using the distributive law, then collect like terms.`,
      derivative: `Let's find the derivative of ${p}, term by term, using the differentiation rules.`,
      factoring: FACTORING_NARRATION['en-US'].intro(p),
      quadratic_inequality: QI['en-US'].intro(p),
      radical_equation: RAD['en-US'].intro(p),
      rational_equation: RAT['en-US'].intro(p),
      absolute_value: ABS['en-US'].intro(p),
      linear_system3: SYS3['en-US'].intro(p),
      rational_inequality: RIQ['en-US'].intro(p),
      integral: INT['en-US'].intro(p),
      limit: LIM['en-US'].intro(p),
      radical_simplify: RSI['en-US'].intro(p),
      rational_expression: REX['en-US'].intro(p),
      exponential_equation: EXL['en-US'].intro('exponential_equation', p),
      logarithmic_equation: EXL['en-US'].intro('logarithmic_equation', p),
      polynomial_equation: `Let's solve ${p}. It has a degree above two, so we bring everything to one side, factor, and set each factor equal to zero.`,
    })[kind],
  step: (a, line, v) => {
    switch (a.type) {
      case 'evaluate': {
        const what = {
          percent: 'First, write each percentage as a number',
          brackets: 'First, the brackets',
          power: 'Next, the powers',
          multiply: 'Now the multiplication',
          divide: 'Now the division',
          add: 'Finally, the addition',
          subtract: 'Finally, the subtraction',
          mixed: 'Multiplication and division, left to right',
        }[a.operation];
        return { narration: `${what}: ${t(a.work)}.`, caption: what };
      }
      case 'expand_brackets':
        return {
          narration: `Expand the brackets by multiplying each term inside by the number outside. That gives ${t(line)}.`,
          caption: 'Expand the brackets',
        };
      case 'swap_sides':
        return {
          narration: `Swap the two sides so the side with more ${v} is on the left: ${t(line)}.`,
          caption: 'Swap the sides',
        };
      case 'clear_denominators':
        return {
          narration: `Fractions are easy to get wrong, so we clear them. ${a.denominators.length > 1 ? `The lowest common multiple of the denominators ${a.denominators.join(' and ')} is ${a.factor}` : `The denominator is ${a.factor}`}. Multiplying both sides by ${a.factor} keeps the equation true and turns every fraction into a whole number: ${t(line)}.`,
          caption: `Multiply both sides by ${a.factor}`,
        };
      case 'collect_like_terms':
        return { narration: `Collect like terms: ${t(line)}.`, caption: 'Collect like terms' };
      case 'add_both_sides':
        return {
          narration: `To move ${a.term.includes(v ?? '#') ? `the ${v} term` : 'the number'} to the other side, add ${t(a.term)} to both sides: ${t(line)}.`,
          caption: `Add ${t(a.term)} to both sides`,
        };
      case 'subtract_both_sides':
        return {
          narration: `To move ${a.term.includes(v ?? '#') ? `the ${v} term` : 'the number'} to the other side, subtract ${t(a.term)} from both sides: ${t(line)}.`,
          caption: `Subtract ${t(a.term)} from both sides`,
        };
      case 'cancel_both_sides':
        return {
          narration: `Both sides have ${t(a.term)}. Take it away from both, and the equation is linear: ${t(line)}.`,
          caption: `Cancel ${t(a.term)} on both sides`,
        };
      case 'divide_both_sides':
        return {
          narration: `${v ?? 'The unknown'} is multiplied by ${t(a.factor)}. To get ${v ?? 'it'} on its own, divide both sides by ${t(a.factor)}${a.flips ? '. Because we divide by a negative number, the inequality sign flips' : ''}: ${t(line)}.`,
          caption: `Divide both sides by ${t(a.factor)}`,
        };
      case 'multiply_both_sides':
        return {
          narration: `Multiply both sides by ${t(a.factor)}${a.flips ? '. Because it is negative, the inequality sign flips' : ''}: ${t(line)}.`,
          caption: `Multiply both sides by ${t(a.factor)}`,
        };
      case 'standard_form':
        return {
          narration: `Move every term to the left so the right side is zero. This is the standard form: ${t(line)}.`,
          caption: 'Standard form',
        };
      case 'factor_common':
        return {
          narration: `Every term contains ${a.factor}, so take out the common factor: ${t(line)}.`,
          caption: 'Common factor',
        };
      case 'factor_trinomial': {
        const m = a.split;
        if (!m) return { narration: `The left side factorises: ${t(line)}.`, caption: 'Factorise' };
        if (m.a1 === m.a2 && !/\d/.test(m.a1))
          return {
            narration: `Can the left side be written as two brackets? We look for two numbers that multiply to ${m.c}, the constant term, and add to ${m.b}, the coefficient of the middle term. ${m.c1} times ${m.c2} is ${m.c}, and ${m.c1} plus ${m.c2} is ${m.b}: they work. So the left side is ${t(line)}.`,
            caption: `Product ${m.c}, sum ${m.b}`,
          };
        return {
          narration: `We use the cross method: split the first term into ${t(m.a1)} times ${t(m.a2)}, and the constant into ${m.c1} times ${m.c2}. Multiplying across and adding gives ${m.b}, exactly the middle coefficient, so the left side is ${t(line)}.`,
          caption: 'Cross method',
        };
      }
      case 'zero_product':
        return {
          narration: `If a product is zero, one of its factors must be zero: ${a.factors.map((f) => `${t(f)} = 0`).join(', or ')}.`,
          caption: 'Zero product',
        };
      case 'square_root_both_sides':
        return {
          narration: `Take the square root of both sides, remembering both the positive and the negative root: ${t(line)}.`,
          caption: 'Square root',
        };
      case 'discriminant': {
        const abc = a.coefficients
          ? ` Here a is ${t(a.coefficients[0])}, b is ${t(a.coefficients[1])} and c is ${t(a.coefficients[2])}.`
          : '';
        return {
          narration: `No two whole numbers factorise this, so we use the formula.${abc} First the discriminant, b squared minus 4 a c: ${t(line)}. ${a.sign < 0 ? 'It is negative, so there are no real roots.' : a.sign === 0 ? 'It is zero, so there is one repeated root.' : 'It is positive, so there are two different real roots.'}`,
          caption: 'Discriminant',
        };
      }
      case 'quadratic_formula':
        return {
          narration: `Substitute into the quadratic formula: ${t(line)}.`,
          caption: 'Quadratic formula',
        };
      case 'simplify_roots':
        return { narration: `Simplify the square root: ${t(line)}.`, caption: 'Simplify' };
      case 'label_equations':
        return {
          narration:
            a.count === 3
              ? 'Label the three equations as equations one, two and three.'
              : 'Label the two equations as equation one and equation two.',
          caption: 'Label the equations',
        };
      case 'rearrange_equation':
        return {
          narration: `Rearrange equation ${a.label} into the form ax + by = c: ${t(line)}.`,
          caption: `Rearrange ${a.label}`,
        };
      case 'multiply_equation':
        return {
          narration: a.variable
            ? `To eliminate ${a.variable}, we make its coefficients the same size in both equations, ${t(a.target ?? '')}: multiply equation ${a.label} by ${t(a.factor)}, which gives ${t(line)}.`
            : `To make one unknown's coefficients match, multiply equation ${a.label} by ${t(a.factor)}: ${t(line)}.`,
          caption: `Multiply ${a.label} by ${t(a.factor)}`,
        };
      case 'combine_equations':
        return {
          narration: `The coefficients of ${a.eliminated} are ${a.how === 'add' ? 'opposites, so adding' : 'equal, so subtracting'} the equations makes ${a.eliminated} disappear, leaving one unknown: ${t(line)}.`,
          caption: `${a.how === 'add' ? 'Add' : 'Subtract'} to eliminate ${a.eliminated}`,
        };
      case 'solve_single':
        return {
          narration: `Solve this one-unknown equation: ${t(line)}.`,
          caption: `Find ${a.variable}`,
        };
      case 'substitute_back':
        return {
          narration: `Substitute ${a.variable} = ${t(a.value)} back into equation ${a.label} to find the other unknown: ${t(line)}.`,
          caption: 'Substitute back',
        };
      case 'sum_rule':
        return {
          narration:
            'The derivative of a sum is the sum of the derivatives, so we go term by term.',
          caption: 'Sum rule',
        };
      case 'differentiate_term':
        return {
          narration: `${enRule[a.rule]}: the derivative of ${t(a.term)} is ${t(a.result)}.`,
          caption: enRule[a.rule],
        };
      case 'simplify_derivative':
        return { narration: `Put the terms together: ${t(line)}.`, caption: 'Result' };
      case 'factoring':
        return FACTORING_NARRATION['en-US'].step(a.move, line);
      case 'inequality_roots':
        return QI['en-US'].roots(a, line);
      case 'parabola_sign':
        return QI['en-US'].sign(a, line);
      case 'isolate_radical':
        return RAD['en-US'].isolate(line);
      case 'square_both_sides':
        return RAD['en-US'].square(a, line);
      case 'check_candidates':
        return RAD['en-US'].candidates(a);
      case 'clear_fraction_denominators':
        return RAT['en-US'].clear(a, line);
      case 'check_denominators':
        return RAT['en-US'].checkRoots(a);
      case 'isolate_abs':
        return ABS['en-US'].isolate(line);
      case 'abs_cases':
        return ABS['en-US'].cases(a, line);
      case 'abs_negative':
        return ABS['en-US'].negative(a);
      case 'abs_solve':
        return ABS['en-US'].solve(line);
      case 'abs_check':
        return ABS['en-US'].checkRoots(a);
      case 'eliminate_pair':
        return SYS3['en-US'].eliminate(a, line);
      case 'substitute_values':
        return SYS3['en-US'].back(a, line);
      case 'rational_one_side':
        return RIQ['en-US'].oneSide(a, line);
      case 'sign_chart':
        return RIQ['en-US'].chart(a);
      case 'sign_chart_read':
        return RIQ['en-US'].read(a, line);
      case 'rewrite_integrand':
        return INT['en-US'].rewrite(a, line);
      case 'integral_sum_rule':
        return INT['en-US'].sumRule();
      case 'integrate_term':
        return INT['en-US'].term(a);
      case 'antiderivative':
        return INT['en-US'].antiderivative(line);
      case 'antiderivative_definite':
        return INT['en-US'].definite(line);
      case 'evaluate_bounds':
        return INT['en-US'].bounds(a, line);
      case 'fraction_common_denominator':
        return REX['en-US'].commonDenominator(a, line);
      case 'fraction_factor':
        return REX['en-US'].factor(line);
      case 'fraction_cancel':
        return REX['en-US'].cancel(a, line);
      case 'radical_simplest':
        return RSI['en-US'].simplest(a);
      case 'special_angles':
        return RSI['en-US'].specialAngles(a);
      case 'rationalize_denominator':
        return RSI['en-US'].rationalize(a);
      case 'radical_combine':
        return RSI['en-US'].combine(line);
      case 'limit_substitute':
        return LIM['en-US'].substitute(a, line);
      case 'limit_zero_over_zero':
        return LIM['en-US'].zeroOverZero(a);
      case 'limit_cancel':
        return LIM['en-US'].cancel(a, line);
      case 'limit_leading_terms':
        return LIM['en-US'].leading(a, line);
      case 'limit_standard_sine':
        return LIM['en-US'].standardSine(a, line);
      case 'exp_same_base':
        return EXL['en-US'].sameBase(a, line);
      case 'exp_equate_exponents':
        return EXL['en-US'].equateExponents(line);
      case 'exp_take_log':
        return EXL['en-US'].takeLog(a, line);
      case 'exp_always_positive':
        return EXL['en-US'].alwaysPositive(a);
      case 'log_domain':
        return EXL['en-US'].domain(a);
      case 'log_combine':
        return EXL['en-US'].combine(a, line);
      case 'log_to_exponential':
        return EXL['en-US'].toExponential(a, line);
      case 'log_equate_arguments':
        return EXL['en-US'].equateArguments(line);
      case 'log_domain_check':
        return EXL['en-US'].domainCheck(a);
    }
  },
  answer: (s, v) => {
    if (s.kind === 'quadratic_inequality')
      return s.outcome === 'no_solution'
        ? 'So the inequality has no solution.'
        : s.outcome === 'all_numbers'
          ? `So ${v} can be any real number.`
          : `So the solution is ${t(s.answer.latex)}.`;
    switch (s.outcome) {
      case 'no_solution':
        if (s.kind === 'rational_equation')
          return 'Every root we found makes a denominator zero, so the equation has no solution.';
        return s.kind === 'linear_system'
          ? 'The two equations contradict each other, so the system has no solution.'
          : `No value of ${v} makes this true, so there is no solution.`;
      case 'all_numbers':
        return `This is always true, so every real number ${v} is a solution.`;
      case 'infinitely_many':
        return 'Both equations describe the same line, so there are infinitely many solutions.';
      case 'no_real_roots':
        return 'The discriminant is negative, so this equation has no real roots.';
      default:
        return `So the answer is ${t(s.answer.latex)}.`;
    }
  },
  check: (s, r, v) => {
    const f = r.facts;
    switch (r.method) {
      case 'substitution':
        if (s.kind === 'linear_system')
          return `Let's check: with x = ${f.x} and y = ${f.y}, both original equations hold. The answer is right.`;
        if (s.kind === 'quadratic_equation')
          return `Let's check: putting each root back into the original equation makes both sides equal. The answer is right.`;
        if (s.kind === 'radical_equation') return RAD['en-US'].check(f);
        if (s.kind === 'rational_equation') return RAT['en-US'].check(f);
        if (s.kind === 'absolute_value') return ABS['en-US'].check(f);
        if (s.kind === 'linear_system3') return SYS3['en-US'].check(f);
        if (s.kind === 'exponential_equation' || s.kind === 'logarithmic_equation')
          return EXL['en-US'].check(s.kind, f);
        if (s.kind === 'polynomial_equation')
          return `Let's check: putting each root back into the original equation makes both sides equal, and the equation has exactly ${f.count} different real roots, so none is missing.`;
        return `Let's check: put ${v} = ${f.value} into the original equation. The left side is ${f.left} and the right side is ${f.right}, so they match.`;
      case 'boundary_and_test_points':
        // Test points at every boundary and between: the same words for both classes.
        if (s.kind === 'absolute_value' || s.kind === 'rational_inequality')
          return ABS['en-US'].check(f);
        return f.inside
          ? `Let's check with ${v} = ${f.inside}: the original inequality holds, so the direction of the answer is right.`
          : 'We checked this at several different numbers.';
      case 'evaluation':
        if (s.kind === 'limit') return LIM['en-US'].check(f);
        return `Let's check with decimals: the result is about ${f.estimate}, which matches our answer.`;
      case 'identity':
        if (s.kind === 'factoring') return FACTORING_NARRATION['en-US'].check(f);
        return f.point
          ? `Let's check with ${f.point}: the original and the simplified expression both give ${f.value}.`
          : 'We have checked this conclusion.';
      case 'numeric_derivative':
        return `Let's check: near ${v} = ${f.point} the function changes at a rate of about ${f.slope}, which matches the derivative.`;
      case 'differentiate_back':
      case 'quadrature':
        return INT['en-US'].check(f, r.method);
    }
  },
};

const enRule: Record<string, string> = {
  constant: 'The derivative of a constant is zero',
  power: 'By the power rule',
  constant_multiple: 'A constant factor stays in front',
  sin: 'The derivative of sine is cosine',
  cos: 'The derivative of cosine is minus sine',
  tan: 'The derivative of tangent is one over cosine squared',
  exp: 'e to the x is its own derivative',
  ln: 'The derivative of ln x is one over x',
  sqrt: 'The derivative of root x is one over two root x',
  product: 'By the product rule',
  quotient: 'By the quotient rule',
  chain: 'By the chain rule',
};
