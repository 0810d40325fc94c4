import { Problem, Solution } from './solution';
import { solveArithmetic } from './arithmetic.solver';
import { solveLinear } from './linear.solver';
import { solveQuadratic } from './quadratic.solver';
import { solveLinearSystem } from './system.solver';
import { solvePolynomial } from './polynomial.solver';
import { solveDerivative } from './derivative.solver';
import { checkSolution } from './check';
import { solveFactoring } from './factoring/factoring.solver';
import { solvePolynomialEquation } from './polynomial-equation/polynomial-equation.solver';
import { solveQuadraticInequality } from './quadratic-inequality/quadratic-inequality.solver';
import { solveRadicalEquation } from './radical-equation/radical-equation.solver';
import { solveRationalEquation } from './rational-equation/rational-equation.solver';
import { solveAbsoluteValue } from './absolute-value/absolute-value.solver';
import { solveLinearSystem3 } from './linear-system3/linear-system3.solver';
import { solveExponentialEquation } from './exp-log/exponential.solver';
import { solveLogarithmicEquation } from './exp-log/logarithmic.solver';
import { solveRationalExpression } from './rational-expression/rational-expression.solver';
import { solveRadicalSimplify } from './radical-simplify/radical-simplify.solver';
import { solveLimit } from './limit/limit.solver';
import { solveIntegral } from './integral/integral.solver';
import { solveRationalInequality } from './rational-inequality/rational-inequality.solver';

/** Solves step by step, then checks the result independently; throws if the check fails. */
export function solveAndCheck(problem: Problem): Solution {
  const solution = solveProblem(problem);
  return { ...solution, check: checkSolution(problem, solution) };
}

export function solveProblem(problem: Problem): Solution {
  switch (problem.kind) {
    case 'arithmetic':
      return solveArithmetic(problem.expr);
    case 'simplify':
    case 'expand':
      return solvePolynomial(problem.expr, problem.kind);
    case 'linear_equation':
      return solveLinear(problem.statement, problem.variable, 'linear_equation');
    case 'linear_inequality':
      return solveLinear(problem.statement, problem.variable, 'linear_inequality');
    case 'quadratic_equation':
      return solveQuadratic(problem.statement, problem.variable);
    case 'linear_system':
      return solveLinearSystem(problem.statements, problem.variables);
    case 'derivative':
      return solveDerivative(problem.expr, problem.variable, problem.functionName);
    case 'factoring':
      return solveFactoring(problem.expr);
    case 'polynomial_equation':
      return solvePolynomialEquation(problem.statement, problem.variable);
    case 'quadratic_inequality':
      return solveQuadraticInequality(problem.statement, problem.variable);
    case 'radical_equation':
      return solveRadicalEquation(problem.statement, problem.variable);
    case 'rational_equation':
      return solveRationalEquation(problem.statement, problem.variable);
    case 'absolute_value':
      return solveAbsoluteValue(problem.statement, problem.variable);
    case 'linear_system3':
      return solveLinearSystem3(problem.statements, problem.variables);
    case 'rational_inequality':
      return solveRationalInequality(problem.statement, problem.variable);
    case 'exponential_equation':
      return solveExponentialEquation(problem.statement, problem.variable);
    case 'logarithmic_equation':
      return solveLogarithmicEquation(problem.statement, problem.variable);
    case 'rational_expression':
      return solveRationalExpression(problem.expr, problem.variable);
    case 'radical_simplify':
      return solveRadicalSimplify(problem.expr);
    case 'limit':
      return solveLimit(problem.expr, problem.variable, problem.point);
    case 'integral':
      return solveIntegral(problem.expr, problem.variable, problem.bounds);
  }
}
