import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderVideo } from '../src/pipeline/render/render-video';
import { EspeakTtsProvider } from '../src/pipeline/render/speech/espeak.tts';
import { boardGeometry } from '../src/pipeline/render/board/layout';
import { parseVideoSize } from '../src/pipeline/render/video-size';
import { buildScript } from '../src/pipeline/script/script-builder';
import { parseProblemText } from '../src/pipeline/solver/problem-parser';
import { solveAndCheck } from '../src/pipeline/solver/solve';
import { Language } from '../src/pipeline/script/mvs.types';
import { InkLine, measureBoardInk, median, videoFrameAt } from './board-ink';

/**
 * npm run bench:board [-- --size 720x1280] — is the board legible on a phone? Renders real
 * videos of typical problems in both languages, takes a frame from the end of every scene
 * and measures the chalk in it (bench/board-ink.ts): the height of each written line, how
 * much of the frame's width the writing uses by the end, and whether anything touches the
 * frame's edge. Issue 16's targets at 720p: median line ≥ 54 px, width ≥ 45 %.
 */
const PROBLEMS = [
  '解方程：x^2 - 5x + 6 = 0',
  '3(x-2) = 2x + 5',
  '(x+1)/3 = (x-1)/2',
  '解方程组：3x + 2y = 12, 2x - 3y = -5',
  'Compute: (3/4 + 1/6) × 12 − 2³',
  '2x - 7 > 3x + 1',
  '求导：f(x) = (2x+1)/(x-1)',
  'Factor: 6x^2 + x - 2',
  'x^2 - 4x - 5 < 0',
  'sqrt(x + 3) = x - 3',
];
const LANGUAGES: Language[] = ['zh-CN', 'en-US'];

async function main() {
  const sizeArg = process.argv.indexOf('--size');
  const size = parseVideoSize(sizeArg > 0 ? process.argv[sizeArg + 1] : '1280x720');
  const corner = boardGeometry(size).avatar;
  const tts = new EspeakTtsProvider();
  const dir = await mkdtemp(join(tmpdir(), 'dogmath-bench-board-'));
  console.log(`bench:board at ${size.width}×${size.height}`);
  const allLines: number[] = [];
  const widths: number[] = [];
  let overflows = 0;
  try {
    for (const lang of LANGUAGES)
      for (const [k, text] of PROBLEMS.entries()) {
        const parsed = parseProblemText(text);
        const script = buildScript(parsed, solveAndCheck(parsed.problem), lang, {
          provider: 'offline',
        });
        const out = join(dir, `${lang}-${k}`);
        const result = await renderVideo(script, out, { tts, size });
        const ends = result.chapters.map((c, i) =>
          i + 1 < result.chapters.length
            ? result.chapters[i + 1].start - 0.15
            : result.durationSeconds - 0.15,
        );
        const seen = new Map<string, InkLine>();
        let lastWidth = 0;
        let overflow = false;
        for (const t of ends) {
          const ink = await measureBoardInk(await videoFrameAt(result.videoPath, t), corner);
          for (const l of ink.lines)
            seen.set(`${Math.round(l.top / 4)}:${Math.round(l.left / 4)}`, l);
          lastWidth = ink.widthShare;
          overflow ||= ink.touchesEdge;
        }
        const heights = [...seen.values()].map((l) => l.height);
        allLines.push(...heights);
        widths.push(lastWidth);
        if (overflow) overflows += 1;
        console.log(
          `${lang} ${text.padEnd(40)} lines ${String(heights.length).padStart(2)} | median ${median(heights).toFixed(0).padStart(3)} px | width at end ${(lastWidth * 100).toFixed(0).padStart(3)} %${overflow ? ' | OVERFLOW' : ''}`,
        );
      }
    const heightShare = median(allLines) / size.height;
    console.log(
      `\nall: median chalk line ${median(allLines).toFixed(0)} px (${(heightShare * 100).toFixed(1)} % of the height; target ≥ 54 px at 720p) | median width at the end ${(median(widths) * 100).toFixed(0)} % (target ≥ 45 %) | videos touching the edge: ${overflows}`,
    );
  } finally {
    await tts.close();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
