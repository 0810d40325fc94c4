import { performance } from 'node:perf_hooks';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  generateProblems,
  BenchProblem,
  PRINT_FONTS,
  photographable,
  printOptions,
} from './problem-set';
import { renderProblemImage } from '../scripts/lib/render-line';
import { OfflineScriptProvider } from '../src/pipeline/providers/offline.provider';
import { renderTypesetPage, photographPage } from '../scripts/lib/problem-page';
import { EVAL_MATH_FONTS, UNSEEN_MATH_FONTS, pageSpecs, photoOptions } from './typeset-set';
import { glyphModel } from '../src/pipeline/recognition/math/shipped-models';
import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { sameAnswers } from '../src/pipeline/providers/answer-equivalence';
import { sameFactoring } from './factored-form';
import { PipelineError } from '../src/pipeline/errors';

/**
 * npm run bench:solve [-- --seed N --per 4]
 * Accuracy of final answers and script-only latency in both languages, for typed text,
 * textbook-typeset pages (MathJax, four math fonts), the same pages photographed (tilted,
 * soft, unevenly lit, noisy JPEG at phone resolution) and printed one-line images.
 */

interface Outcome {
  problem: BenchProblem;
  ok: boolean;
  /** An answer was given, and it is wrong: the failure that matters most. */
  wrong: boolean;
  ms: number;
  detail: string;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function runTier(
  name: string,
  problems: BenchProblem[],
  run: (p: BenchProblem, i: number) => Promise<{ values: { variable: string; value: string }[] }>,
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const [i, p] of problems.entries()) {
    const t0 = performance.now();
    try {
      const { values } = await run(p, i);
      const ms = performance.now() - t0;
      const ok =
        p.kind === 'factoring'
          ? sameFactoring(values, p.expected)
          : sameAnswers(values, p.expected);
      outcomes.push({
        problem: p,
        ok,
        wrong: !ok,
        ms,
        detail: ok
          ? ''
          : `WRONG got ${JSON.stringify(values)} expected ${JSON.stringify(p.expected)}`,
      });
    } catch (e) {
      outcomes.push({
        problem: p,
        ok: false,
        wrong: false,
        ms: performance.now() - t0,
        detail: e instanceof PipelineError ? `refused ${e.code} ${e.detail ?? ''}` : String(e),
      });
    }
  }
  report(name, outcomes);
  return outcomes;
}

function report(name: string, outcomes: Outcome[]) {
  const ok = outcomes.filter((o) => o.ok).length;
  const ms = outcomes.map((o) => o.ms);
  const wrong = outcomes.filter((o) => o.wrong).length;
  console.log(
    `\n== tier ${name}: ${ok}/${outcomes.length} correct = ${((100 * ok) / outcomes.length).toFixed(1)} %; wrong answers ${wrong}, refused ${outcomes.length - ok - wrong}`,
  );
  console.log(
    `   latency median ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`,
  );
  for (const lang of ['zh-CN', 'en-US']) {
    const l = outcomes.filter((o) => o.problem.lang === lang);
    console.log(`   ${lang}: ${l.filter((o) => o.ok).length}/${l.length}`);
  }
  const kinds = [...new Set(outcomes.map((o) => o.problem.kind))];
  console.log(
    `   per kind: ${kinds.map((k) => `${k} ${outcomes.filter((o) => o.problem.kind === k && o.ok).length}/${outcomes.filter((o) => o.problem.kind === k).length}`).join(', ')}`,
  );
  for (const o of outcomes.filter((x) => !x.ok))
    console.log(`   FAIL ${o.problem.id}: ${o.problem.text} -> ${o.detail}`);
}

/** Samples the process's resident memory while a tier runs. */
function watchMemory() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss) / 1048576;
  };
}

const IMAGE_TIERS = ['typeset', 'photographed', 'printed'] as const;

type ImageTier = (typeof IMAGE_TIERS)[number];

/** Renders every tier's images into a folder (rendering is not part of what is measured). */
async function renderImages(problems: BenchProblem[], seed: number, dir: string) {
  const specs = pageSpecs(problems, seed);
  const shots = photoOptions(seed, problems.length);
  const print = printOptions(seed, problems.length);
  for (const [i, p] of problems.entries()) {
    const page = await renderTypesetPage(specs[i]);
    writeFileSync(join(dir, `typeset-${i}.png`), page);
    writeFileSync(join(dir, `photographed-${i}.jpg`), await photographPage(page, shots[i]));
    writeFileSync(join(dir, `printed-${i}.png`), await renderProblemImage(p.text, print[i]));
  }
}

/**
 * One image tier in this process, which loads nothing but the recogniser and the solver, so
 * its peak RSS is what a worker doing recognition needs.
 */
async function runImageTier(tier: ImageTier, problems: BenchProblem[], dir: string) {
  const ext = tier === 'photographed' ? 'jpg' : 'png';
  const images = problems.map((_, i) => readFileSync(join(dir, `${tier}-${i}.${ext}`)));
  const provider = new OfflineScriptProvider(new ProblemReader());
  const peak = watchMemory();
  // Warm-up: the first call loads the OCR models; it is not a per-image cost.
  await provider.createScript({ image: images[0], lang: 'zh-CN' }).catch(() => undefined);
  await runTier(
    tier,
    problems,
    async (p, i) => (await provider.createScript({ image: images[i], lang: p.lang })).answer,
  );
  console.log(`   peak RSS of the recognising process ${peak().toFixed(0)} MB`);
  await provider.close();
}

async function main() {
  const seed = arg('seed', 2026);
  const per = arg('per', 4);
  const problems = generateProblems(seed, per);
  const tierArg = process.argv.indexOf('--tier');
  if (tierArg >= 0) {
    const dir = process.argv[process.argv.indexOf('--images') + 1];
    return runImageTier(process.argv[tierArg + 1] as ImageTier, photographable(problems), dir);
  }
  console.log(
    `bench:solve seed=${seed}, ${problems.length} problems (${per} per kind and language), node ${process.version}`,
  );
  const provider = new OfflineScriptProvider(new ProblemReader());
  await runTier(
    'text',
    problems,
    async (p) => (await provider.createScript({ text: p.text, lang: p.lang })).answer,
  );
  await provider.close();
  // --text-only: typed text alone, for a quick look at the solver (no images rendered).
  if (process.argv.includes('--text-only')) return;

  // --keep-images: leave the rendered pages in their folder, to look at what was misread.
  const keep = process.argv.includes('--keep-images');
  const dir = mkdtempSync(join(tmpdir(), 'dogmath-bench-'));
  if (keep) console.log(`images kept in ${dir}`);
  try {
    const inPhotos = photographable(problems);
    await renderImages(inPhotos, seed, dir);
    console.log(
      `\nimage tiers: ${inPhotos.length} of the ${problems.length} problems (${problems.length - inPhotos.length} written with ∫, %, °, → or a log's base, which the recogniser does not read yet, are typed only)`,
    );
    const training = glyphModel().data.training as {
      seed: number;
      mathFonts: string[];
      textFonts: string[];
    };
    console.log(
      `\nevaluation images: made here from seed ${seed}; typeset math fonts ${EVAL_MATH_FONTS.join(', ')} (${UNSEEN_MATH_FONTS.join(' and ')} never seen in training), 26-49 px, inline and display layouts`,
    );
    console.log(
      `glyph classifier: trained with seed ${training.seed} on math fonts ${training.mathFonts.join(', ')} and text fonts ${training.textFonts.join(', ')}`,
    );
    console.log(
      'photographed: the typeset pages tilted 1-5 degrees, blurred 0.5-1.4 px, lit down to 45-80 % across the page, sensor noise, JPEG quality 50-84, 900-1600 px wide',
    );
    console.log(`printed: one line in ${PRINT_FONTS.join(' | ')}; 30-51 px`);
    for (const tier of IMAGE_TIERS) {
      // Each tier in a fresh process: its memory figure is the recogniser's alone.
      execFileSync(
        process.execPath,
        [
          ...process.execArgv,
          __filename,
          '--seed',
          `${seed}`,
          '--per',
          `${per}`,
          '--tier',
          tier,
          '--images',
          dir,
        ],
        { stdio: 'inherit' },
      );
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

void main();
