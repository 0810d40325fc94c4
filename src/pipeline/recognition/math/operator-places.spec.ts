import {
  operandsAmongOperators,
  plusesReadAsT,
  productsAloneBetweenBrackets,
  productsBetweenBrackets,
  relationsDrawnAsTwo,
} from './operator-places';
import { Sym } from './symbols';
import { MathNode } from './structure';
import { leaves, termGroups } from './math-nodes';
import { symbolLine as line } from '../../../../test/helpers/symbol-line';

const places = (syms: Sym[]) => operandsAmongOperators(syms).map(([s]) => syms.indexOf(s));

describe('× signs read as the letter x where no product can stand', () => {
  it('keeps a product sign between two factors, a minus after it included', () => {
    expect(places(line('2', '×', '3'))).toEqual([]);
    expect(places(line(')', '×', '('))).toEqual([]);
    expect(places(line('5', '×', 'bar', '2'))).toEqual([]);
  });

  it('reads × as x first on the line, after an operator or bracket, before a relation', () => {
    expect(places(line('×', 'bar', 'y'))).toEqual([0]);
    expect(places(line('(', '×', '+', '2', ')'))).toEqual([1]);
    expect(places(line('2', '×', '=', '6'))).toEqual([1]);
    expect(places(line('3', '+', '×', '=', '5'))).toEqual([2]);
    // The first of a denominator: numerator, bar, denominator in turn.
    expect(places(line('1', 'bar', '×'))).toEqual([2]);
  });

  it('reads a slash with no operand on one side as a 1, and keeps a division slash', () => {
    expect(places(line('6', '/', '3'))).toEqual([]);
    expect(places(line('r', '≥', '/'))).toEqual([2]);
    // 1/9 with its 1 slanted: the numerator, then the bar.
    expect(places(line('/', 'bar', '9'))).toEqual([0]);
    expect(places(line('(', '/', 'bar', '√', '3', ')'))).toEqual([1]);
    expect(operandsAmongOperators(line('×', 'bar', '/')).map(([, as]) => as)).toEqual(['x', '1']);
  });
});

describe('× signs at either end of a numerator or denominator', () => {
  const node = (s: Sym): MathNode => ({ kind: 'sym', sym: s, box: s.box });
  const xAt = (nodes: MathNode[]) =>
    termGroups(nodes)
      .flatMap(operandsAmongOperators)
      .map(([s, as]) => `${s.label}→${as}`);

  it('reads a × ending a numerator as x (4×/3 is 4x/3), however the line runs on', () => {
    const [four, cross, bar, three, plus, two] = line('4', '×', 'bar', '3', '+', '2');
    const fraction: MathNode = {
      kind: 'frac',
      num: [node(four), node(cross)],
      bar,
      den: [node(three)],
      box: bar.box,
    };
    // On the line alone the × is followed by a bar, which may be a minus (5 × −2).
    expect(operandsAmongOperators(leaves([fraction, node(plus), node(two)]))).toEqual([]);
    expect(xAt([fraction, node(plus), node(two)])).toEqual(['×→x']);
    // Between two factors of a numerator it stays a product.
    const product: MathNode = { ...fraction, num: [node(four), node(cross), node(two)] };
    expect(xAt([product])).toEqual([]);
  });
});

describe('an x between brackets on a line that writes × is also a product', () => {
  const between = (syms: Sym[]) => productsBetweenBrackets(syms).map((s) => syms.indexOf(s));

  it('offers the x of (x × x)x(x × x) as ×, and only where × is written', () => {
    expect(between(line('(', 'x', '×', 'x', ')', 'x', '(', 'x', ')'))).toEqual([5]);
    expect(between(line('(', 'x', ')', 'x', '(', 'x', ')'))).toEqual([]);
    expect(between(line('2', '×', 'x', '(', 'x', ')'))).toEqual([]);
  });
});

describe('an x between brackets with no other x in the formula is a product', () => {
  const alone = (syms: Sym[]) =>
    productsAloneBetweenBrackets([syms], syms).map((s) => syms.indexOf(s));

  it('reads (a + b)x(a + b) and (a)×(a)x(a) with products only', () => {
    expect(alone(line('(', 'a', '+', 'b', ')', 'x', '(', 'a', '+', 'b', ')'))).toEqual([5]);
    expect(alone(line('(', 'a', ')', '×', '(', 'a', ')', 'x', '(', 'a', ')'))).toEqual([3, 7]);
  });

  it("takes a glyph read first as another with x close behind (a hand's × read z 0.49, x 0.43)", () => {
    const syms = line('[', 'a', ']', '×', '[', 'a', ']', 'z', '[', 'a', ']');
    syms[7].alternatives = [
      { label: 'z', p: 0.49 },
      { label: 'x', p: 0.43 },
    ];
    expect(alone(syms)).toEqual([3, 7]);
    // An x far behind is no cross: the z stands.
    syms[7].alternatives = [
      { label: 'z', p: 0.85 },
      { label: 'x', p: 0.1 },
    ];
    expect(alone(syms)).toEqual([3]);
  });

  it('leaves it to the line where another x is written, or where it stands elsewhere', () => {
    expect(alone(line('(', 'x', '+', '1', ')', 'x', '(', 'x', '+', '2', ')'))).toEqual([]);
    expect(alone(line('2', 'x', '(', 'a', ')'))).toEqual([]);
    expect(alone(line('(', 'a', ')', 'x'))).toEqual([]);
  });

  it('looks for the other x in the whole formula, the other lines of a fraction included', () => {
    const numerator = line('(', 'a', ')', 'x', '(', 'b', ')');
    const denominator = line('x');
    expect(
      productsAloneBetweenBrackets([numerator, denominator], [...numerator, ...denominator]),
    ).toEqual([]);
    expect(productsAloneBetweenBrackets([numerator], numerator)).toEqual([numerator[3]]);
  });
});

describe('a one-stroke ≥ read as z or 2 between a letter and a number', () => {
  const node = (s: Sym): MathNode => ({ kind: 'sym', sym: s, box: s.box });
  // "d z 7" with the z also read ≥ (2 %) and ≤ (0.5 %).
  const row = (...labels: string[]) => {
    const syms = line(...labels);
    syms[1].alternatives = [
      { label: syms[1].label, p: 0.96 },
      { label: '≥', p: 0.02 },
      { label: '≤', p: 0.005 },
    ];
    return syms.map(node);
  };
  const read = (nodes: MathNode[]) =>
    relationsDrawnAsTwo(nodes).map(([s, as]) => `${s.label}→${as}`);

  it('reads the glyph as the likelier relation among its readings', () => {
    expect(read(row('d', 'z', '7'))).toEqual(['z→≥']);
    expect(read(row('p', '2', '1', '0'))).toEqual(['2→≥']);
  });

  it('leaves lines of any other form alone', () => {
    expect(read(row('2', 'z', '7'))).toEqual([]); // a number first
    expect(read(row('d', 'z', 'x'))).toEqual([]); // no number after
    expect(read(row('d', 'z', '7', '=', '1'))).toEqual([]); // a relation already
    expect(read(row('d', 'z'))).toEqual([]);
    const sure = line('d', 'z', '7').map(node); // a z with no relation among its readings
    expect(read(sure)).toEqual([]);
  });
});

describe('a small + read as t between an operand and a digit, or between two of one letter', () => {
  const node = (s: Sym): MathNode => ({ kind: 'sym', sym: s, box: s.box });
  const row = (...labels: string[]) => line(...labels).map(node);
  const read = (nodes: MathNode[]) => plusesReadAsT(nodes).map(([s, as]) => `${s.label}→${as}`);

  it('reads the t as + after a digit, a letter, a closing bracket or a power', () => {
    expect(read(row('(', '6', 't', '6', ')'))).toEqual(['t→+']);
    expect(read(row('(', 'n', 't', '3', ')'))).toEqual(['t→+']);
    expect(read(row(')', 't', '2'))).toEqual(['t→+']);
    const [y, two] = row('y', '2');
    const power: MathNode = { kind: 'script', base: y, sup: [two], box: y.box };
    expect(read([power, ...row('t', '1', '6')])).toEqual(['t→+']);
  });

  it('reads a letter with + or t close behind so too, but never a digit', () => {
    const [six, f, six2] = line('6', 'f', '6');
    f.alternatives = [
      { label: 'f', p: 0.55 },
      { label: 't', p: 0.37 },
    ];
    expect(read([six, f, six2].map(node))).toEqual(['f→+']);
    const [one, four, two] = line('1', '4', '2');
    four.alternatives = [
      { label: '4', p: 0.6 },
      { label: '+', p: 0.4 },
    ];
    expect(read([one, four, two].map(node))).toEqual([]);
    f.alternatives = [
      { label: 'f', p: 0.8 },
      { label: 't', p: 0.2 },
    ];
    expect(read([six, f, six2].map(node))).toEqual([]);
  });

  it('reads it inside a bracket, root or fraction too', () => {
    const [sign, ...body] = line('√', 'n', 't', '2');
    const root: MathNode = { kind: 'sqrt', sign, body: body.map(node), box: sign.box };
    expect(read([root])).toEqual(['t→+']);
  });

  it('keeps a t that may be the letter: first, before a letter or bracket, after an operator', () => {
    expect(read(row('t', '2'))).toEqual([]);
    expect(read(row('2', 't', 'y'))).toEqual([]);
    expect(read(row('2', 't', '(', 't', ')'))).toEqual([]);
    expect(read(row('+', 't', '2'))).toEqual([]);
    expect(read(row('2', 't'))).toEqual([]);
  });

  it('reads a t or an unsure + between two of one letter as +: n² + n, never n²tn', () => {
    const [n, two] = row('n', '2');
    const power: MathNode = { kind: 'script', base: n, sup: [two], box: n.box };
    expect(read([power, ...row('+', 'n')])).toEqual(['+→+']);
    expect(read(row('x', 't', 'x'))).toEqual(['t→+']);
    // Between two letters that differ, a t may be the letter (v t a).
    expect(read(row('v', 't', 'a'))).toEqual([]);
    expect(read(row('n', '+', 'm'))).toEqual([]);
  });
});
