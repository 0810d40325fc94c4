import { CHANGE_COLOUR, CHANGE_COLOURS, markStepChange } from './step-changes';
import { packPieces, relationPieces } from './formula-breaks';
import { typeset } from './mathjax';

const coloured = (latex: string) =>
  [...latex.matchAll(/\{\\color\{#[0-9a-f]+\}((?:\\cancel\{[^}]*\}|[^{}])*)\}/g)].map((m) =>
    m[1].trim(),
  );

describe('showing the change between two lines', () => {
  it('colours a term moved across = on both sides, with its sign changed', () => {
    const m = markStepChange('2x + 3 = 7', '2x = 7 - 3')!;
    expect(coloured(m.before)).toEqual(['+', '3']);
    expect(coloured(m.after)).toEqual(['-', '3']);
  });

  it('colours the terms that combine and the result they became', () => {
    const m = markStepChange('3x - 6 = 2x + 5', 'x - 6 = 5')!;
    expect(coloured(m.before)).toEqual(['3x', '2x']);
    expect(coloured(m.after)).toEqual(['x']);
  });

  it('gives like terms one colour and the others another, in the old line and the new', () => {
    const m = markStepChange('3x + 6 - 2x + 2', 'x + 8')!;
    const colours = (latex: string) =>
      [...latex.matchAll(/\{\\color\{(#[0-9a-f]+)\}([^{}]+)\}/g)]
        .filter(([, , body]) => !/^[+-]$/.test(body.trim()))
        .map(([, colour, body]) => `${body.trim()}:${colour}`);
    const [xs, numbers] = [CHANGE_COLOURS[0], CHANGE_COLOURS[1]];
    expect(colours(m.before)).toEqual([`3x:${xs}`, `6:${numbers}`, `2x:${xs}`, `2:${numbers}`]);
    expect(colours(m.after)).toEqual([`x:${xs}`, `8:${numbers}`]);
  });

  it('strikes through a pair that cancels', () => {
    const m = markStepChange('x + 3 - 3 = 7 - 3', 'x = 4')!;
    expect(m.before).toContain('\\cancel{3}');
    expect(m.before.match(/\\cancel/g)).toHaveLength(2);
    expect(coloured(m.after)).toEqual(['4']);
  });

  it('marks nothing when every term changes (dividing both sides) or nothing does', () => {
    expect(markStepChange('2x = 8', 'x = 4')).toBeNull();
    expect(markStepChange('x = 4', 'x = 4')).toBeNull();
    expect(markStepChange('\\begin{cases} x = 1 \\\\ y = 2 \\end{cases}', 'x = 1')).toBeNull();
  });

  it('typesets the marked lines at the size of the plain ones', () => {
    const m = markStepChange('3\\left(x - 2\\right) = 2x + 5', '3x - 6 = 2x + 5')!;
    expect(typeset(m.before).widthEx).toBeCloseTo(
      typeset('3\\left(x - 2\\right) = 2x + 5').widthEx,
      3,
    );
    expect(typeset(m.after).svg).toContain(CHANGE_COLOUR);
  });
});

describe('breaking a long formula', () => {
  it('cuts before top-level relations only', () => {
    expect(relationPieces('a + b = c - d \\le e')).toEqual(['a + b', '= c - d', '\\le e']);
    expect(relationPieces('\\left(x = 1\\right) + {y = 2}')).toEqual([
      '\\left(x = 1\\right) + {y = 2}',
    ]);
    expect(relationPieces('\\begin{cases} x = 1 \\\\ y = 2 \\end{cases}')).toHaveLength(1);
  });

  it('packs as many pieces per line as fit', () => {
    expect(packPieces(['aaaa', '= bb', '= cc'], (s) => s.length <= 9)).toEqual([
      'aaaa = bb',
      '= cc',
    ]);
  });
});
