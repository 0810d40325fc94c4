import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderProblemImage } from './lib/render-line';

/** The sample problems the README's first command uses; regenerate with `npm run examples:generate`. */
export const EXAMPLES: { file: string; text: string }[] = [
  { file: 'linear-equation.png', text: 'Solve for x: 5x/2 + 2 = 3x/2 + 10' },
  { file: 'quadratic-zh.png', text: '解方程：x² − 5x + 6 = 0' },
  { file: 'system.png', text: '2x + y = 7, x − y = 2' },
  { file: 'arithmetic.png', text: 'Compute: (3/4 + 1/6) × 12 − 2³' },
  { file: 'derivative-zh.png', text: '求导：f(x) = x³ + 2sin(x)' },
];

async function main() {
  const dir = join(__dirname, '..', 'examples');
  await mkdir(dir, { recursive: true });
  for (const e of EXAMPLES) {
    await writeFile(join(dir, e.file), await renderProblemImage(e.text, { fontSize: 50 }));
    console.log(`examples/${e.file}  ${e.text}`);
  }
}

if (require.main === module) void main();
