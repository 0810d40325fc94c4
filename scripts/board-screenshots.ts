import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { renderVideo } from '../src/pipeline/render/render-video';
import { EspeakTtsProvider } from '../src/pipeline/render/speech/espeak.tts';
import { parseVideoSize } from '../src/pipeline/render/video-size';
import { buildScript } from '../src/pipeline/script/script-builder';
import { parseProblemText } from '../src/pipeline/solver/problem-parser';
import { solveAndCheck } from '../src/pipeline/solver/solve';
import { Language } from '../src/pipeline/script/mvs.types';
import { videoFrameAt } from '../bench/board-ink';

/**
 * npm run screenshots — the README's pictures of the board at phone size, taken from real
 * rendered videos: a frame a little after a chosen chapter starts, scaled to the width a
 * phone shows it at (844 px: a landscape video full screen on a 390×844 phone; 390 px: a
 * portrait video on the same phone held upright). Written to docs/screenshots/.
 */
const SHOTS: {
  file: string;
  text: string;
  lang: Language;
  size: string;
  chapter: number;
  width: number;
}[] = [
  {
    file: 'quadratic-zh-step.png',
    text: '解方程：x^2 - 5x + 6 = 0',
    lang: 'zh-CN',
    size: '1280x720',
    chapter: 1,
    width: 844,
  },
  {
    file: 'linear-en-change.png',
    text: '3(x-2) = 2x + 5',
    lang: 'en-US',
    size: '1280x720',
    chapter: 3,
    width: 844,
  },
  {
    file: 'inequality-en-answer.png',
    text: 'x^2 - 2x - 1 >= 0',
    lang: 'en-US',
    size: '1280x720',
    chapter: 3,
    width: 844,
  },
  {
    file: 'system-zh-portrait.png',
    text: '解方程组：3x + 2y = 12, 2x - 3y = -5',
    lang: 'zh-CN',
    size: '720x1280',
    chapter: 5,
    width: 390,
  },
];

async function main() {
  const out = join(__dirname, '..', 'docs', 'screenshots');
  await mkdir(out, { recursive: true });
  const tts = new EspeakTtsProvider();
  const work = await mkdtemp(join(tmpdir(), 'dogmath-shots-'));
  try {
    for (const shot of SHOTS) {
      const parsed = parseProblemText(shot.text);
      const script = buildScript(parsed, solveAndCheck(parsed.problem), shot.lang, {
        provider: 'offline',
      });
      const size = parseVideoSize(shot.size);
      const video = await renderVideo(script, join(work, shot.file), { tts, size });
      const at = video.chapters[Math.min(shot.chapter, video.chapters.length - 1)].start + 2.5;
      const frame = await videoFrameAt(video.videoPath, Number(at.toFixed(2)));
      await sharp(frame)
        .resize({ width: shot.width })
        .png({ compressionLevel: 9, palette: true })
        .toFile(join(out, shot.file));
      console.log(
        `docs/screenshots/${shot.file}: "${shot.text}" (${shot.lang}, ${shot.size}) at ${at.toFixed(1)} s`,
      );
    }
  } finally {
    await tts.close();
    await rm(work, { recursive: true, force: true });
  }
}

void main();
