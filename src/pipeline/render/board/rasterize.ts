import { renderAsync } from '@resvg/resvg-js';
import sharp from 'sharp';
import { BoardSize } from './layout';
import { CJK_FONT, backgroundSvg } from './chalkboard';

/**
 * SVG → PNG with resvg on libuv's thread pool (renderAsync), so rasterising a board never
 * blocks the event loop. System fonts supply Noto Sans CJK for Chinese text.
 */
export async function rasterize(svg: string, width: number): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'width', value: width },
    font: { loadSystemFonts: true, defaultFontFamily: CJK_FONT },
  });
  return Buffer.from(image.asPng());
}

const backgrounds = new Map<string, Promise<Buffer>>();

/** The textured board, rasterised once per size. */
function background(size: BoardSize): Promise<Buffer> {
  const key = `${size.width}x${size.height}`;
  if (!backgrounds.has(key)) backgrounds.set(key, rasterize(backgroundSvg(size), size.width));
  return backgrounds.get(key)!;
}

/** A board state: the written layer (transparent SVG) laid over the cached background. */
export async function rasterizeBoard(foregroundSvg: string, size: BoardSize): Promise<Buffer> {
  const [bg, fg] = await Promise.all([background(size), rasterize(foregroundSvg, size.width)]);
  return sharp(bg)
    .composite([{ input: fg }])
    .png({ compressionLevel: 3 })
    .toBuffer();
}
