import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderProblemImage } from './lib/render-line';
import { photographPage, renderTypesetPage } from './lib/problem-page';
import { mulberry32 } from '../bench/problem-set';

/** The sample problems the README's commands use; regenerate with `npm run examples:generate`. */
export const EXAMPLES: { file: string; text: string }[] = [
  { file: 'linear-equation.png', text: 'Solve for x: 5x/2 + 2 = 3x/2 + 10' },
  { file: 'quadratic-zh.png', text: '解方程：x² − 5x + 6 = 0' },
  { file: 'system.png', text: '2x + y = 7, x − y = 2' },
  { file: 'arithmetic.png', text: 'Compute: (3/4 + 1/6) × 12 − 2³' },
  { file: 'derivative-zh.png', text: '求导：f(x) = x³ + 2sin(x)' },
];

/** A textbook page (stacked fractions, a brace) and a phone photo of one. */
const TEXTBOOK = {
  file: 'textbook-system.png',
  spec: {
    prompt: '解方程组：',
    latex: '\\begin{cases} \\frac{x}{2} + y = 4 \\\\ 3x - 2y = 1 \\end{cases}',
    font: 'termes' as const,
    fontSize: 40,
    layout: 'inline' as const,
    textFont: 'Noto Serif CJK SC',
  },
};
const PHOTO = {
  file: 'textbook-photo.jpg',
  spec: {
    prompt: 'Solve for x:',
    latex: '\\frac{5x}{2} + 2 = \\frac{3x}{2} + 10',
    font: 'stix2' as const,
    fontSize: 40,
    layout: 'display' as const,
    textFont: 'TeX Gyre Termes',
  },
};

async function main() {
  const dir = join(__dirname, '..', 'examples');
  await mkdir(dir, { recursive: true });
  for (const e of EXAMPLES) {
    await writeFile(join(dir, e.file), await renderProblemImage(e.text, { fontSize: 50 }));
    console.log(`examples/${e.file}  ${e.text}`);
  }
  await writeFile(join(dir, TEXTBOOK.file), await renderTypesetPage(TEXTBOOK.spec));
  console.log(`examples/${TEXTBOOK.file}  ${TEXTBOOK.spec.prompt}${TEXTBOOK.spec.latex}`);
  const page = await renderTypesetPage(PHOTO.spec);
  const photo = await photographPage(page, {
    rotation: -3,
    blurSigma: 1,
    minLight: 0.55,
    jpegQuality: 70,
    width: 1200,
    random: mulberry32(3),
  });
  await writeFile(join(dir, PHOTO.file), photo);
  console.log(`examples/${PHOTO.file}  ${PHOTO.spec.prompt} ${PHOTO.spec.latex} (photographed)`);
}

if (require.main === module) void main();
