import sharp from 'sharp';
import { escapeXml, textEms } from './svg-text';

/**
 * Renders problem text the way a worksheet prints it: real superscripts (x² as a raised
 * 2), the minus sign, × and ÷, one line per row. Used to make sample images, the
 * benchmark's printed tier and OCR round-trip tests; nothing is downloaded.
 */
export interface RenderOptions {
  font?: string;
  fontSize?: number;
  width?: number;
  background?: string;
}

const SUPERSCRIPT_DIGITS: Record<string, string> = { '²': '2', '³': '3', '⁴': '4' };

/**
 * "x^2", "x²", "9^x" and "e^(3x)" become raised, smaller text; the rest of the line returns
 * to the baseline. (A caret was left in print before a letter: no worksheet prints "9^x".)
 */
function lineToSvgText(line: string, fontSize: number): string {
  const parts: string[] = [];
  const re = /\^(\d+|[a-z]|\([^)]*\))|([²³⁴])/g;
  const rise = 0.42 * fontSize;
  let last = 0;
  let raised = false;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const plain = line.slice(last, m.index);
    if (plain)
      parts.push(raised ? `<tspan dy="${rise}">${escapeXml(plain)}</tspan>` : escapeXml(plain));
    else if (raised) parts.push(`<tspan dy="${rise}">\u200b</tspan>`);
    const sup = m[1] ? m[1].replace(/^\((.*)\)$/, '$1') : SUPERSCRIPT_DIGITS[m[2]];
    parts.push(`<tspan dy="${-rise}" font-size="${0.68 * fontSize}">${escapeXml(sup)}</tspan>`);
    raised = true;
    last = m.index + m[0].length;
  }
  const rest = line.slice(last);
  if (rest) parts.push(raised ? `<tspan dy="${rise}">${escapeXml(rest)}</tspan>` : escapeXml(rest));
  return parts.join('');
}

export async function renderProblemImage(
  text: string,
  options: RenderOptions = {},
): Promise<Buffer> {
  const fontSize = options.fontSize ?? 40;
  const lines = text.split('\n');
  // CJK glyphs are a full em wide, Latin ones about 0.62 em (monospace 0.6): never clip the line.
  const ems = (l: string) => textEms(l, 1.05, 0.66);
  const width =
    options.width ?? Math.max(600, Math.round(Math.max(...lines.map(ems)) * fontSize + 100));
  const lineHeight = Math.round(fontSize * 1.8);
  const height = lineHeight * lines.length + fontSize;
  const font = options.font ?? 'DejaVu Sans, Noto Sans CJK SC';
  const body = lines
    .map(
      (l, i) =>
        `<text xml:space="preserve" x="40" y="${Math.round(fontSize * 1.4 + i * lineHeight)}" font-family="${font}" font-size="${fontSize}" fill="#111">${lineToSvgText(l, fontSize)}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${options.background ?? '#fff'}"/>${body}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
