import { createWorker, Worker, Line } from 'tesseract.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { normalizeImage } from './image-normalizer';
import { hypotheses } from './ocr-hypotheses';
import { ProblemRecognizer, Recognition } from './recognizer';
import { locateTessdata } from './tessdata';

/** A superscript digit sits this far above the baseline, as a share of the line's cap height. */
const SUPERSCRIPT_RAISE = 0.3;
const CJK = /[\u4e00-\u9fff]/;
const ENGLISH_PROMPT = /solve|compute|calculate|evaluate|simplify|expand|find|differentiate|derivative|work out/i;

/**
 * Printed-line recognition with tesseract.js (WASM, offline). English pass for the math with
 * superscripts recovered from symbol positions; a Chinese pass for the prompt when the
 * English reading of it is poor.
 */
export class TesseractRecognizer implements ProblemRecognizer {
  private english?: Promise<Worker>;
  private chinese?: Promise<Worker | null>;
  readonly warnings: string[] = [];

  private englishWorker(): Promise<Worker> {
    this.english ??= (async () => {
      const data = locateTessdata(['eng']);
      return createWorker(['eng'], 1, { langPath: data.langPath, gzip: data.gzip, cachePath: join(tmpdir(), 'dogmath-tesscache'), logger: () => undefined });
    })();
    return this.english;
  }

  private chineseWorker(): Promise<Worker | null> {
    this.chinese ??= (async () => {
      const data = locateTessdata(['chi_sim', 'eng']);
      this.warnings.push(...data.warnings);
      if (!data.languages.includes('chi_sim')) {
        console.warn(`[ocr] ${data.warnings.join('; ')}: Chinese prompts will not be read`);
        return null;
      }
      return createWorker(['chi_sim', 'eng'], 1, { langPath: data.langPath, gzip: data.gzip, cachePath: join(tmpdir(), 'dogmath-tesscache'), logger: () => undefined });
    })();
    return this.chinese;
  }

  async recognize(image: Buffer): Promise<Recognition> {
    const { png } = await normalizeImage(image);
    const eng = await (await this.englishWorker()).recognize(png, {}, { blocks: true, text: true });
    const lines = (eng.data.blocks ?? []).flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
    const mathText = lines.map(lineWithSuperscripts).join('\n').trim();
    const words = lines.flatMap((l) => l.words);
    const confidence = words.length ? words.reduce((a, w) => a + w.confidence, 0) / words.length / 100 : 0;

    const candidates: string[] = [];
    const promptConfidence = promptWordsConfidence(lines);
    if (promptConfidence < 80) {
      const chi = await this.chineseWorker();
      if (chi) {
        const zh = (await chi.recognize(png)).data.text.trim();
        const prompt = chinesePrompt(zh);
        if (prompt) {
          const body = afterPrompt(mathText);
          candidates.push(...hypotheses(`${prompt}: ${body}`));
        }
        candidates.push(...hypotheses(zh.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, '')));
      }
    }
    candidates.unshift(...hypotheses(mathText));
    return {
      engine: 'tesseract.js',
      candidates: order(dedupe(candidates), promptConfidence < 80),
      confidence: Math.max(0, Math.min(1, confidence)),
      rawText: mathText,
    };
  }

  async close(): Promise<void> {
    const workers = await Promise.all([this.english, this.chinese]);
    await Promise.all(workers.map((w) => w?.terminate()));
    this.english = undefined;
    this.chinese = undefined;
  }
}

function baselineAt(line: Line, x: number): number {
  const b = line.baseline;
  if (b.x1 === b.x0) return b.y0;
  return b.y0 + ((b.y1 - b.y0) * (x - b.x0)) / (b.x1 - b.x0);
}

/** Rebuilds a line's text, writing raised digits as exponents: "x2" with a raised 2 → "x^2". */
export function lineWithSuperscripts(line: Line): string {
  return line.words
    .map((word) => {
      let out = '';
      let inSuper = false;
      word.symbols.forEach((s, i) => {
        const base = baselineAt(line, (s.bbox.x0 + s.bbox.x1) / 2);
        const capHeight = Math.max(1, base - line.bbox.y0);
        const raised = /^\d$/.test(s.text) && i > 0 && s.bbox.y1 < base - SUPERSCRIPT_RAISE * capHeight;
        if (raised && !inSuper) out += '^';
        inSuper = raised;
        out += s.text;
      });
      return out;
    })
    .join(' ');
}

function promptWordsConfidence(lines: Line[]): number {
  const words = lines.flatMap((l) => l.words);
  const colonAt = words.findIndex((w) => /[:：]$/.test(w.text));
  const prompt = colonAt >= 0 ? words.slice(0, colonAt + 1) : words.filter((w) => /^[A-Za-z]{3,}[:]?$/.test(w.text));
  if (prompt.length === 0) return 100;
  // A confident English reading that is not a prompt word ("RE:") is a misread Chinese prompt.
  if (!ENGLISH_PROMPT.test(prompt.map((w) => w.text).join(' '))) return 0;
  return Math.min(...prompt.map((w) => w.confidence));
}

function chinesePrompt(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  const m = /^([^:：]*?[\u4e00-\u9fff][^:：]*?)[:：]/.exec(compact) ?? /^([\u4e00-\u9fff]+)/.exec(compact);
  return m && CJK.test(m[1]) ? m[1] : null;
}

function afterPrompt(text: string): string {
  const colon = text.search(/[:：]/);
  return colon >= 0 ? text.slice(colon + 1).trim() : text;
}

function dedupe(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.trim().length > 0))];
}

/** With a Chinese prompt, readings that carry it come first so the intent (求导, 化简…) survives. */
function order(list: string[], chineseFirst: boolean): string[] {
  if (!chineseFirst) return list;
  return [...list.filter((s) => CJK.test(s)), ...list.filter((s) => !CJK.test(s))];
}
