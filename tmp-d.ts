import sharp from 'sharp';
import { preparePage } from './src/pipeline/recognition/math/page-prep';
import { classifyBlobs, groupSymbols } from './src/pipeline/recognition/math/symbols';
import { glyphModel } from './src/pipeline/recognition/math/math.recognizer';
async function main() {
  const page = await preparePage(await sharp(process.argv[2]).toBuffer());
  console.log('scale', page.scale, 'skew', page.skew);
  const syms = groupSymbols(classifyBlobs(page.components, glyphModel()));
  for (const s of syms.slice(Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 14))) console.log(s.label, s.confidence.toFixed(2), JSON.stringify(s.box), s.parts.length, s.alternatives.slice(0,3).map(a=>a.label+':'+a.p.toFixed(2)).join(' '));
  await sharp(Buffer.from(page.gray.data), { raw: { width: page.gray.width, height: page.gray.height, channels: 1 } }).png().toFile('/tmp/mj/prep.png');
}
main();
