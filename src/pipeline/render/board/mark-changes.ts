import { BoardItem } from '../../script/mvs.types';
import { BoardScene, BoardState, PlacedItem } from './layout';
import { markStepChange } from './step-changes';

/** A main line: math without emphasis, drawn whole (not one piece of a broken formula). */
function isWholeLine(p: PlacedItem, scenes: BoardScene[]): boolean {
  const item = p.item;
  return (
    item.type === 'math' &&
    !item.emphasis &&
    scenes[p.sceneIndex].board.some((b) => b.type === 'math' && b.latex === item.latex)
  );
}

const latexOf = (p: PlacedItem) => (p.item.type === 'math' ? p.item.latex : '');

/**
 * While a step scene speaks, the line it writes and the line just before it show what
 * changed between them (step-changes.ts): the previous line is redrawn with its moving,
 * cancelling and combining terms coloured, and the new line with what they became.
 */
export function markChanges(states: BoardState[], scenes: BoardScene[]): BoardState[] {
  return states.map((state, i) => {
    if (scenes[i]?.role !== 'step') return state;
    const next = state.added.filter((p) => isWholeLine(p, scenes));
    const earlier = state.items.filter((p) => p.sceneIndex < i && isWholeLine(p, scenes));
    const before = earlier.at(-1);
    if (next.length !== 1 || !before || before.sceneIndex !== i - 1) return state;
    const marked = markStepChange(latexOf(before), latexOf(next[0]));
    if (!marked) return state;
    const redraw = (p: PlacedItem, latex: string): PlacedItem => ({
      ...p,
      item: { ...p.item, latex } as BoardItem,
    });
    const swap = new Map([
      [before, redraw(before, marked.before)],
      [next[0], redraw(next[0], marked.after)],
    ]);
    return {
      ...state,
      items: state.items.map((p) => swap.get(p) ?? p),
      added: state.added.map((p) => swap.get(p) ?? p),
    };
  });
}
