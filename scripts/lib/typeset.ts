import { mathjax as mathjax3 } from 'mathjax-full/js/mathjax.js';
import { TeX as TeX3 } from 'mathjax-full/js/input/tex.js';
import { SVG as SVG3 } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor as liteAdaptor3 } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler as register3 } from 'mathjax-full/js/handlers/html.js';
import 'mathjax-full/js/input/tex/base/BaseConfiguration.js';
import 'mathjax-full/js/input/tex/ams/AmsConfiguration.js';
import { mathjax as mathjax4 } from '@mathjax/src/cjs/mathjax.js';
import { TeX as TeX4 } from '@mathjax/src/cjs/input/tex.js';
import { SVG as SVG4 } from '@mathjax/src/cjs/output/svg.js';
import { liteAdaptor as liteAdaptor4 } from '@mathjax/src/cjs/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler as register4 } from '@mathjax/src/cjs/handlers/html.js';
import '@mathjax/src/cjs/input/tex/base/BaseConfiguration.js';
import '@mathjax/src/cjs/input/tex/ams/AmsConfiguration.js';
import { MathJaxTermesFont } from '@mathjax/mathjax-termes-font/cjs/svg.js';
import { MathJaxStix2Font } from '@mathjax/mathjax-stix2-font/cjs/svg.js';
import { MathJaxNewcmFont } from '@mathjax/mathjax-newcm-font/cjs/svg.js';

/**
 * Textbook typesetting for generated problems and training glyphs: LaTeX through MathJax
 * with one of four math fonts, drawn as paths (no system font needed for the math).
 * tex = MathJax 3's Computer Modern; newcm = New Computer Modern; termes = Times-like
 * (TeX Gyre Termes, the look of most Chinese textbooks); stix2 = STIX Two (Times-like).
 */
export type MathFont = 'tex' | 'newcm' | 'termes' | 'stix2';
export const MATH_FONTS: MathFont[] = ['tex', 'newcm', 'termes', 'stix2'];

export interface TypesetMath {
  /** Standalone SVG markup, black ink. */
  svg: string;
  /** Size in ex; depth = how far the formula reaches below its baseline. */
  widthEx: number;
  heightEx: number;
  depthEx: number;
}

type Converter = (latex: string, display: boolean) => Promise<string>;

const converters = new Map<MathFont, Converter>();

function converter(font: MathFont): Converter {
  const hit = converters.get(font);
  if (hit) return hit;
  let made: Converter;
  if (font === 'tex') {
    const adaptor = liteAdaptor3();
    register3(adaptor);
    const doc = mathjax3.document('', {
      InputJax: new TeX3({ packages: ['base', 'ams'] }),
      OutputJax: new SVG3({ fontCache: 'none' }),
    });
    made = (latex, display) => Promise.resolve(adaptor.innerHTML(doc.convert(latex, { display })));
  } else {
    const adaptor = liteAdaptor4();
    register4(adaptor);
    const fontData = {
      newcm: MathJaxNewcmFont,
      termes: MathJaxTermesFont,
      stix2: MathJaxStix2Font,
    }[font];
    const doc = mathjax4.document('', {
      InputJax: new TeX4({ packages: ['base', 'ams'] }),
      // MathJax 4 breaks inline math into one SVG per piece unless told not to.
      OutputJax: new SVG4({
        fontData,
        fontCache: 'none',
        linebreaks: { inline: false },
        displayOverflow: 'overflow',
      }),
    });
    made = async (latex, display) =>
      adaptor.innerHTML(
        (await mathjax4.handleRetriesFor(() => doc.convert(latex, { display }))) as never,
      );
  }
  converters.set(font, made);
  return made;
}

export async function typesetMath(
  latex: string,
  font: MathFont,
  display = true,
): Promise<TypesetMath> {
  // MathJax copies the LaTeX into attributes unescaped ("<"), which SVG parsers refuse.
  const svg = (await converter(font)(latex, display)).replace(
    / (?:data-[\w-]+|aria-[\w-]+|title)="[^"]*"/g,
    '',
  );
  if (svg.includes('data-mjx-error') || svg.includes('merror'))
    throw new Error(`LaTeX error in "${latex}"`);
  const num = (re: RegExp) => Number(re.exec(svg)?.[1] ?? NaN);
  const widthEx = num(/width="([\d.]+)ex"/);
  const heightEx = num(/height="([\d.]+)ex"/);
  const depthEx = -num(/vertical-align:\s*(-?[\d.]+)ex/) || 0;
  if (!Number.isFinite(widthEx) || !Number.isFinite(heightEx))
    throw new Error('MathJax gave no size');
  return { svg, widthEx, heightEx, depthEx };
}

/** Sizes the formula for a page: one ex is taken as 0.44 of the font size. */
export function placeMath(m: TypesetMath, fontSize: number, x: number, baseline: number) {
  const ex = 0.44 * fontSize;
  const width = m.widthEx * ex;
  const height = m.heightEx * ex;
  const top = baseline - (m.heightEx - m.depthEx) * ex;
  const svg = m.svg
    .replace(/width="[\d.]+ex"/, `width="${width.toFixed(1)}"`)
    .replace(/height="[\d.]+ex"/, `height="${height.toFixed(1)}"`)
    .replace('<svg', `<svg x="${x.toFixed(1)}" y="${top.toFixed(1)}" color="#111"`)
    .replace(/style="[^"]*"/, '');
  return { svg, width, height, top, bottom: top + height };
}
