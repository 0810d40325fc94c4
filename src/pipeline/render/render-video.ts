import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { MathVideoScript } from '../script/mvs.types';
import { readWavInfo, silenceWav } from './audio/wav';
import { BoardSize, BoardState, layoutBoard } from './board/layout';
import { boardSvg, measureItem } from './board/chalkboard';
import { rasterizeBoard } from './board/rasterize';
import { runFfmpeg } from './ffmpeg';
import { TtsProvider } from './speech/tts';
import { LEAD_IN_SECONDS, TAIL_SECONDS, Timeline, buildTimeline } from './timeline';
import { buildCues, chaptersMetadata, toWebVtt } from './subtitles';

export type RenderStage = 'tts' | 'avatar' | 'blackboard' | 'compose';

export interface RenderOptions {
  tts: TtsProvider;
  size?: BoardSize;
  fps?: number;
  /** Per FFmpeg command; a hung encoder is killed when it passes this. */
  ffmpegTimeoutMs?: number;
  /** Monotonic 0..100 with the stage it belongs to. */
  onProgress?: (stage: RenderStage, percent: number) => void;
  /** Parent of the per-job temporary folder (removed afterwards, also on failure). */
  tempRoot?: string;
}

export interface RenderResult {
  videoPath: string;
  subtitlesPath: string;
  posterPath: string;
  durationSeconds: number;
}

/** Where each stage's share of the progress bar starts and ends. */
const STAGE_SPAN: Record<RenderStage, [number, number]> = {
  tts: [0, 35],
  avatar: [35, 40],
  blackboard: [40, 75],
  compose: [75, 100],
};
/** How long a new board line takes to be written on. */
const REVEAL_SECONDS = 0.9;

/**
 * json2video: narration per scene (TTS) → timeline → board keyframes → per-scene board
 * clips with a write-on reveal → FFmpeg composite with the narration, soft subtitles and
 * chapters → final.mp4, subtitles.vtt, poster.jpg in outDir. Intermediate files
 * (audio_*.wav, blackboard_*.png/mp4) live in a per-job temp folder that is always removed.
 */
export async function renderVideo(
  script: MathVideoScript,
  outDir: string,
  options: RenderOptions,
): Promise<RenderResult> {
  const size = options.size ?? { width: 1280, height: 720 };
  const fps = options.fps ?? 30;
  const timeoutMs = options.ffmpegTimeoutMs ?? 120_000;
  let last = 0;
  const progress = (stage: RenderStage, fraction: number) => {
    const [from, to] = STAGE_SPAN[stage];
    const percent = Math.max(
      last,
      Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction))),
    );
    last = percent;
    options.onProgress?.(stage, percent);
  };
  await mkdir(outDir, { recursive: true });
  const work = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'dogmath-render-'));
  try {
    // 1. Speech per scene; its length sets the scene's duration.
    const speech: number[] = [];
    for (const [i, scene] of script.scenes.entries()) {
      speech.push(
        (
          await options.tts.synthesize(
            scene.narration,
            script.language,
            join(work, `audio_${i}.wav`),
          )
        ).seconds,
      );
      progress('tts', (i + 1) / script.scenes.length);
    }
    const timeline = buildTimeline(script, speech);
    const narration = join(work, 'narration.wav');
    await writeFile(narration, await joinNarration(work, script.scenes.length));
    progress('avatar', 1);

    // 2. Board keyframes and one clip per scene with the new lines written on.
    const states = layoutBoard(script.scenes, size, (item) => measureItem(item, size));
    const frames: string[] = [];
    for (const [i, state] of states.entries()) {
      const png = join(work, `blackboard_${i}.png`);
      await writeFile(png, await rasterizeBoard(boardSvg(state, size), size));
      frames.push(png);
    }
    const clips: string[] = [];
    for (const [i, ts] of timeline.scenes.entries()) {
      const clip = join(work, `blackboard_${i}.mp4`);
      const frameCount = Math.round(ts.end * fps) - Math.round(ts.start * fps);
      await renderSceneClip({
        state: states[i],
        previous: i > 0 ? states[i - 1] : undefined,
        frame: frames[i],
        previousFrame: i > 0 ? frames[i - 1] : undefined,
        clip,
        frameCount,
        fps,
        work,
        index: i,
        timeoutMs,
      });
      clips.push(clip);
      progress('blackboard', (i + 1) / timeline.scenes.length);
    }

    // 3. Composite: board + normalised narration + soft subtitles + chapters, +faststart.
    // Everything is produced in the temp folder and moved to outDir only when all of it exists,
    // so a failed render never leaves a half-written video behind.
    const subtitles = join(work, 'subtitles.vtt');
    await writeFile(subtitles, toWebVtt(buildCues(timeline, script.language)));
    const chapters = join(work, 'chapters.txt');
    await writeFile(chapters, chaptersMetadata(timeline, script.title));
    const list = join(work, 'clips.txt');
    await writeFile(list, clips.map((c) => `file '${c}'`).join('\n') + '\n');
    const video = join(work, 'final.mp4');
    await compose({
      list,
      narration,
      subtitles,
      chapters,
      out: video,
      language: script.language,
      timeline,
      timeoutMs,
    });
    progress('compose', 0.9);

    // 4. Poster: the board with the boxed answer.
    const answerIndex = Math.max(
      0,
      script.scenes.findIndex((s) => s.role === 'answer'),
    );
    const poster = join(work, 'poster.jpg');
    await sharp(frames[answerIndex]).jpeg({ quality: 85 }).toFile(poster);
    const result = {
      videoPath: join(outDir, 'final.mp4'),
      subtitlesPath: join(outDir, 'subtitles.vtt'),
      posterPath: join(outDir, 'poster.jpg'),
      durationSeconds: timeline.duration,
    };
    await Promise.all([
      moveFile(video, result.videoPath),
      moveFile(subtitles, result.subtitlesPath),
      moveFile(poster, result.posterPath),
    ]);
    progress('compose', 1);
    return result;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** rename() across file systems (tmp may be another mount) falls back to copy + delete. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch {
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}

/** Lead-in silence + speech + tail silence per scene, as one PCM track. */
async function joinNarration(work: string, scenes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let format: { sampleRate: number; channels: number } | undefined;
  for (let i = 0; i < scenes; i += 1) {
    const wav = await readFile(join(work, `audio_${i}.wav`));
    const info = readWavInfo(wav);
    if (info.channels !== 1) throw new Error('speech must be mono');
    if (format && format.sampleRate !== info.sampleRate)
      throw new Error('speech sample rates differ between scenes');
    format = { sampleRate: info.sampleRate, channels: 1 };
    const pcm = (s: Buffer) => s.subarray(44);
    parts.push(
      pcm(silenceWav(LEAD_IN_SECONDS, info.sampleRate)),
      wav.subarray(info.dataOffset, info.dataOffset + info.dataLength),
      pcm(silenceWav(TAIL_SECONDS, info.sampleRate)),
    );
  }
  const data = Buffer.concat(parts);
  const header = silenceWav(0, format?.sampleRate ?? 22050).subarray(0, 44);
  header.writeUInt32LE(36 + data.length, 4);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}

interface SceneClip {
  state: BoardState;
  previous?: BoardState;
  frame: string;
  previousFrame?: string;
  clip: string;
  frameCount: number;
  fps: number;
  work: string;
  index: number;
  timeoutMs: number;
}

/**
 * One scene's board clip. The lines this scene adds are hidden under a strip cut from the
 * previous board, which slides away to the right: the lines appear as if written on. When
 * the board scrolled, the new state simply replaces the old.
 */
async function renderSceneClip(c: SceneClip): Promise<void> {
  const seconds = c.frameCount / c.fps;
  const region =
    c.previousFrame && c.previous && c.previous.scroll === c.state.scroll
      ? revealRegion(c.state)
      : null;
  if (!region) {
    await runFfmpeg(
      (cmd) =>
        cmd
          .input(c.frame)
          .inputOptions(['-loop 1', `-framerate ${c.fps}`])
          .outputOptions([
            '-frames:v ' + c.frameCount,
            '-c:v libx264',
            '-preset veryfast',
            '-tune stillimage',
            '-pix_fmt yuv420p',
            `-r ${c.fps}`,
          ])
          .output(c.clip),
      c.timeoutMs,
    );
    return;
  }
  const cover = join(c.work, `cover_${c.index}.png`);
  await sharp(c.previousFrame)
    .extract({ left: region.x, top: region.y, width: region.width, height: region.height })
    .toFile(cover);
  const reveal = Math.min(REVEAL_SECONDS, seconds / 2).toFixed(3);
  await runFfmpeg(
    (cmd) =>
      cmd
        .input(c.frame)
        .inputOptions(['-loop 1', `-framerate ${c.fps}`])
        .input(cover)
        .inputOptions(['-loop 1', `-framerate ${c.fps}`])
        .complexFilter([
          `[0:v][1:v]overlay=x='${region.x}+${region.width}*min(1,t/${reveal})':y=${region.y}:enable='lt(t,${reveal})',format=yuv420p[v]`,
        ])
        .outputOptions([
          '-map [v]',
          '-frames:v ' + c.frameCount,
          '-c:v libx264',
          '-preset veryfast',
          '-tune stillimage',
          `-r ${c.fps}`,
        ])
        .output(c.clip),
    c.timeoutMs,
  );
}

/** The box around what a scene adds, padded, in whole pixels. */
function revealRegion(
  state: BoardState,
): { x: number; y: number; width: number; height: number } | null {
  if (state.added.length === 0) return null;
  const x0 = Math.min(...state.added.map((p) => p.x)) - 6;
  const y0 = Math.min(...state.added.map((p) => p.y)) - 6;
  const x1 = Math.max(...state.added.map((p) => p.x + p.width)) + 6;
  const y1 = Math.max(...state.added.map((p) => p.y + p.height)) + 6;
  const x = Math.max(0, Math.floor(x0));
  const y = Math.max(0, Math.floor(y0));
  return { x, y, width: Math.ceil(x1) - x, height: Math.ceil(y1) - y };
}

interface Compose {
  list: string;
  narration: string;
  subtitles: string;
  chapters: string;
  out: string;
  language: MathVideoScript['language'];
  timeline: Timeline;
  timeoutMs: number;
}

async function compose(c: Compose): Promise<void> {
  await runFfmpeg(
    (cmd) =>
      cmd
        .input(c.list)
        .inputOptions(['-f concat', '-safe 0'])
        .input(c.narration)
        .input(c.subtitles)
        .input(c.chapters)
        // Speech arrives as mono PCM without a channel layout: name it, normalise loudness (EBU R128).
        .complexFilter([
          '[1:a]aformat=sample_fmts=s16:channel_layouts=mono,loudnorm=I=-16:TP=-1.5:LRA=11,aresample=44100,aformat=channel_layouts=mono[a]',
        ])
        .outputOptions([
          '-map 0:v',
          '-map [a]',
          '-map 2:s',
          '-map_metadata 3',
          '-map_chapters 3',
          '-c:v copy',
          '-c:a aac',
          '-b:a 128k',
          '-c:s mov_text',
          `-metadata:s:s:0 language=${c.language === 'zh-CN' ? 'chi' : 'eng'}`,
          `-t ${c.timeline.duration.toFixed(3)}`,
          '-movflags +faststart',
        ])
        .output(c.out),
    c.timeoutMs,
  );
}
