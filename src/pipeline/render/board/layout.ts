import { BoardEmphasis, BoardItem, Scene } from '../../script/mvs.types';
import { packPieces, relationPieces } from './formula-breaks';
import { NumberLine } from './number-line';

/** What the board draws: the script's items, and pictures the renderer adds (a number line). */
export type BoardLine = BoardItem | (NumberLine & { emphasis?: BoardEmphasis });

/** A scene as the board sees it. */
export interface BoardScene {
  role: Scene['role'];
  board: BoardLine[];
}

export interface BoardSize {
  width: number;
  height: number;
}

/** Measures an item at scale 1: width and height in pixels. Injected so layout stays pure. */
export type Measure = (item: BoardLine) => { width: number; height: number };

export interface PlacedItem {
  /** What is drawn: the scene's item, or one line of it when a long formula was broken. */
  item: BoardLine;
  sceneIndex: number;
  x: number;
  /** Top of the item on the page. */
  y: number;
  width: number;
  height: number;
  scale: number;
}

export interface BoardState {
  /** Everything on the board while this scene speaks (its page). */
  items: PlacedItem[];
  /** The lines this scene added: they are revealed, and highlighted as the current step. */
  added: PlacedItem[];
  /**
   * Where the board stands: changes when it moves on (a scroll, or a column moved to the
   * left). A scene's new lines are written on only while it is unchanged.
   */
  page: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BoardGeometry {
  margin: number;
  gap: number;
  /** The teacher's corner, sway included: no line is written there. */
  avatar: Box;
  /** Height of the teacher sprite. */
  avatarHeight: number;
}

/** Share of the board's short side the teacher takes (portrait boards too). */
export const AVATAR_SHARE = 0.3;
/** The teacher sways this many pixels up and down (scene-clip.ts). */
export const AVATAR_SWAY_PX = 3;
/** A line is not shrunk below this share of its size; it is broken or given a wider column. */
const MIN_SCALE = 0.8;

export function boardGeometry(size: BoardSize): BoardGeometry {
  const side = Math.min(size.width, size.height);
  const avatarHeight = Math.round(side * AVATAR_SHARE);
  const avatarWidth = Math.round((avatarHeight * 200) / 240);
  const inset = avatarMargin(size);
  return {
    margin: Math.round(side * 0.06),
    gap: Math.round(side * 0.028),
    avatarHeight,
    avatar: {
      x: size.width - inset - avatarWidth,
      y: size.height - inset - avatarHeight - AVATAR_SWAY_PX,
      width: avatarWidth,
      height: avatarHeight + AVATAR_SWAY_PX,
    },
  };
}

/** Distance of the teacher from the board's lower right edges. */
export function avatarMargin(size: BoardSize): number {
  return Math.round(Math.min(size.width, size.height) * 0.02);
}

function sizeFor(emphasis?: BoardEmphasis): number {
  return emphasis === 'note' ? 0.8 : emphasis === 'title' ? 0.85 : 1;
}

interface Line {
  item: BoardLine;
  sceneIndex: number;
  width: number;
  height: number;
  scale: number;
  indent: number;
}

/**
 * Items are written in columns, top to bottom, as on a real board: two columns on a wide
 * board when the steps are short enough, one otherwise (and always when portrait). A
 * scene's lines stay together in one column. When the board is full it moves on by whole
 * lines (one column) or by a whole column (two: the right column moves to the left and
 * writing goes on at the right), so the steps just before the current one stay in view. A
 * formula too wide for its column is broken before a relation sign, or shrunk when it
 * cannot be; no line overlaps another, the teacher's corner, or the board's edge.
 */
export function layoutBoard(scenes: BoardScene[], size: BoardSize, measure: Measure): BoardState[] {
  const g = boardGeometry(size);
  const measured = new Map<string, { width: number; height: number }>();
  const natural = (item: BoardLine) => {
    const key = JSON.stringify([
      item.type,
      item.type === 'text' ? item.text : item.type === 'math' ? item.latex : item.points,
    ]);
    if (!measured.has(key)) measured.set(key, measure(item));
    return measured.get(key)!;
  };
  const pageBottom = size.height - g.margin;
  const columnHeight = pageBottom - g.margin;
  const indent = Math.round(natural({ type: 'text', text: 'M' }).height * 0.6);
  // A tall line (stacked fractions in brackets) is capped so it does not fill the board.
  const maxLine = Math.min(columnHeight, natural({ type: 'text', text: 'M' }).height * 1.6);

  const linesOf = (item: BoardLine, sceneIndex: number, columnWidth: number): Line[] => {
    const preferred = sizeFor(item.emphasis);
    const line = (it: BoardLine, inset: number): Line => {
      const n = natural(it);
      // A table (a sign chart, a system) may take more of the column than a formula.
      const tall =
        it.type === 'math' && /^\\begin\{array\}/.test(it.latex) ? columnHeight * 0.6 : maxLine;
      const scale = Math.min(
        preferred,
        (columnWidth - inset) / n.width,
        Math.max(maxLine, tall) / n.height,
      );
      const [width, height] = [n.width * scale, n.height * scale];
      return { item: it, sceneIndex, width, height, scale, indent: inset };
    };
    const whole = line(item, 0);
    if (item.type !== 'math' || whole.scale >= preferred * MIN_SCALE) return [whole];
    const pieces = relationPieces(item.latex);
    if (pieces.length < 2) return [whole];
    const fits = (latex: string) =>
      natural({ ...item, latex }).width * preferred <= columnWidth - indent;
    return packPieces(pieces, fits).map((latex, k) => line({ ...item, latex }, k ? indent : 0));
  };
  // The practice problem is a new problem: it starts on a clean column.
  const startsPractice = (i: number) =>
    scenes[i].role === 'practice' && scenes[i - 1]?.role !== 'practice';
  const linesFor = (width: number) =>
    scenes.map((scene, i) => scene.board.flatMap((item) => linesOf(item, i, width)));

  // Two columns when every line fits one at a readable size, breaking at most two formulas.
  const half = Math.floor((size.width - 3 * g.margin) / 2);
  const halves = linesFor(half);
  const twoColumns =
    size.width > size.height &&
    halves.flat().every((l) => l.scale >= sizeFor(l.item.emphasis) * MIN_SCALE) &&
    halves.flat().length - scenes.reduce((a, s) => a + s.board.length, 0) <= 2;
  return twoColumns
    ? flowInColumns(
        halves,
        [g.margin, 2 * g.margin + half],
        g,
        size,
        startsPractice,
        (i) => scenes[i].role,
      )
    : scrollOneColumn(linesFor(size.width - 2 * g.margin), g, size, startsPractice);
}

/** The lowest a line may reach at this x and width: the teacher's corner is kept free. */
function bottomFor(g: BoardGeometry, size: BoardSize, x: number, width: number): number {
  return x + width > g.avatar.x - g.gap ? g.avatar.y - g.gap : size.height - g.margin;
}

function toPlaced(l: Line, x: number, y: number): PlacedItem {
  const { item, sceneIndex, width, height, scale } = l;
  return { item, sceneIndex, x: x + l.indent, y, width, height, scale };
}

/**
 * Two columns. Virtual column v is written at the right (v ≥ 1) and later shown at the
 * left when v + 1 is written: the board shows the current column and the one before it.
 */
function flowInColumns(
  scenes: Line[][],
  xs: number[],
  g: BoardGeometry,
  size: BoardSize,
  startsFresh: (sceneIndex: number) => boolean,
  roleOf: (sceneIndex: number) => Scene['role'],
): BoardState[] {
  const xOf = (v: number) => xs[Math.min(v, xs.length - 1)];
  const fitsAt = (lines: Line[], v: number, y0: number) => {
    let y = y0;
    for (const l of lines) {
      if (y + l.height > bottomFor(g, size, xOf(v) + l.indent, l.width) + 0.5) return false;
      y += l.height + g.gap;
    }
    return true;
  };
  const placed: { line: Line; column: number; y: number }[] = [];
  let column = 0;
  let y = g.margin;
  return scenes.map((lines, sceneIndex) => {
    // Keep the scene's lines together when an empty column can take them all. The check is
    // side work: it goes to the right column when that is still empty.
    const aside = roleOf(sceneIndex) === 'check' && column === 0;
    if (
      (aside || (startsFresh(sceneIndex) && y > g.margin) || !fitsAt(lines, column, y)) &&
      fitsAt(lines, column + 1, g.margin)
    ) {
      column += 1;
      y = g.margin;
    }
    for (const l of lines) {
      // A scene taller than a column is split between lines, never inside one.
      if (!fitsAt([l], column, y) && y > g.margin) {
        column += 1;
        y = g.margin;
      }
      placed.push({ line: l, column, y });
      y += l.height + g.gap;
    }
    const first = Math.max(0, column - xs.length + 1);
    const items = placed
      .filter((p) => p.column >= first)
      .map((p) => toPlaced(p.line, xs[p.column - first], p.y));
    return {
      items,
      added: items.filter((p) => p.sceneIndex === sceneIndex),
      page: first,
    };
  });
}

/** One column that scrolls up by whole lines so the newest lines are on the board. */
function scrollOneColumn(
  scenes: Line[][],
  g: BoardGeometry,
  size: BoardSize,
  startsFresh: (sceneIndex: number) => boolean,
): BoardState[] {
  const placed: { line: Line; y: number }[] = [];
  let y = g.margin;
  let scroll = 0;
  return scenes.map((lines, sceneIndex) => {
    if (startsFresh(sceneIndex)) scroll = y - g.margin;
    for (const l of lines) {
      placed.push({ line: l, y });
      y += l.height + g.gap;
    }
    // The least whole-line scroll (never back up) at which every line still shown fits.
    const fitsWith = (s: number) =>
      placed.every(
        (p) =>
          p.y - s < g.margin - 0.5 ||
          p.y - s + p.line.height <=
            bottomFor(g, size, g.margin + p.line.indent, p.line.width) + 0.5,
      );
    const candidates = [scroll, ...placed.map((p) => p.y - g.margin).filter((s) => s > scroll)];
    scroll = candidates.find(fitsWith) ?? placed[placed.length - 1].y - g.margin;
    const items = placed
      .filter((p) => p.y - scroll >= g.margin - 0.5)
      .map((p) => toPlaced(p.line, g.margin, p.y - scroll));
    return { items, added: items.filter((p) => p.sceneIndex === sceneIndex), page: scroll };
  });
}
