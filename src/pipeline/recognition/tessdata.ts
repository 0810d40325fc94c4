import { existsSync, mkdirSync, symlinkSync, copyFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tmpdir } from 'node:os';

/**
 * Language data ships inside npm packages (@tesseract.js-data/*), so nothing is fetched at
 * run time. tesseract.js wants one folder holding every language, so we link them into one.
 * For Chinese, Debian's tesseract-ocr-chi-sim file is the fallback when the npm data is absent.
 */
const DEBIAN_TESSDATA = [
  '/usr/share/tesseract-ocr/5/tessdata',
  '/usr/share/tesseract-ocr/4.00/tessdata',
];

export interface TessdataLocation {
  langPath: string;
  gzip: boolean;
  languages: string[];
  warnings: string[];
}

/**
 * The npm packages hold two models per language: '4.0.0' (the full data) and
 * '4.0.0_best_int' (the LSTM network alone, integer weights: a tenth of the memory). Only
 * short prompts are read with tesseract, so the small one is used.
 */
const VARIANT = '4.0.0_best_int';

function npmData(lang: string): string | null {
  try {
    const pkg = require.resolve(`@tesseract.js-data/${lang}/package.json`);
    const file = join(dirname(pkg), VARIANT, `${lang}.traineddata.gz`);
    return existsSync(file) ? file : null;
  } catch {
    return null;
  }
}

export function locateTessdata(
  wanted: string[],
  cacheRoot = join(tmpdir(), 'dogmath-tessdata'),
): TessdataLocation {
  const gzDir = join(cacheRoot, `gz-${VARIANT}`);
  mkdirSync(gzDir, { recursive: true });
  const languages: string[] = [];
  const warnings: string[] = [];
  for (const lang of wanted) {
    const file = npmData(lang);
    if (file) {
      link(file, join(gzDir, `${lang}.traineddata.gz`));
      languages.push(lang);
    }
  }
  const missing = wanted.filter((l) => !languages.includes(l));
  if (missing.length === 0) return { langPath: gzDir, gzip: true, languages, warnings };

  // Debian ships uncompressed files: use them all from one uncompressed folder.
  const debianDir = DEBIAN_TESSDATA.find((d) =>
    missing.every((l) => existsSync(join(d, `${l}.traineddata`))),
  );
  if (debianDir && wanted.every((l) => existsSync(join(debianDir, `${l}.traineddata`)))) {
    return { langPath: debianDir, gzip: false, languages: wanted, warnings };
  }
  warnings.push(
    `OCR language data missing for ${missing.join(', ')}; reading with ${languages.join(', ') || 'nothing'} only`,
  );
  return { langPath: gzDir, gzip: true, languages, warnings };
}

function link(from: string, to: string): void {
  if (existsSync(to)) return;
  try {
    symlinkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
