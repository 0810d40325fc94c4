import { existsSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { BoardSize } from './layout';
import { CJK_FONT, backgroundSvg } from './chalkboard';
import { renderTools } from '../render-tools';

export class MissingFontError extends Error {}

/**
 * The font file for board text (Chinese and Latin): CJK_FONT_FILE, or Debian's Noto CJK.
 * Missing, it is an error: falling back to system fonts draws Chinese as empty boxes.
 */
export function cjkFontFile(): string {
  const file = renderTools().cjkFontFile;
  if (!existsSync(file))
    throw new MissingFontError(
      `the board needs a font with Chinese characters and ${file} does not exist: install Debian's fonts-noto-cjk or set CJK_FONT_FILE to such a font`,
    );
  return file;
}

/**
 * SVG → PNG with resvg on libuv's thread pool (renderAsync), so rasterising never blocks the
 * event loop. Pages with text get the CJK font; pages drawn only with paths get none.
 */
export async function rasterize(svg: string, width: number, withText = true): Promise<Buffer> {
  const font = withText
    ? { loadSystemFonts: false, fontFiles: [cjkFontFile()], defaultFontFamily: CJK_FONT }
    : { loadSystemFonts: false };
  const image = await renderAsync(svg, { fitTo: { mode: 'width', value: width }, font });
  return Buffer.from(image.asPng());
}

const backgrounds = new Map<string, Promise<Buffer>>();

/** The textured board, rasterised once per size. */
function background(size: BoardSize): Promise<Buffer> {
  const key = `${size.width}x${size.height}`;
  if (!backgrounds.has(key))
    backgrounds.set(key, rasterize(backgroundSvg(size), size.width, false));
  return backgrounds.get(key)!;
}

/** A board state: the written layer (transparent SVG) laid over the cached background. */
export async function rasterizeBoard(foregroundSvg: string, size: BoardSize): Promise<Buffer> {
  const [bg, fg] = await Promise.all([
    background(size),
    rasterize(foregroundSvg, size.width, /<text/.test(foregroundSvg)),
  ]);
  return sharp(bg)
    .composite([{ input: fg }])
    .png({ compressionLevel: 1 })
    .toBuffer();
}
