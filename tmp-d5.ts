import sharp from 'sharp';
import { preparePage } from './src/pipeline/recognition/math/page-prep';
import { classifyBlobs, groupSymbols } from './src/pipeline/recognition/math/symbols';
import { glyphModel } from './src/pipeline/recognition/math/math.recognizer';
import { parseRegion } from './src/pipeline/recognition/math/structure';
async function main() {
  const page = await preparePage(await sharp(process.argv[2]).toBuffer());
  const syms = groupSymbols(classifyBlobs(page.components, glyphModel())).filter(s => s.box.x0 > 1300 && s.box.x0 < 1700);
  for (const s of syms) console.log(s.label, s.confidence.toFixed(2), JSON.stringify(s.box));
  console.log(JSON.stringify(parseRegion(syms, glyphModel().metrics), (k, v) => k === 'parts' || k === 'alternatives' ? undefined : v).slice(0, 1500));
}
main();
