import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { MathVideoScript } from '../script/mvs.types';
import { monoWav, readWavInfo, silencePcm } from './audio/wav';
import { levelSpeech } from './audio/loudness';
import { AvatarProvider, AvatarTrack, SvgTeacherAvatar } from './avatar/avatar-provider';
import { BoardSize, BoardState, layoutBoard } from './board/layout';
import { boardSvg, measureItem } from './board/chalkboard';
import { rasterizeBoard } from './board/rasterize';
import { runFfmpeg } from './ffmpeg';
import { TtsProvider } from './speech/tts';
import { LEAD_IN_SECONDS, TAIL_SECONDS, Timeline, buildTimeline } from './timeline';
import { buildCues, chaptersMetadata, toWebVtt } from './subtitles';

export type RenderStage = 'tts' | 'avatar' | 'blackboard' | 'compose';

export class VideoSizeError extends Error {}

/** VIDEO_SIZE such as "1280x720" (default) or "1920x1080": even numbers, 16:9 or close. */
export function parseVideoSize(setting: string | undefined): BoardSize {
  if (!setting) return { width: 1280, height: 720 };
  const m = /^(\d{3,4})x(\d{3,4})$/.exec(setting);
  const width = m ? Number(m[1]) : NaN;
  const height = m ? Number(m[2]) : NaN;
  if (
    !m ||
    width % 2 ||
    height % 2 ||
    width < 640 ||
    height < 360 ||
    width > 3840 ||
    height > 2160
  ) {
    throw new VideoSizeError(
      `VIDEO_SIZE must look like 1280x720 or 1920x1080 (even, 640x360 to 3840x2160), not "${setting}"`,
    );
  }
  return { width, height };
}

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
  /** The teacher in the corner; null for none (AVATAR=none). Default: the SVG teacher. */
  avatar?: AvatarProvider | null;
}

export interface RenderResult {
  videoPath: string;
  subtitlesPath: string;
  posterPath: string;
  durationSeconds: number;
  /** One per scene: where it starts and its caption (also muxed as MP4 chapters). */
  chapters: { title: string; start: number }[];
}

/** Where each stage's share of the progress bar starts and ends. */
const STAGE_SPAN: Record<RenderStage, [number, number]> = {
  tts: [0, 30],
  avatar: [30, 40],
  blackboard: [40, 85],
  compose: [85, 100],
};
/** How long a new board line takes to be written on. */
const REVEAL_SECONDS = 0.9;

/**
 * json2video: narration per scene (TTS) → timeline → teacher avatar → board keyframes →
 * per-scene clips (write-on reveal + talking teacher) → FFmpeg composite with normalised
 * narration, soft subtitles and chapters → final.mp4, subtitles.vtt and poster.jpg in
 * outDir. Intermediates (audio_*.wav, teacher_*, blackboard_*.png/mp4) live in a per-job
 * temp folder that is always removed; outputs appear in outDir only when all exist.
 */
export async function renderVideo(
  script: MathVideoScript,
  outDir: string,
  options: RenderOptions,
): Promise<RenderResult> {
  const size = options.size ?? { width: 1280, height: 720 };
  const fps = options.fps ?? 30;
  const timeoutMs = options.ffmpegTimeoutMs ?? 120_000;
  const avatar = options.avatar === undefined ? new SvgTeacherAvatar() : options.avatar;
  let last = 0;
  const progress = (stage: RenderStage, fraction: number) => {
    const [from, to] = STAGE_SPAN[stage];
    last = Math.max(last, Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction))));
    options.onProgress?.(stage, last);
  };
  await mkdir(outDir, { recursive: true });
  const work = await mkdtemp(join(options.tempRoot ?? tmpdir(), 'dogmath-render-'));
  let framesDrawn: Promise<string[]> | undefined;
  let teacherReady: Promise<void> | undefined;
  let narrationEncoded: Promise<void> | undefined;
  try {
    // The board does not depend on the audio: draw it while the speech is synthesised.
    const states = layoutBoard(script.scenes, size, (item) => measureItem(item, size));
    framesDrawn = drawBoardFrames(states, size, work);
    // So are the teacher's sprites. Both are awaited later; these catches only keep an early
    // TTS failure from leaving them unhandled.
    framesDrawn.catch(() => undefined);
    teacherReady = avatar?.prepare?.(work, size.height);
    teacherReady?.catch(() => undefined);

    // 1. Speech per scene; its length sets the scene's duration.
    const speech: number[] = [];
    let voiced = 0;
    await inParallel(script.scenes, options.tts.parallelism, async (scene, i) => {
      const { seconds } = await options.tts.synthesize(
        scene.narration,
        script.language,
        join(work, `audio_${i}.wav`),
      );
      speech[i] = seconds;
      voiced += 1;
      progress('tts', voiced / script.scenes.length);
    });
    const timeline = buildTimeline(script, speech);
    // Each scene's speech, read once for the narration track and the teacher's mouth.
    const wavs = await Promise.all(
      script.scenes.map((_, i) => readFile(join(work, `audio_${i}.wav`))),
    );
    const narrationWav = join(work, 'narration.wav');
    await writeFile(narrationWav, joinNarration(wavs));
    // AAC-encode the narration while the board clips are encoded, not after them.
    const narration = join(work, 'narration.m4a');
    narrationEncoded = encodeNarration(narrationWav, narration, timeoutMs);
    narrationEncoded.catch(() => undefined);

    // 2. The teacher's mouth follows each scene's speech.
    await teacherReady;
    const teacher: (AvatarTrack | null)[] = [];
    for (const [i, wav] of wavs.entries()) {
      teacher.push(
        avatar
          ? await avatar.sceneTrack({
              wav,
              leadIn: LEAD_IN_SECONDS,
              tail: TAIL_SECONDS,
              sceneIndex: i,
              work,
              boardHeight: size.height,
            })
          : null,
      );
      progress('avatar', (i + 1) / script.scenes.length);
    }

    // 3. One clip per scene with its new lines written on.
    const frames = await framesDrawn;
    // Scene clips are independent; FFmpeg's filter graph is mostly single-threaded, so one
    // encode per core at a time keeps both cores busy.
    const clips = timeline.scenes.map((_, i) => join(work, `blackboard_${i}.mp4`));
    let done = 0;
    const length = (i: number) => timeline.scenes[i].end - timeline.scenes[i].start;
    await inParallel(
      timeline.scenes,
      Math.max(1, Math.min(2, cpus().length)),
      async (ts, i) => {
        await renderSceneClip({
          state: states[i],
          previous: states[i - 1],
          frame: frames[i],
          previousFrame: frames[i - 1],
          clip: clips[i],
          frameCount: Math.round(ts.end * fps) - Math.round(ts.start * fps),
          fps,
          work,
          index: i,
          timeoutMs,
          teacher: teacher[i],
          size,
        });
        done += 1;
        progress('blackboard', done / timeline.scenes.length);
      },
      // Longest first, so no core is left idle while the other finishes a long scene.
      (a, b) => length(b) - length(a),
    );

    // 4. Composite, produced in the temp folder.
    const subtitles = join(work, 'subtitles.vtt');
    await writeFile(subtitles, toWebVtt(buildCues(timeline, script.language)));
    const chapters = join(work, 'chapters.txt');
    await writeFile(chapters, chaptersMetadata(timeline, script.title));
    const list = join(work, 'clips.txt');
    await writeFile(list, clips.map((c) => `file '${c}'`).join('\n') + '\n');
    const video = join(work, 'final.mp4');
    await narrationEncoded;
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

    // 5. Poster: the board with the boxed answer. Then everything moves to outDir together.
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
      chapters: timeline.scenes.map((ts) => ({
        title: ts.scene.caption ?? ts.scene.id,
        start: Number(ts.start.toFixed(3)),
      })),
    };
    await Promise.all([
      moveFile(video, result.videoPath),
      moveFile(subtitles, result.subtitlesPath),
      moveFile(poster, result.posterPath),
    ]);
    progress('compose', 1);
    return result;
  } finally {
    // Work that runs beside other stages must stop writing before the folder goes.
    await Promise.allSettled([framesDrawn, teacherReady, narrationEncoded]);
    await rm(work, { recursive: true, force: true });
  }
}

/** Every board state as a PNG keyframe (blackboard_i.png). */
async function drawBoardFrames(
  states: BoardState[],
  size: BoardSize,
  work: string,
): Promise<string[]> {
  const frames: string[] = [];
  for (const [i, state] of states.entries()) {
    const png = join(work, `blackboard_${i}.png`);
    await writeFile(png, await rasterizeBoard(boardSvg(state, size), size));
    frames.push(png);
  }
  return frames;
}

/**
 * Runs `task` over `items` with at most `limit` running at once, starting them in the order
 * `order` sorts their indexes into (default: as given). After a failure no new task starts,
 * and the first error is thrown only once the running ones have settled, so nothing is
 * still writing into the temp folder when the caller removes it.
 */
async function inParallel<T>(
  items: T[],
  limit: number,
  task: (item: T, index: number) => Promise<void>,
  order?: (a: number, b: number) => number,
): Promise<void> {
  const queue = items.map((_, i) => i).sort(order ?? (() => 0));
  let next = 0;
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    while (next < queue.length && !failure) {
      const i = queue[next++];
      try {
        await task(items[i], i);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  if (failure) throw failure.error;
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

/** Lead-in silence + levelled speech + tail silence per scene, as one PCM track. */
function joinNarration(wavs: Buffer[]): Buffer {
  const parts: Buffer[] = [];
  let sampleRate: number | undefined;
  for (const wav of wavs) {
    const info = readWavInfo(wav);
    if (info.channels !== 1) throw new Error('speech must be mono');
    if (sampleRate !== undefined && sampleRate !== info.sampleRate)
      throw new Error('speech sample rates differ between scenes');
    sampleRate = info.sampleRate;
    parts.push(
      silencePcm(LEAD_IN_SECONDS, sampleRate),
      levelSpeech(wav.subarray(info.dataOffset, info.dataOffset + info.dataLength), sampleRate),
      silencePcm(TAIL_SECONDS, sampleRate),
    );
  }
  return monoWav(Buffer.concat(parts), sampleRate ?? 22050);
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
  teacher: AvatarTrack | null;
  size: BoardSize;
}

/**
 * One scene's clip. The lines this scene adds are hidden under a strip cut from the
 * previous board, which slides away to the right so they appear as if written on (after a
 * scroll the new board simply replaces the old). The teacher talks in the lower right.
 */
async function renderSceneClip(c: SceneClip): Promise<void> {
  const seconds = c.frameCount / c.fps;
  const region =
    c.previousFrame && c.previous && c.previous.scroll === c.state.scroll
      ? revealRegion(c.state)
      : null;
  const cover = join(c.work, `cover_${c.index}.png`);
  // Each still is decoded once and repeated in memory by the loop filter: `-loop 1` on an
  // image input would decode the PNG again for every one of the clip's frames.
  // Converted to yuv420p once, before looping, so no frame is colour-converted again.
  const still = (i: number) =>
    `[${i}:v]format=yuv420p,loop=loop=${c.frameCount}:size=1:start=0,setpts=N/${c.fps}/TB`;
  const filters: string[] = [`${still(0)}[board]`];
  let board = '[board]';
  let input = 1;
  if (region && c.previousFrame) {
    await sharp(c.previousFrame)
      .extract({ left: region.x, top: region.y, width: region.width, height: region.height })
      .toFile(cover);
    const reveal = Math.min(REVEAL_SECONDS, seconds / 2).toFixed(3);
    filters.push(
      `${still(input)}[cover]`,
      `${board}[cover]overlay=x='${region.x}+${region.width}*min(1,t/${reveal})':y=${region.y}:enable='lt(t,${reveal})'[revealed]`,
    );
    board = '[revealed]';
    input += 1;
  }
  if (c.teacher) {
    // A slow sway so the teacher never looks frozen.
    const margin = Math.round(c.size.height * 0.02);
    filters.push(
      `${board}[${input}:v]overlay=x=W-w-${margin}:y='H-h-${margin}+3*sin(2*PI*t/4)':eof_action=repeat[taught]`,
    );
    board = '[taught]';
  }
  filters.push(`${board}format=yuv420p[v]`);
  await runFfmpeg((cmd) => {
    let command = cmd.input(c.frame);
    if (region) command = command.input(cover);
    if (c.teacher)
      command = command.input(c.teacher.concatFile).inputOptions(['-f concat', '-safe 0']);
    return command
      .complexFilter(filters)
      .outputOptions([
        '-map [v]',
        `-frames:v ${c.frameCount}`,
        '-c:v libx264',
        '-preset veryfast',
        // A still board: a short lookahead and no B-frames cut x264's per-frame analysis by
        // about a fifth (and the file shrinks) with no visible difference.
        '-x264-params rc-lookahead=5:bframes=0',
        `-r ${c.fps}`,
      ])
      .output(c.clip);
  }, c.timeoutMs);
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

/** The levelled narration (mono PCM, no channel layout) as 44.1 kHz AAC. */
function encodeNarration(wav: string, out: string, timeoutMs: number): Promise<void> {
  return runFfmpeg(
    (cmd) =>
      cmd
        .input(wav)
        .complexFilter(['[0:a]aformat=sample_fmts=s16:channel_layouts=mono,aresample=44100[a]'])
        .outputOptions(['-map [a]', '-c:a aac', '-b:a 128k'])
        .output(out),
    timeoutMs,
  );
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
        .outputOptions([
          '-map 0:v',
          '-map 1:a',
          '-map 2:s',
          '-map_metadata 3',
          '-map_chapters 3',
          '-c:v copy',
          '-c:a copy',
          '-c:s mov_text',
          `-metadata:s:s:0 language=${c.language === 'zh-CN' ? 'chi' : 'eng'}`,
          `-t ${c.timeline.duration.toFixed(3)}`,
          '-movflags +faststart',
        ])
        .output(c.out),
    c.timeoutMs,
  );
}
