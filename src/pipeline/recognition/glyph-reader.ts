import sharp from 'sharp';
import { PSM, Worker } from 'tesseract.js';
import { Box } from './glyph-check';

/** What an exponent is made of in school problems. */
export const EXPONENT_CHARS = '0123456789xyn';

/**
 * Reads one small glyph group (an exponent) on its own, enlarged to three sizes. The sizes
 * vote: a reading is returned only if at least two agree, else '' — an unreadable exponent
 * must fail the problem, never be guessed into a different one.
 */
export class GlyphReader {
  constructor(private readonly worker: Worker) {}

  async read(png: Buffer, box: Box, glyphCount?: number, chars = EXPONENT_CHARS): Promise<string> {
    const meta = await sharp(png).metadata();
    const wide = box.x1 - box.x0 > 1.2 * (box.y1 - box.y0);
    // Line mode reads a two-glyph exponent ("5x") steadily; word mode drops its first glyph when small.
    const psm = wide ? PSM.SINGLE_LINE : PSM.SINGLE_CHAR;
    const readings: string[] = [];
    for (const height of [64, 80, 96]) {
      const pad = Math.max(2, Math.round((box.y1 - box.y0) * 0.2));
      const left = Math.max(0, box.x0 - pad);
      const top = Math.max(0, box.y0 - pad);
      const crop = await sharp(png)
        .extract({
          left,
          top,
          width: Math.min(meta.width! - left, box.x1 - box.x0 + 1 + 2 * pad),
          height: Math.min(meta.height! - top, box.y1 - box.y0 + 1 + 2 * pad),
        })
        .resize({ height })
        .extend({ top: 24, bottom: 24, left: 24, right: 24, background: '#ffffff' })
        .png()
        .toBuffer();
      await this.worker.setParameters({
        tessedit_pageseg_mode: psm,
        tessedit_char_whitelist: chars,
      });
      const text = (await this.worker.recognize(crop)).data.text.replace(/\s+/g, '');
      const allowed = [...text].every((c) => chars.includes(c));
      const fits =
        allowed &&
        text.length >= 1 &&
        text.length <= 3 &&
        (glyphCount === undefined || text.length === glyphCount);
      if (fits) readings.push(text);
    }
    const majority = readings.find((r) => readings.filter((x) => x === r).length >= 2);
    return majority ?? '';
  }
}
