import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { GlyphModel, GlyphModelData } from '../src/pipeline/recognition/math/glyph-model';
import { binarize } from '../src/pipeline/recognition/math/page-image';
import { preparePage } from '../src/pipeline/recognition/math/page-prep';
import { classifyBlobs, groupSymbols } from '../src/pipeline/recognition/math/symbols';
import { withSpeckDots } from '../src/pipeline/recognition/math/specks';

/**
 * npx tsx scripts/inspect-photo.ts PHOTO [INK.png] [--model FILE]: how the recogniser sees a
 * photo — scale and tilt, every symbol left to right with its box and the classifier's top
 * three readings — and, with INK.png, the binarised page to look at. For finding out why a
 * real photo is misread; --model picks a classifier (default: the print one).
 */
async function main() {
  const [photo, inkFile] = process.argv
    .slice(2)
    .filter((a, i, all) => all[i - 1] !== '--model' && a !== '--model');
  const modelAt = process.argv.indexOf('--model');
  const modelFile =
    modelAt > 0 ? process.argv[modelAt + 1] : 'src/pipeline/recognition/math/glyph-model.json';
  const model = new GlyphModel(JSON.parse(readFileSync(modelFile, 'utf8')) as GlyphModelData);
  const page = await preparePage(readFileSync(photo), model);
  const syms = withSpeckDots(groupSymbols(classifyBlobs(page.components, model)), page.specks);
  console.log(
    `scale ${page.scale.toFixed(2)}, tilt ${page.skew.toFixed(1)}°, page ${page.gray.width}×${page.gray.height}`,
  );
  for (const s of [...syms].sort((a, b) => a.box.x0 - b.box.x0)) {
    const readings = s.alternatives.slice(0, 3).map((a) => `${a.label}:${a.p.toFixed(2)}`);
    console.log(`${s.label.padEnd(6)} ${JSON.stringify(s.box)} ${readings.join(' ')}`);
  }
  if (!inkFile) return;
  const ink = binarize(page.gray);
  const pixels = Buffer.from(ink.data.map((v) => (v ? 0 : 255)));
  await sharp(pixels, { raw: { width: ink.width, height: ink.height, channels: 1 } })
    .png()
    .toFile(inkFile);
}

void main();
