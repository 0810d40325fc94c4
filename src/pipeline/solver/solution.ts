import type { LimitPoint } from './limit/limit.solver';
import type { IntegralBounds } from './integral/integral.solver';
import { Expr, Relation, Statement } from '../math/expr';

export type ProblemKind =
  | 'arithmetic'
  | 'linear_equation'
  | 'quadratic_equation'
  | 'linear_system'
  | 'linear_inequality'
  | 'simplify'
  | 'expand'
  | 'derivative'
  | 'factoring'
  | 'polynomial_equation'
  | 'quadratic_inequality'
  | 'radical_equation'
  | 'rational_equation'
  | 'absolute_value'
  | 'linear_system3'
  | 'rational_inequality'
  | 'integral'
  | 'exponential_equation'
  | 'logarithmic_equation'
  | 'rational_expression'
  | 'radical_simplify'
  | 'limit';

/** What the problem parser hands to a solver: structure, not text. */
export type Problem =
  | { kind: 'arithmetic' | 'simplify' | 'expand' | 'factoring' | 'radical_simplify'; expr: Expr }
  | {
      kind:
        | 'linear_equation'
        | 'quadratic_equation'
        | 'polynomial_equation'
        | 'radical_equation'
        | 'rational_equation'
        | 'exponential_equation'
        | 'logarithmic_equation';
      statement: Statement;
      variable: string;
    }
  | {
      kind: 'linear_inequality' | 'quadratic_inequality' | 'absolute_value' | 'rational_inequality';
      statement: Statement;
      variable: string;
    }
  | { kind: 'linear_system'; statements: [Statement, Statement]; variables: [string, string] }
  | { kind: 'linear_system3'; statements: Statement[]; variables: string[] }
  | { kind: 'derivative'; expr: Expr; variable: string; functionName: string }
  | { kind: 'integral'; expr: Expr; variable: string; bounds?: IntegralBounds }
  | { kind: 'rational_expression'; expr: Expr; variable: string }
  | { kind: 'limit'; expr: Expr; variable: string; point: LimitPoint };

/**
 * Why a step was taken, in a form both narrators (zh-CN, en-US) can phrase. Math inside is
 * LaTeX; narration turns it into speech later.
 */
export type StepAction =
  | {
      type: 'evaluate';
      operation:
        'percent' | 'brackets' | 'power' | 'multiply' | 'divide' | 'add' | 'subtract' | 'mixed';
      work: string;
    }
  | { type: 'expand_brackets' }
  | { type: 'swap_sides' }
  | { type: 'clear_denominators'; factor: string; denominators: string[] }
  | { type: 'collect_like_terms' }
  | { type: 'add_both_sides'; term: string }
  | { type: 'subtract_both_sides'; term: string }
  /** The same terms on both sides (x² in x² + 2x = x² + 4), taken away from both. */
  | { type: 'cancel_both_sides'; term: string }
  | { type: 'multiply_both_sides'; factor: string; flips: boolean }
  | { type: 'divide_both_sides'; factor: string; flips: boolean }
  | { type: 'standard_form' }
  | { type: 'factor_common'; factor: string }
  | {
      type: 'factor_trinomial';
      /** a = a1·a2, c = c1·c2 with a1·c2 + a2·c1 = b (for a = 1: two numbers, product c, sum b). */
      split?: {
        a1: string;
        c1: string;
        a2: string;
        c2: string;
        b: string;
        c: string;
        work: string;
      };
    }
  | { type: 'zero_product'; factors: string[] }
  | { type: 'square_root_both_sides' }
  | {
      type: 'discriminant';
      value: string;
      sign: -1 | 0 | 1;
      /** a, b, c of the standard form, as LaTeX. */
      coefficients?: [string, string, string];
    }
  | { type: 'quadratic_formula' }
  | { type: 'simplify_roots' }
  | { type: 'label_equations'; count?: number }
  | { type: 'rearrange_equation'; label: string }
  | {
      type: 'multiply_equation';
      label: string;
      factor: string;
      /** The unknown being lined up, and the size its coefficients are brought to. */
      variable?: string;
      target?: string;
    }
  | { type: 'combine_equations'; how: 'add' | 'subtract'; eliminated: string }
  | { type: 'solve_single'; variable: string }
  | { type: 'substitute_back'; variable: string; value: string; label: string }
  | { type: 'sum_rule' }
  | { type: 'differentiate_term'; rule: DerivativeRule; term: string; result: string }
  | { type: 'simplify_derivative' }
  /** Limits: substitution; 0/0 factored and cancelled; leading terms at ∞; sin(kx)/(mx). */
  | { type: 'limit_substitute'; point: string }
  | { type: 'limit_zero_over_zero'; point: string }
  | { type: 'limit_cancel'; factor: string }
  | { type: 'limit_leading_terms'; numerator: string; denominator: string; power: string }
  | { type: 'limit_standard_sine'; k: string; m: string }
  /** Square roots: each in simplest form, denominators rationalised, like roots combined. */
  | { type: 'radical_simplest'; work: string }
  /** sin 30° = 1/2 …: the table of special angles. */
  | { type: 'special_angles'; work: string }
  | { type: 'rationalize_denominator'; work: string }
  | { type: 'radical_combine' }
  /** Rational expressions: over one denominator, factored, common factors cancelled. */
  | { type: 'fraction_common_denominator'; denominator: string }
  | { type: 'fraction_factor' }
  | { type: 'fraction_cancel'; factors: string[]; restrictions: string[] }
  /** Exponential equations: both sides as powers of one base ("27 = 3³"). */
  | { type: 'exp_same_base'; base: string; powers: string[] }
  | { type: 'exp_equate_exponents' }
  | { type: 'exp_take_log'; base: string }
  /** aᶠ is positive, so aᶠ = value ≤ 0 has no solution. */
  | { type: 'exp_always_positive'; value: string }
  /** Logarithmic equations: every argument positive. */
  | { type: 'log_domain'; conditions: string[] }
  | { type: 'log_combine'; rules: ('product' | 'quotient' | 'power')[] }
  | { type: 'log_to_exponential'; base: string; exponent: string }
  | { type: 'log_equate_arguments' }
  | { type: 'log_domain_check'; candidates: string[]; kept: string[]; rejected: string[] }
  /** Integrals: the integrand multiplied out, or √x and 1/xⁿ written as powers. */
  | { type: 'rewrite_integrand'; reason: 'expand' | 'powers' }
  | { type: 'integral_sum_rule' }
  | { type: 'integrate_term'; rule: IntegralRule; term: string; result: string }
  | { type: 'antiderivative' }
  | { type: 'antiderivative_definite' }
  | { type: 'evaluate_bounds'; upper: string; lower: string; atUpper: string; atLower: string }
  | { type: 'factoring'; move: FactoringMove }
  | { type: 'inequality_roots'; equation: string; roots: string[]; discriminant: string }
  | { type: 'parabola_sign'; relation: Relation; roots: number }
  | { type: 'isolate_radical' }
  | { type: 'square_both_sides'; squared: string }
  | { type: 'check_candidates'; candidates: string[]; kept: string[]; rejected: string[] }
  /** Three equations: a new equation from two, one unknown eliminated ("① × 2 + ②"). */
  | {
      type: 'eliminate_pair';
      from: string;
      eliminated: string;
      label: string;
      how: 'add' | 'subtract';
    }
  /** Known values put into an equation to find the next unknown. */
  | { type: 'substitute_values'; known: string[]; label: string; variable: string }
  /** Rational inequalities: one fraction compared with 0 (flipped: a negative constant moved). */
  | { type: 'rational_one_side'; flipped: boolean }
  /** The sign chart: zeros in order, each factor's sign in each stretch. */
  | { type: 'sign_chart'; points: string[] }
  /** The stretches with the sign asked for (and the numerator's zeros for ≤, ≥). */
  | { type: 'sign_chart_read'; wantPositive: boolean; closed: boolean }
  /** Absolute values: |A| written alone on one side. */
  | { type: 'isolate_abs' }
  /** |A| = c → A = ±c; |A| < c → −c < A < c; |A| > c → A < −c or A > c; |A| = |B| → A = ±B. */
  | { type: 'abs_cases'; value: string; how: 'equal' | 'inside' | 'outside' | 'both' }
  /** An absolute value is never negative. */
  | { type: 'abs_negative'; value: string }
  | { type: 'abs_solve' }
  /** |A| = B: a root is kept only where B ≥ 0. */
  | { type: 'abs_check'; condition: string; kept: string[]; rejected: string[] }
  /** Fractional equations: multiply by the lowest common denominator (factored). */
  | { type: 'clear_fraction_denominators'; lcd: string; denominators: string[] }
  /** Fractional equations: a root that makes the lcd zero is extraneous (增根). */
  | {
      type: 'check_denominators';
      lcd: string;
      candidates: string[];
      kept: string[];
      rejected: string[];
    };

/** One move of factoring (因式分解); `work` is side working for the board, in LaTeX. */
export type FactoringMove =
  | { kind: 'common'; factor: string }
  | { kind: 'difference_of_squares'; a: string; b: string }
  | { kind: 'perfect_square'; a: string; b: string; sign: '+' | '-' }
  | { kind: 'cross'; work: string; a1: string; c1: string; a2: string; c2: string; b: string }
  | { kind: 'grouping'; work: string; common: string }
  | { kind: 'substitute_square'; u: string }
  | { kind: 'rational_root'; root: string; factor: string; work: string }
  | { kind: 'irreducible'; factor: string };

/** The line of the integral table a term is integrated by. */
export type IntegralRule = 'constant' | 'power' | 'reciprocal' | 'exp' | 'sin' | 'cos';

export type DerivativeRule =
  | 'constant'
  | 'power'
  | 'constant_multiple'
  | 'sin'
  | 'cos'
  | 'tan'
  | 'exp'
  | 'ln'
  | 'sqrt'
  | 'product'
  | 'quotient'
  | 'chain';

/** The state after a step, used by the step checker; `latex` is what goes on the board. */
export type StepState =
  { kind: 'expr'; expr: Expr } | { kind: 'statement'; statement: Statement } | { kind: 'none' };

export interface SolutionStep {
  action: StepAction;
  latex: string;
  state: StepState;
}

export interface AnswerValue {
  variable: string;
  value: string;
}

export type Outcome =
  | 'value'
  | 'roots'
  | 'no_real_roots'
  | 'no_solution'
  | 'all_numbers'
  | 'infinitely_many'
  | 'interval'
  | 'expression'
  | 'pair';

export interface Solution {
  kind: ProblemKind;
  problemLatex: string;
  steps: SolutionStep[];
  outcome: Outcome;
  answer: { latex: string; values: AnswerValue[] };
  /** Exact roots of a quadratic, for the checker (the plain strings in values are for people and mathjs). */
  exactRoots?: QuadraticRoot[];
  /** Candidates that squaring (or clearing denominators) added and the check rejected (增根). */
  rejectedRoots?: QuadraticRoot[];
  /** Lines for the "check" scene, produced by the verifier, never by the solver. */
  check?: CheckReport;
}

export interface CheckReport {
  method:
    | 'substitution'
    | 'evaluation'
    | 'numeric_derivative'
    | 'boundary_and_test_points'
    | 'identity'
    /** An antiderivative differentiated back (numerically) gives the integrand. */
    | 'differentiate_back'
    /** A definite integral's value against numeric quadrature. */
    | 'quadrature';
  lines: string[];
  /** Spoken summary inputs, e.g. left and right values after substitution. */
  facts: Record<string, string>;
}

/** A real root of a quadratic, exactly: (p + q·√m) / r. */
export interface QuadraticRoot {
  p: bigint;
  q: bigint;
  m: bigint;
  r: bigint;
}
