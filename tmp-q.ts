import { readFileSync } from 'node:fs';
import { MathRecognizer } from './src/pipeline/recognition/math/math.recognizer';
async function main() {
  const rec = new MathRecognizer();
  for (const f of process.argv.slice(2)) { const r = await rec.recognize(readFileSync(f)); console.log(f, JSON.stringify(r.symbols?.filter(s => s.confidence < 0.9))); }
  await rec.close();
}
main();
