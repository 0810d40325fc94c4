import { BoardLine, BoardSize, BoardState, PlacedItem } from './layout';
import { EX_PER_EM, placeFormula, typeset } from './mathjax';
import { numberLineSvg } from './number-line-drawing';

/** Chalk colours: white for what is written, yellow for the step being explained. */
const CHALK = '#f2efe6';
const CURRENT = '#ffe27a';
const NOTE = '#a9d6f5';
const CHECK = '#b8e6b0';
const BOARD_TOP = '#2b4a3a';
const BOARD_BOTTOM = '#1f3a2c';
export const CJK_FONT = 'Noto Sans CJK SC';

/**
 * Font size of body text and math, as a share of the board's short side: sized for a phone,
 * where a 720p frame is a few centimetres tall (issue 16: a chalk line ≥ 7.5 % of the height).
 */
const FONT_SHARE = 0.092;
function baseFontPx(size: BoardSize): number {
  return Math.round(Math.min(size.width, size.height) * FONT_SHARE);
}

/** Text width estimate: CJK glyphs are a full em, Latin ones about 0.55 em. */
function textWidthEm(text: string): number {
  return [...text].reduce((a, c) => a + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 1 : 0.56), 0);
}

export function measureItem(item: BoardLine, size: BoardSize): { width: number; height: number } {
  const em = baseFontPx(size);
  if (item.type === 'numberLine') return { width: em * 8.5, height: em * 2.1 };
  if (item.type === 'text')
    return { width: Math.max(1, textWidthEm(item.text) * em), height: em * 1.3 };
  const f = typeset(item.latex);
  return { width: f.widthEx * EX_PER_EM * em, height: f.heightEx * EX_PER_EM * em };
}

function colourOf(p: PlacedItem, current: boolean): string {
  if (p.item.emphasis === 'note') return NOTE;
  if (p.item.emphasis === 'check') return CHECK;
  if (p.item.emphasis === 'answer' || current) return CURRENT;
  return CHALK;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The step being explained sits on a faint chalk smear, so the eye finds it at once. */
function currentBand(p: PlacedItem, size: BoardSize): string {
  const pad = Math.round(Math.min(size.width, size.height) * 0.012);
  return `<rect x="${(p.x - pad).toFixed(1)}" y="${(p.y - pad / 2).toFixed(1)}" width="${(p.width + 2 * pad).toFixed(1)}" height="${(p.height + pad).toFixed(1)}" rx="${pad}" fill="#ffffff" fill-opacity="0.08"/>`;
}

function itemSvg(p: PlacedItem, size: BoardSize, current: boolean): string {
  const colour = colourOf(p, current);
  if (p.item.type === 'text') {
    const px = Math.round(baseFontPx(size) * p.scale);
    return `<text x="${p.x}" y="${(p.y + px).toFixed(1)}" font-family="${CJK_FONT}" font-size="${px}" fill="${colour}" xml:space="preserve">${escapeXml(p.item.text)}</text>`;
  }
  if (p.item.type === 'numberLine')
    return numberLineSvg(p.item, p, CHALK, colour === CHALK ? CURRENT : colour, BOARD_BOTTOM);
  // A redrawn line (change marks) may typeset a little wider than the line laid out: it is
  // fitted into the laid-out box, never stretched.
  const f = typeset(p.item.latex);
  const fit = Math.min(p.width / f.widthEx, p.height / f.heightEx);
  const [width, height] = [f.widthEx * fit, f.heightEx * fit];
  return placeFormula(f, colour, { x: p.x, y: p.y + (p.height - height) / 2, width, height });
}

/** The chalkboard background: a soft vertical gradient with a faint chalk-dust texture. */
function boardBackground(size: BoardSize): string {
  return [
    `<defs><linearGradient id="slate" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${BOARD_TOP}"/><stop offset="1" stop-color="${BOARD_BOTTOM}"/></linearGradient>`,
    `<filter id="dust"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="7"/><feColorMatrix values="0 0 0 0 1  0 0 0 0 1  0 0 0 0 1  0 0 0 0.06 0"/></filter></defs>`,
    `<rect width="${size.width}" height="${size.height}" fill="url(#slate)"/>`,
    `<rect width="${size.width}" height="${size.height}" filter="url(#dust)"/>`,
    `<rect x="0" y="${size.height - 10}" width="${size.width}" height="10" fill="#6b4b2a"/>`,
  ].join('');
}

/** The background alone as an SVG page: rendered once per board size (its texture is costly). */
export function backgroundSvg(size: BoardSize): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}">${boardBackground(size)}</svg>`;
}

/** What is written in one board state, on a transparent page laid over the background. */
export function boardSvg(state: BoardState, size: BoardSize): string {
  const bands = state.added
    .filter((p) => p.item.emphasis !== 'answer')
    .map((p) => currentBand(p, size));
  const body = state.items.map((p) => itemSvg(p, size, state.added.includes(p))).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}">${bands.join('')}${body}</svg>`;
}
