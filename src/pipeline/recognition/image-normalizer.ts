import sharp, { Metadata } from 'sharp';
import { PipelineError } from '../errors';

/** Decoding more than this many pixels is refused before any pixel is decoded (pixel floods). */
export const MAX_INPUT_PIXELS = 40_000_000;
const TARGET_MIN_WIDTH = 1400;
const MAX_SIDE = 3000;

export interface NormalizedImage {
  png: Buffer;
  width: number;
  height: number;
}

/**
 * Prepares an upload for OCR: honours EXIF rotation, drops colour, stretches contrast,
 * enlarges small text (tesseract wants ~30 px capitals) and caps the size.
 */
export async function normalizeImage(input: Buffer): Promise<NormalizedImage> {
  if (input.length === 0) throw new PipelineError('INVALID_IMAGE', 'empty file');
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch (e) {
    throw new PipelineError('INVALID_IMAGE', (e as Error).message);
  }
  if (!meta.width || !meta.height || !['png', 'jpeg', 'webp'].includes(meta.format ?? '')) {
    throw new PipelineError('INVALID_IMAGE', `unsupported format ${meta.format ?? 'unknown'}`);
  }
  if (meta.width * meta.height > MAX_INPUT_PIXELS)
    throw new PipelineError('INVALID_IMAGE', 'image has too many pixels');
  try {
    const oriented =
      (meta.orientation ?? 1) >= 5
        ? { w: meta.height, h: meta.width }
        : { w: meta.width, h: meta.height };
    const scale = Math.min(
      Math.max(1, TARGET_MIN_WIDTH / oriented.w),
      MAX_SIDE / Math.max(oriented.w, oriented.h),
    );
    const { data, info } = await sharp(input, {
      limitInputPixels: MAX_INPUT_PIXELS,
      failOn: 'error',
    })
      .rotate()
      .flatten({ background: '#ffffff' })
      .grayscale()
      .resize({ width: Math.round(oriented.w * scale), kernel: 'lanczos3' })
      .normalise()
      .png()
      .toBuffer({ resolveWithObject: true });
    return { png: data, width: info.width, height: info.height };
  } catch (e) {
    throw new PipelineError('INVALID_IMAGE', (e as Error).message);
  }
}
