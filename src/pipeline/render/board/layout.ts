import { BoardEmphasis, BoardItem, Scene } from '../../script/mvs.types';

export interface BoardSize {
  width: number;
  height: number;
}

/** Measures an item at scale 1: width and height in pixels. Injected so layout stays pure. */
export type Measure = (item: BoardItem) => { width: number; height: number };

export interface PlacedItem {
  item: BoardItem;
  sceneIndex: number;
  x: number;
  /** Top of the item in board coordinates (before scrolling). */
  y: number;
  width: number;
  height: number;
  scale: number;
}

export interface BoardState {
  /** Items visible after this scene wrote, in view coordinates (scroll applied). */
  items: PlacedItem[];
  /** The items this scene added: they are revealed, and highlighted as the current step. */
  added: PlacedItem[];
  /** How far the column has scrolled up so the newest line is on the board. */
  scroll: number;
}

/** Margins and gaps as shares of the board height; the avatar keeps the lower right corner. */
const MARGIN = 0.06;
const GAP = 0.025;
/** Share of the board height the teacher takes; the lines keep clear of that corner. */
export const AVATAR_SHARE = 0.3;

function sizeFor(emphasis?: BoardEmphasis): number {
  return emphasis === 'note' ? 0.8 : emphasis === 'title' ? 0.85 : 1;
}

/**
 * Items are written top to bottom in one column, as on a real board. A formula wider than
 * the board is scaled down; when the column outgrows the board it scrolls up so the newest
 * line stays in view. Items never overlap and never leave the board.
 */
export function layoutBoard(scenes: Scene[], size: BoardSize, measure: Measure): BoardState[] {
  const margin = Math.round(size.height * MARGIN);
  const gap = Math.round(size.height * GAP);
  // Lines stop short of the avatar's corner.
  const maxWidth = size.width - 2 * margin - Math.round(size.width * AVATAR_SHARE * 0.45);
  const placed: PlacedItem[] = [];
  let y = margin;
  const states: BoardState[] = [];
  scenes.forEach((scene, sceneIndex) => {
    const added: PlacedItem[] = [];
    for (const item of scene.board) {
      const natural = measure(item);
      const preferred = sizeFor(item.emphasis);
      const scale = Math.min(
        preferred,
        maxWidth / natural.width,
        (size.height - 2 * margin) / natural.height,
      );
      const p: PlacedItem = {
        item,
        sceneIndex,
        x: margin,
        y,
        width: natural.width * scale,
        height: natural.height * scale,
        scale,
      };
      placed.push(p);
      added.push(p);
      y += p.height + gap;
    }
    // Scroll by whole lines: the first line still on the board moves to the top margin.
    const bottom = y - gap;
    const overflow = bottom - (size.height - margin);
    const firstKept = overflow > 0 ? placed.find((p) => p.y - margin >= overflow - 0.5) : undefined;
    const scroll = overflow > 0 ? (firstKept ? firstKept.y - margin : overflow) : 0;
    const visible = placed
      .filter((p) => p.y - scroll >= margin - 0.5)
      .map((p) => ({ ...p, y: p.y - scroll }));
    states.push({
      items: visible,
      added: visible.filter((p) => added.some((a) => a.item === p.item && a.y === p.y + scroll)),
      scroll,
    });
  });
  return states;
}
