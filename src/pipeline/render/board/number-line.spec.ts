import { numberLineFor } from './number-line';
import { numberLineSvg } from './number-line-drawing';
import { boardScenes } from './board-scenes';
import { buildScript } from '../../script/script-builder';
import { parseProblemText } from '../../solver/problem-parser';
import { solveAndCheck } from '../../solver/solve';

const box = { x: 0, y: 0, width: 600, height: 140 };
const dots = (svg: string) =>
  [...svg.matchAll(/<circle [^>]*fill="([^"]+)"/g)].map((m) =>
    m[1] === '#fff' ? 'filled' : 'hollow',
  );

interface Expected {
  from?: number;
  to?: number;
  closedFrom?: boolean;
  closedTo?: boolean;
}

describe('the number line of an inequality', () => {
  it.each<[string, Expected[]]>([
    ['< -8', [{ to: -8, closedTo: false }]],
    ['>= -2', [{ from: -2, closedFrom: true }]],
    ['(-1, 5)', [{ from: -1, to: 5, closedFrom: false, closedTo: false }]],
    [
      '(-inf, 1 - sqrt(2)] U [1 + sqrt(2), inf)',
      [
        { to: 1 - Math.SQRT2, closedTo: true },
        { from: 1 + Math.SQRT2, closedFrom: true },
      ],
    ],
    ['all real numbers', [{}]],
  ])('reads %s', (value, expected) => {
    const line = numberLineFor(value)!;
    expect(
      line.stretches.map((s) => ({
        ...(s.from && { from: s.from.value, closedFrom: s.from.closed }),
        ...(s.to && { to: s.to.value, closedTo: s.to.closed }),
      })),
    ).toEqual(
      expected.map((e) => ({
        ...e,
        ...(e.to !== undefined && { to: expect.closeTo(e.to, 9) }),
        ...(e.from !== undefined && { from: expect.closeTo(e.from, 9) }),
      })),
    );
  });

  it('is not drawn for what is not a set on the line', () => {
    expect(numberLineFor('3/2')).toBeNull();
    expect(numberLineFor('(x + 3)(x - 3)')).toBeNull();
  });

  it('fills a boundary that belongs to the set and leaves the others hollow', () => {
    const draw = (v: string) => numberLineSvg(numberLineFor(v)!, box, '#eee', '#fff', '#000');
    expect(dots(draw('(-inf, 2) U (2, inf)'))).toEqual(['hollow']);
    expect(dots(draw('[-1, 5)'))).toEqual(['filled', 'hollow']);
    expect(draw('[-1, 5)')).toContain('<svg'); // the labels are typeset
  });

  it("is added beneath an inequality's answer, and only there", () => {
    const scenesOf = (text: string) => {
      const p = parseProblemText(text);
      return boardScenes(
        buildScript(p, solveAndCheck(p.problem), 'en-US', { provider: 'offline' }),
      );
    };
    const lines = (text: string) =>
      scenesOf(text).flatMap((s) =>
        s.board.filter((b) => b.type === 'numberLine').map(() => s.role),
      );
    expect(lines('x^2 - 4x - 5 < 0')).toEqual(['answer']);
    expect(lines('2x - 7 > 3x + 1')).toEqual(['answer']);
    expect(lines('x^2 - 5x + 6 = 0')).toEqual([]);
  });
});
