import { layoutBoard, PlacedItem } from './layout';
import { measureItem } from './chalkboard';
import { parseProblemText } from '../../solver/problem-parser';
import { solveAndCheck } from '../../solver/solve';
import { buildScript } from '../../script/script-builder';
import { Scene } from '../../script/mvs.types';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
];

function scenesFor(text: string): Scene[] {
  const p = parseProblemText(text);
  return buildScript(p, solveAndCheck(p.problem), 'zh-CN', { provider: 'offline' }).scenes;
}

const overlaps = (a: PlacedItem, b: PlacedItem) =>
  a.y < b.y + b.height && b.y < a.y + a.height && a.x < b.x + b.width && b.x < a.x + a.width;

describe('board layout', () => {
  describe.each(SIZES)('on a $width×$height board', (size) => {
    it.each([
      '3x + 2y = 12, 2x - 3y = -5',
      'Compute: (3/4 + 1/6) × 12 − 2³',
      '(x+1)/3 = (x-1)/2',
      '求导：f(x) = (2x+1)/(x-1)',
    ])('never overlaps or leaves the board for %s', (text) => {
      const states = layoutBoard(scenesFor(text), size, (i) => measureItem(i, size));
      for (const state of states) {
        for (const p of state.items) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.x + p.width).toBeLessThanOrEqual(size.width);
          expect(p.y + p.height).toBeLessThanOrEqual(size.height);
        }
        for (let i = 0; i < state.items.length; i += 1)
          for (let j = i + 1; j < state.items.length; j += 1)
            expect(overlaps(state.items[i], state.items[j])).toBe(false);
        // What a scene writes is always on the board when it is spoken.
        expect(state.added.length).toBeGreaterThan(0);
      }
    });
  });

  it('scales a formula wider than the board down to fit', () => {
    const wide: Scene = {
      id: 'w',
      role: 'step',
      narration: 'n',
      board: [
        { type: 'math', latex: Array.from({ length: 30 }, (_, i) => `x_{${i}}`).join(' + ') },
      ],
    };
    const size = SIZES[0];
    const [state] = layoutBoard([wide], size, (i) => measureItem(i, size));
    expect(state.items[0].scale).toBeLessThan(1);
    expect(state.items[0].x + state.items[0].width).toBeLessThanOrEqual(size.width);
  });

  it('scrolls by whole lines when the board is full', () => {
    const size = SIZES[0];
    const many: Scene[] = Array.from({ length: 14 }, (_, i) => ({
      id: `s${i}`,
      role: 'step',
      narration: 'n',
      board: [{ type: 'math', latex: `x = ${i}` }],
    }));
    const states = layoutBoard(many, size, (i) => measureItem(i, size));
    const last = states.at(-1)!;
    expect(last.scroll).toBeGreaterThan(0);
    expect(last.items[0].y).toBeCloseTo(Math.round(size.height * 0.06), 0);
    expect(last.added[0].item).toEqual(many[13].board[0]);
  });
});
