import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { renderVideo } from '../src/pipeline/render/render-video';
import { EspeakTtsProvider } from '../src/pipeline/render/speech/espeak.tts';
import { ffmpegBinary } from '../src/pipeline/render/ffmpeg';
import { buildScript } from '../src/pipeline/script/script-builder';
import { parseProblemText } from '../src/pipeline/solver/problem-parser';
import { solveAndCheck } from '../src/pipeline/solver/solve';
import { Language } from '../src/pipeline/script/mvs.types';
import { treeRssBytes } from './process-tree';

/**
 * npm run bench:render — renders a short and a long script and prints, from the same run:
 * render seconds, video seconds, the ratio to the time FFmpeg needs to encode a static
 * 1280×720 30 fps clip of the same length (libx264 veryfast + AAC), peak RSS of this process
 * and all its children (FFmpeg, speech), and the longest event-loop stall.
 */
const run = promisify(execFile);

// The short sample runs twice: "cold" pays this process's one-time start-up (speech WASM
// compile, MathJax and font loading, the board texture); "warm" is what a long-running
// worker pays per job. Both are printed.
const SAMPLES: { name: string; text: string; lang: Language }[] = [
  { name: 'short, cold (en-US)', text: 'Compute: 2 + 3 × 4', lang: 'en-US' },
  { name: 'short, warm (en-US)', text: 'Compute: 2 + 3 × 4', lang: 'en-US' },
  { name: 'long, warm (zh-CN)', text: '解方程组：3x + 2y = 12, 2x - 3y = -5', lang: 'zh-CN' },
];

async function staticEncodeSeconds(duration: number, dir: string): Promise<number> {
  const t0 = performance.now();
  await run(ffmpegBinary(), [
    '-v',
    'error',
    '-y',
    '-f',
    'lavfi',
    '-i',
    'color=c=0x1f3a2c:s=1280x720:r=30',
    '-f',
    'lavfi',
    '-i',
    'anullsrc=r=44100:cl=mono',
    '-t',
    duration.toFixed(2),
    '-c:v',
    'libx264',
    '-preset',
    'veryfast',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    join(dir, 'static.mp4'),
  ]);
  return (performance.now() - t0) / 1000;
}

async function main() {
  const tts = new EspeakTtsProvider();
  const dir = await mkdtemp(join(tmpdir(), 'dogmath-bench-render-'));
  console.log(`bench:render on ${process.version}, ${cpus().length} cores`);
  try {
    for (const sample of SAMPLES) {
      const parsed = parseProblemText(sample.text);
      const script = buildScript(parsed, solveAndCheck(parsed.problem), sample.lang, {
        provider: 'offline',
      });
      const loop = monitorEventLoopDelay({ resolution: 10 });
      let peak = 0;
      const sampler = setInterval(
        () => void treeRssBytes(process.pid).then((r) => (peak = Math.max(peak, r))),
        200,
      );
      loop.enable();
      const t0 = performance.now();
      const result = await renderVideo(script, join(dir, sample.name.replace(/\W+/g, '-')), {
        tts,
      });
      const renderSeconds = (performance.now() - t0) / 1000;
      loop.disable();
      clearInterval(sampler);
      const baseline = await staticEncodeSeconds(result.durationSeconds, dir);
      console.log(
        `${sample.name.padEnd(20)} video ${result.durationSeconds.toFixed(1)} s | render ${renderSeconds.toFixed(1)} s | static encode ${baseline.toFixed(1)} s | ratio ${(renderSeconds / baseline).toFixed(2)} | peak RSS ${(peak / 1048576).toFixed(0)} MB (process tree) | longest event-loop stall ${(loop.max / 1e6).toFixed(0)} ms`,
      );
    }
  } finally {
    await tts.close();
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
