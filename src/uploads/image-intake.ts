import sharp, { Metadata } from 'sharp';
import { MAX_INPUT_PIXELS } from '../pipeline/recognition/math/page-prep';

export class RejectedImageError extends Error {}

const TOO_LARGE = `The image is too large. Use a photo of at most ${MAX_INPUT_PIXELS / 1e6} megapixels.`;

/** What the first bytes of an accepted photo look like. */
const SIGNATURES: { type: string; matches: (b: Buffer) => boolean }[] = [
  { type: 'png', matches: (b) => b.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex')) },
  { type: 'jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'webp',
    matches: (b) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP',
  },
];

/**
 * An uploaded photo, checked and re-encoded: the magic bytes must say PNG, JPEG or WebP
 * (not the client's filename or content type), the decoder refuses more than the pixel cap
 * before allocating (a tiny PNG that inflates to 14000×14000 is refused from its header),
 * and the image is decoded in full and written again as PNG with the EXIF rotation applied
 * and metadata dropped. Only that re-encoded image is stored.
 */
export async function reencodeUpload(upload: Buffer): Promise<Buffer> {
  if (upload.length === 0) throw new RejectedImageError('The file is empty. Choose a photo.');
  const kind = SIGNATURES.find((s) => s.matches(upload));
  if (!kind)
    throw new RejectedImageError(
      'Only PNG, JPEG or WebP photos are accepted. Take a photo of the problem or type it.',
    );
  let meta: Metadata;
  try {
    meta = await sharp(upload, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  } catch (e) {
    throw new RejectedImageError(
      /pixel limit/i.test((e as Error).message)
        ? TOO_LARGE
        : 'This image is damaged or incomplete. Take the photo again.',
    );
  }
  if (meta.format !== kind.type && !(kind.type === 'jpeg' && meta.format === 'jpeg'))
    throw new RejectedImageError('The file does not match its image type. Upload a real photo.');
  if (!meta.width || !meta.height || meta.width * meta.height > MAX_INPUT_PIXELS)
    throw new RejectedImageError(TOO_LARGE);
  try {
    // failOn 'truncated' refuses a file cut off in transfer instead of storing a half image.
    return await sharp(upload, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'truncated' })
      .rotate()
      .png({ compressionLevel: 6 })
      .toBuffer();
  } catch {
    throw new RejectedImageError('This image is damaged or incomplete. Take the photo again.');
  }
}
