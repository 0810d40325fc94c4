import sharp from 'sharp';
import { createWorker, PSM, Worker } from 'tesseract.js';
import { promptIntent } from '../../solver/problem-parser';
import { locateTessdata } from '../tessdata';
import { Box } from './components';
import { GrayImage, binarize } from './page-image';

type Language = 'eng' | 'chi_sim';

/**
 * Reads the prompt prose (解方程组, "Solve the system") with tesseract's small LSTM models,
 * one cropped line at a time: English first, and Chinese when the English reading asks for
 * nothing we know. (The two models do not load together in one worker: the best_int
 * Chinese data names a second language that does not exist.) Math never goes through it:
 * a text engine misreads stacked and raised symbols.
 */
export class ProseReader {
  private readonly workers = new Map<Language, Promise<Worker>>();

  private engine(lang: Language): Promise<Worker> {
    let w = this.workers.get(lang);
    if (!w) {
      w = (async () => {
        const data = locateTessdata([lang]);
        const worker = await createWorker(data.languages, 1, {
          langPath: data.langPath,
          gzip: data.gzip,
          // The data is a local file already; tesseract.js's cache (keyed by language name,
          // shared with the full models) would only mix the two up.
          cacheMethod: 'none',
          logger: () => undefined,
        });
        // Crops carry no resolution; without one tesseract warns and guesses 70 dpi.
        await worker.setParameters({
          tessedit_pageseg_mode: PSM.SINGLE_LINE,
          user_defined_dpi: '300',
        });
        return worker;
      })();
      this.workers.set(lang, w);
    }
    return w;
  }

  /** Loads both models now rather than on the first prompt (each takes about a second). */
  async warmUp(): Promise<void> {
    await Promise.all([this.engine('eng'), this.engine('chi_sim')]);
  }

  async read(page: GrayImage, box: Box): Promise<{ text: string; confidence: number }> {
    const png = await cropInk(page, box);
    const english = await this.readWith('eng', png);
    if (promptIntent(english.text) !== 'none' && !/[^\x20-\x7e]/.test(english.text)) return english;
    const chinese = await this.readWith('chi_sim', png);
    // The Chinese model spaces every character apart; keep spaces only between Latin words.
    const text = chinese.text.replace(/(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])/g, '');
    return /[\u4e00-\u9fff]/.test(text) ? { ...chinese, text } : english;
  }

  private async readWith(lang: Language, png: Buffer) {
    const result = await (await this.engine(lang)).recognize(png);
    return {
      text: result.data.text.replace(/\s+/g, ' ').trim(),
      confidence: result.data.confidence / 100,
    };
  }

  async close(): Promise<void> {
    const workers = await Promise.all(this.workers.values());
    this.workers.clear();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The prompt's box, padded, as black ink on white: tesseract reads that better than grey. */
async function cropInk(page: GrayImage, box: Box): Promise<Buffer> {
  const pad = Math.round(0.3 * (box.y1 - box.y0 + 1));
  const x0 = Math.max(0, box.x0 - pad);
  const y0 = Math.max(0, box.y0 - pad);
  const x1 = Math.min(page.width - 1, box.x1 + pad);
  const y1 = Math.min(page.height - 1, box.y1 + pad);
  const width = x1 - x0 + 1;
  const height = y1 - y0 + 1;
  const crop = new Uint8Array(width * height);
  for (let y = 0; y < height; y += 1)
    crop.set(
      page.data.subarray((y0 + y) * page.width + x0, (y0 + y) * page.width + x1 + 1),
      y * width,
    );
  const ink = binarize({ data: crop, width, height });
  const pixels = Buffer.from(ink.data.map((v) => (v ? 0 : 255)));
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .extend({ top: 16, bottom: 16, left: 16, right: 16, background: '#ffffff' })
    .png()
    .toBuffer();
}
