import { createWorker, Worker, Line } from 'tesseract.js';
import sharp from 'sharp';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { GrayImage } from './glyph-check';
import { GlyphReader } from './glyph-reader';
import { normalizeImage } from './image-normalizer';
import { readMathLine } from './line-reader';
import { hypotheses, isMathWord } from './ocr-hypotheses';
import { ProblemRecognizer, Recognition } from './recognizer';
import { locateTessdata } from './tessdata';
import { promptIntent } from '../solver/problem-parser';

const CACHE = join(tmpdir(), 'dogmath-tesscache');

/**
 * Printed-line recognition with tesseract.js (WASM, offline): an English pass whose math is
 * corrected from the ink (line-reader), a glyph reader for exponents, and a Chinese pass
 * used only to read the prompt (求导, 化简 …) when the English reading of it is poor.
 */
export class TesseractRecognizer implements ProblemRecognizer {
  private english?: Promise<Worker>;
  private chinese?: Promise<Worker | null>;
  private glyphs?: Promise<Worker>;

  private englishWorker(): Promise<Worker> {
    this.english ??= createEnglishWorker();
    return this.english;
  }

  /** A second English worker whose parameters the glyph reader changes per glyph. */
  private glyphWorker(): Promise<Worker> {
    this.glyphs ??= createEnglishWorker();
    return this.glyphs;
  }

  private chineseWorker(): Promise<Worker | null> {
    this.chinese ??= (async () => {
      const data = locateTessdata(['chi_sim', 'eng']);
      if (!data.languages.includes('chi_sim')) {
        console.warn(`[ocr] ${data.warnings.join('; ')}: Chinese prompts will not be read`);
        return null;
      }
      return createWorker(['chi_sim', 'eng'], 1, {
        langPath: data.langPath,
        gzip: data.gzip,
        cachePath: CACHE,
        logger: () => undefined,
      });
    })();
    return this.chinese;
  }

  async recognize(image: Buffer): Promise<Recognition> {
    const { png } = await normalizeImage(image);
    const { lines } = await this.readEnglish(png);
    // Cutting the Chinese prompt off before reading the formula was measured to add wrong
    // answers (the engine then misreads digits with confidence), so the line is read whole.
    const chinesePromptText = promptNeedsChinese(lines) ? await this.readChinesePrompt(png) : null;
    const gray = await grayPixels(png);
    const glyphReader = new GlyphReader(await this.glyphWorker());
    const ctx = {
      png,
      gray,
      readGlyph: (
        p: Buffer,
        box: Parameters<GlyphReader['read']>[1],
        count?: number,
        chars?: string,
      ) => glyphReader.read(p, box, count, chars),
    };
    const mathLines: string[] = [];
    for (const line of lines) mathLines.push(await readMathLine(line, ctx));
    const mathText = mathLines.join('\n').trim();
    const words = lines.flatMap((l) => l.words);
    const confidence = words.length
      ? words.reduce((a, w) => a + w.confidence, 0) / words.length / 100
      : 0;

    // Only the prompt is taken from the Chinese pass: its math has none of the corrections,
    // and a wrong exponent would make a different, still solvable problem.
    const composed = chinesePromptText
      ? hypotheses(`${chinesePromptText}: ${afterPrompt(mathText)}`)
      : [];
    return {
      engine: 'tesseract.js',
      candidates: dedupe([...composed, ...hypotheses(mathText)]),
      confidence: Math.max(0, Math.min(1, confidence)),
      rawText: mathText,
    };
  }

  private async readEnglish(png: Buffer): Promise<{ lines: Line[] }> {
    const eng = await (await this.englishWorker()).recognize(png, {}, { blocks: true, text: true });
    return { lines: (eng.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines)) };
  }

  /** The prompt (求导, 化简 …) as the Chinese model reads it; its math is not used. */
  private async readChinesePrompt(png: Buffer): Promise<string | null> {
    const chi = await this.chineseWorker();
    return chi ? chinesePrompt((await chi.recognize(png)).data.text) : null;
  }

  async close(): Promise<void> {
    const workers = await Promise.all([this.english, this.chinese, this.glyphs]);
    await Promise.all(workers.map((w) => w?.terminate()));
    this.english = undefined;
    this.chinese = undefined;
    this.glyphs = undefined;
  }
}

function createEnglishWorker(): Promise<Worker> {
  const data = locateTessdata(['eng']);
  return createWorker(['eng'], 1, {
    langPath: data.langPath,
    gzip: data.gzip,
    cachePath: CACHE,
    logger: () => undefined,
  });
}

async function grayPixels(png: Buffer): Promise<GrayImage> {
  const { data, info } = await sharp(png)
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Words before the math that are not an English prompt ("RE:", "H&E:") are a misread Chinese prompt. */
function promptNeedsChinese(lines: Line[]): boolean {
  const words = lines.flatMap((l) => l.words);
  const colonAt = words.findIndex((w) => /[:：]$/.test(w.text));
  const firstMath = words.findIndex((w) => isMathWord(w.text));
  const prompt =
    colonAt >= 0 ? words.slice(0, colonAt + 1) : words.slice(0, Math.max(0, firstMath));
  if (prompt.length === 0) return false;
  return (
    promptIntent(prompt.map((w) => w.text).join(' ')) === 'none' ||
    Math.min(...prompt.map((w) => w.confidence)) < 80
  );
}

function chinesePrompt(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  const m =
    /^([^:：]*?[\u4e00-\u9fff][^:：]*?)[:：]/.exec(compact) ?? /^([\u4e00-\u9fff]+)/.exec(compact);
  return m && /[\u4e00-\u9fff]/.test(m[1]) ? m[1] : null;
}

/** The math after a misread prompt: after its colon, or from the first word that is math. */
function afterPrompt(text: string): string {
  const colon = text.search(/[:：]/);
  if (colon >= 0) return text.slice(colon + 1).trim();
  const words = text.split(' ');
  const first = words.findIndex(isMathWord);
  return first > 0 ? words.slice(first).join(' ') : text;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.trim().length > 0))];
}
