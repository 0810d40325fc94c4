import { mathjax } from 'mathjax-full/js/mathjax.js';
import { TeX } from 'mathjax-full/js/input/tex.js';
import { SVG } from 'mathjax-full/js/output/svg.js';
import { liteAdaptor } from 'mathjax-full/js/adaptors/liteAdaptor.js';
import { RegisterHTMLHandler } from 'mathjax-full/js/handlers/html.js';
import 'mathjax-full/js/input/tex/base/BaseConfiguration.js';
import 'mathjax-full/js/input/tex/ams/AmsConfiguration.js';
import 'mathjax-full/js/input/tex/color/ColorConfiguration.js';
import 'mathjax-full/js/input/tex/cancel/CancelConfiguration.js';

/** 1 ex of MathJax's font is about 0.43 em. */
export const EX_PER_EM = 0.431;

/** A typeset formula: SVG markup (colour = currentColor) and its size in ex units. */
export interface TypesetFormula {
  svg: string;
  widthEx: number;
  heightEx: number;
}

const adaptor = liteAdaptor();
RegisterHTMLHandler(adaptor);
const document = mathjax.document('', {
  InputJax: new TeX({ packages: ['base', 'ams', 'color', 'cancel'] }),
  OutputJax: new SVG({ fontCache: 'none' }),
});
/** Typeset formulas: a job measures then draws each one. Bounded, as a worker lives long. */
const cache = new Map<string, TypesetFormula>();
const CACHE_LIMIT = 500;

/** LaTeX → SVG with MathJax's TeX fonts (paths, so no font is needed to rasterise it). */
export function typeset(latex: string): TypesetFormula {
  const hit = cache.get(latex);
  if (hit) return hit;
  const svg = adaptor.innerHTML(document.convert(latex, { display: true }));
  if (svg.includes('data-mjx-error') || svg.includes('merror'))
    throw new Error(`LaTeX error in "${latex}"`);
  const width = /width="([\d.]+)ex"/.exec(svg);
  const height = /height="([\d.]+)ex"/.exec(svg);
  if (!width || !height) throw new Error('MathJax gave no size');
  const out = { svg, widthEx: Number(width[1]), heightEx: Number(height[1]) };
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(latex, out);
  return out;
}

/** A typeset formula drawn in `colour` into a box given in pixels. */
export function placeFormula(
  f: TypesetFormula,
  colour: string,
  box: { x: number; y: number; width: number; height: number },
): string {
  return (
    f.svg
      .replace(/currentColor/g, colour)
      // Table rules (a sign chart's) are styled by CSS in a browser; here they need a width.
      .replace(/<line data-line/g, '<line stroke-width="40" data-line')
      .replace(/^<svg/, `<svg x="${box.x.toFixed(1)}" y="${box.y.toFixed(1)}"`)
      .replace(/width="[\d.]+ex"/, `width="${box.width.toFixed(1)}"`)
      .replace(/height="[\d.]+ex"/, `height="${box.height.toFixed(1)}"`)
      .replace(/style="[^"]*"/, '')
  );
}
