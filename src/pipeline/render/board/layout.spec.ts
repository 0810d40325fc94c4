import { BoardState, boardGeometry, layoutBoard, PlacedItem } from './layout';
import { measureItem } from './chalkboard';
import { parseProblemText } from '../../solver/problem-parser';
import { solveAndCheck } from '../../solver/solve';
import { buildScript } from '../../script/script-builder';
import { Scene } from '../../script/mvs.types';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 720, height: 1280 },
];

function scenesFor(text: string, lang: 'zh-CN' | 'en-US' = 'zh-CN'): Scene[] {
  const p = parseProblemText(text);
  return buildScript(p, solveAndCheck(p.problem), lang, { provider: 'offline' }).scenes;
}

const lineScene = (i: number, latex = `x = ${i}`): Scene => ({
  id: `s${i}`,
  role: 'step',
  narration: 'n',
  board: [{ type: 'math', latex }],
});

/** Every line on the board, clear of the edges, the teacher and each other. */
function expectTidy(states: BoardState[], size: { width: number; height: number }) {
  const teacher = boardGeometry(size).avatar;
  for (const state of states) {
    for (const p of state.items) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.x + p.width).toBeLessThanOrEqual(size.width);
      expect(p.y + p.height).toBeLessThanOrEqual(size.height);
      expect(overlaps(p, { ...p, ...teacher })).toBe(false);
    }
    for (let i = 0; i < state.items.length; i += 1)
      for (let j = i + 1; j < state.items.length; j += 1)
        expect(overlaps(state.items[i], state.items[j])).toBe(false);
    // What a scene writes is always on the board when it is spoken.
    expect(state.added.length).toBeGreaterThan(0);
  }
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
      'Factor: x^4 - 5x^2 + 4',
      'sqrt(x + 3) = x - 3',
      '(2x - 1)(3x + 4) - (x + 5)^2 + 7x(x - 2) = 3(x - 1)^2 + 2x + 15',
    ])('never overlaps, covers the teacher or leaves the board for %s', (text) => {
      for (const lang of ['zh-CN', 'en-US'] as const)
        expectTidy(
          layoutBoard(scenesFor(text, lang), size, (i) => measureItem(i, size)),
          size,
        );
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

  it('writes short steps in two columns on a wide board, and the check beside them', () => {
    const size = SIZES[0];
    const states = layoutBoard(scenesFor('3(x-2) = 2x + 5'), size, (i) => measureItem(i, size));
    const last = states.at(-1)!;
    const xs = new Set(last.items.map((p) => Math.round(p.x)));
    expect(xs.size).toBe(2);
    expect(Math.max(...last.added.map((p) => p.x))).toBeGreaterThan(size.width / 2);
  });

  it('moves a full board on by a whole column, keeping the column before in view', () => {
    const size = SIZES[0];
    const many = Array.from({ length: 30 }, (_, i) => lineScene(i));
    const states = layoutBoard(many, size, (i) => measureItem(i, size));
    const last = states.at(-1)!;
    expect(last.page).toBeGreaterThan(0);
    expect(last.added[0].item).toEqual(many[29].board[0]);
    // The newest line is at the right; the left column holds the lines just before.
    expect(last.added[0].x).toBeGreaterThan(size.width / 2);
    const left = last.items.filter((p) => p.x < size.width / 2);
    expect(left.length).toBeGreaterThan(3);
    expect(Math.max(...left.map((p) => p.sceneIndex))).toBeLessThan(29);
    expectTidy(states, size);
  });

  it('scrolls one tall column by whole lines on a portrait board', () => {
    const size = SIZES[2];
    const many = Array.from({ length: 30 }, (_, i) => lineScene(i));
    const states = layoutBoard(many, size, (i) => measureItem(i, size));
    const last = states.at(-1)!;
    expect(new Set(last.items.map((p) => p.x)).size).toBe(1);
    expect(last.page).toBeGreaterThan(0);
    expect(last.items[0].y).toBeCloseTo(boardGeometry(size).margin, 0);
    expect(last.added[0].item).toEqual(many[29].board[0]);
    expectTidy(states, size);
  });

  it('breaks a long equation before its relation sign instead of shrinking it', () => {
    const size = SIZES[2];
    const lhs = Array.from({ length: 4 }, (_, i) => `${i + 2}x^{2}`).join(' + ');
    const rhs = Array.from({ length: 4 }, (_, i) => `${i + 3}x`).join(' - ');
    const [state] = layoutBoard([lineScene(0, `${lhs} = ${rhs}`)], size, (i) =>
      measureItem(i, size),
    );
    expect(state.items.length).toBe(2);
    expect(state.items[1].item).toMatchObject({ latex: expect.stringMatching(/^= /) });
    for (const p of state.items) expect(p.scale).toBeGreaterThanOrEqual(0.8);
    expectTidy([state], size);
  });
});
