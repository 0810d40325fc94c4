import { readFileSync } from 'node:fs';
import { MathRecognizer } from './src/pipeline/recognition/math/math.recognizer';
async function main() {
  const rec = new MathRecognizer();
  const r = await rec.recognize(readFileSync(process.argv[2]));
  console.log(r.candidates.map((c, i) => `${c.replace(/\n/g, ' | ')}  ${r.details?.[i].symbols.filter(s => s.confidence < 0.9).map(s => s.text + ':' + s.confidence).join(' ')}`).join('\n'));
  await rec.close();
}
main();
