import { writeFileSync } from 'node:fs';
import { generateProblems } from './bench/problem-set';
import { pageSpecs, photoOptions } from './bench/typeset-set';
import { renderTypesetPage, photographPage } from './scripts/lib/problem-page';
import { MathRecognizer } from './src/pipeline/recognition/math/math.recognizer';
import { readProblem } from './src/pipeline/providers/read-problem';
import { sameAnswers } from './src/pipeline/providers/answer-equivalence';
import { preparePage } from './src/pipeline/recognition/math/page-prep';
async function main() {
  const seed = Number(process.argv[2]); const photo = process.argv.includes('--photo');
  const only = process.argv.find(a => a.startsWith('--only='))?.slice(7);
  const problems = generateProblems(seed, 4);
  const specs = pageSpecs(problems, seed); const shots = photoOptions(seed, problems.length);
  const rec = new MathRecognizer();
  let ok = 0;
  for (const [i, p] of problems.entries()) {
    if (only && p.id !== only) continue;
    let img = await renderTypesetPage(specs[i]);
    if (photo) img = await photographPage(img, shots[i]);
    let verdict = 'OK';
    let r;
    try { r = await rec.recognize(img); const rd = readProblem(r); if (!sameAnswers(rd.solution.answer.values, p.expected)) verdict = 'WRONG ' + rd.text; else ok++; } catch (e) { verdict = 'FAIL ' + String(e).slice(0, 100); }
    if (verdict !== 'OK') { const pg = await preparePage(img); writeFileSync(`/tmp/mj/f-${seed}-${i}.${photo ? 'jpg' : 'png'}`, img); console.log(i, p.id, specs[i].font, specs[i].fontSize, specs[i].layout, 'margin', shots[i].margin?.toFixed(2), 'ks', shots[i].keystone?.toFixed(3), 'w', shots[i].width, 'scale', pg.scale.toFixed(2), 'skew', pg.skew, '\n   ', verdict, '\n    cands', JSON.stringify(r?.candidates.slice(0, 2))); }
  }
  console.log(`${ok}/${problems.length}`);
  await rec.close();
}
main();
