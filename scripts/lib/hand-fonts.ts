import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { GrayImage, grayFromSharp } from '../../src/pipeline/recognition/math/page-image';
import { withWhiteMargin } from './white-margin';
import { escapeXml } from './svg-text';

/**
 * Handwriting fonts as more writers for the handwriting classifier: each is one hand, so
 * they add shapes (a Chinese pen's 8, a marker's 4) rather than numbers. All are OFL-1.1,
 * the Latin subset of their @fontsource package. @fontsource ships WOFF, which the text
 * renderer (Pango, through sharp) cannot load, so each is unpacked to a TrueType file first.
 */
const FAMILIES: Record<string, string> = {
  caveat: 'Caveat',
  kalam: 'Kalam',
  'patrick-hand': 'Patrick Hand',
  'indie-flower': 'Indie Flower',
  'long-cang': 'Long Cang',
  'zhi-mang-xing': 'Zhi Mang Xing',
  'ma-shan-zheng': 'Ma Shan Zheng',
  'gochi-hand': 'Gochi Hand',
  'reenie-beanie': 'Reenie Beanie',
  'shadows-into-light': 'Shadows Into Light',
  'architects-daughter': 'Architects Daughter',
  'nanum-pen-script': 'Nanum Pen',
};

/** The handwriting fonts, by @fontsource package name. */
export const HAND_FONTS = Object.keys(FAMILIES);

export interface HandFont {
  family: string;
  /** The font as a TrueType file. */
  file: string;
  /** Font size (px) per pixel of a drawn 0's height: these fonts draw digits 0.3–0.8 em tall. */
  sizePerDigitPixel: number;
  /** Whether the font has its own glyph for a character (else the renderer falls back). */
  has: (text: string) => Promise<boolean>;
}

/**
 * A WOFF 1.0 file as the sfnt (TrueType/OpenType) it wraps: the same tables, each
 * inflated if stored compressed, behind a plain sfnt table directory.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 file');
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + 20 * i;
    const offset = woff.readUInt32BE(at + 4);
    const stored = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + stored);
    return {
      tag: woff.subarray(at, at + 4),
      checksum: woff.readUInt32BE(at + 16),
      data: stored < length ? inflateSync(raw) : raw,
    };
  });
  const power = 2 ** Math.floor(Math.log2(count));
  const head = Buffer.alloc(12 + 16 * count);
  head.writeUInt32BE(woff.readUInt32BE(4), 0);
  head.writeUInt16BE(count, 4);
  head.writeUInt16BE(16 * power, 6);
  head.writeUInt16BE(Math.log2(power), 8);
  head.writeUInt16BE(16 * (count - power), 10);
  const parts: Buffer[] = [head];
  let offset = head.length;
  tables.forEach((t, i) => {
    t.tag.copy(head, 12 + 16 * i);
    head.writeUInt32BE(t.checksum, 16 + 16 * i);
    head.writeUInt32BE(offset, 20 + 16 * i);
    head.writeUInt32BE(t.data.length, 24 + 16 * i);
    const padding = Buffer.alloc((4 - (t.data.length % 4)) % 4);
    parts.push(t.data, padding);
    offset += t.data.length + padding.length;
  });
  return Buffer.concat(parts);
}

/** Ink of `text` in the font at `sizePx`, dark on white, with a margin. */
async function drawText(family: string, file: string, text: string, sizePx: number) {
  const rendered = sharp({
    text: {
      text: escapeXml(text),
      font: `${family} ${sizePx.toFixed(1)}px`,
      fontfile: file,
      dpi: 72,
    },
  });
  // The renderer draws white text on black.
  return withWhiteMargin(await grayFromSharp(rendered.extractChannel(0).negate()), 12);
}

/**
 * Unpacks a handwriting font and measures it. Throws if the renderer drew the text in some
 * other font (a family name that does not match the file falls back silently).
 */
export async function loadHandFont(name: string): Promise<HandFont> {
  const family = FAMILIES[name];
  const woff = require.resolve(`@fontsource/${name}/files/${name}-latin-400-normal.woff`);
  const dir = join(tmpdir(), 'dogmath-hand-fonts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.ttf`);
  writeFileSync(file, woffToSfnt(readFileSync(woff)));
  // A character the font lacks is drawn in the same fallback whichever family is asked for.
  const known = new Map<string, Promise<boolean>>();
  const differs = async (text: string) => {
    const own = await drawText(family, file, text, 100);
    const other = await drawText('DejaVu Sans', file, text, 100);
    return own.width !== other.width || !Buffer.from(own.data).equals(Buffer.from(other.data));
  };
  const has = (text: string) => {
    if (!known.has(text)) known.set(text, differs(text));
    return known.get(text)!;
  };
  if (!(await has('0123456789')))
    throw new Error(`${family} was drawn in a fallback font: check its family name`);
  const zero = await drawText(family, file, '0', 100);
  return { family, file, sizePerDigitPixel: 100 / inkHeight(zero), has };
}

/** Rows of a page that hold ink (darker than mid-grey). */
function inkHeight(g: GrayImage): number {
  let top = g.height;
  let bottom = -1;
  for (let y = 0; y < g.height; y += 1)
    for (let x = 0; x < g.width; x += 1)
      if (g.data[y * g.width + x] < 128) {
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
      }
  return Math.max(1, bottom - top + 1);
}

/**
 * A reference "0", then `text`, in a handwriting font whose digits are drawn as tall as a
 * text font's at `fontSize` (0.7 of it), the layout the training script gives system fonts.
 */
export function renderHandText(font: HandFont, text: string, fontSize: number): Promise<GrayImage> {
  return drawText(font.family, font.file, `0  ${text}`, 0.7 * fontSize * font.sizePerDigitPixel);
}
