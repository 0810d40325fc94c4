import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { MathVideoScript } from '../script/mvs.types';
import { AvatarProvider, AvatarTrack, SvgTeacherAvatar } from './avatar/avatar-provider';
import { BoardSize, BoardState, boardGeometry, layoutBoard } from './board/layout';
import { boardSvg, measureItem } from './board/chalkboard';
import { markChanges } from './board/mark-changes';
import { boardScenes } from './board/board-scenes';
import { rasterizeBoard } from './board/rasterize';
import { TtsProvider } from './speech/tts';
import { inParallel } from './in-parallel';
import { compose, encodeNarration } from './mux';
import { joinNarration } from './narration-track';
import { renderSceneClip } from './scene-clip';
import { LEAD_IN_SECONDS, buildTimeline } from './timeline';
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
    const scenes = boardScenes(script);
    const states = markChanges(
      layoutBoard(scenes, size, (item) => measureItem(item, size)),
      scenes,
    );
    framesDrawn = drawBoardFrames(states, size, work);
    // So are the teacher's sprites. Both are awaited later; these catches only keep an early
    // TTS failure from leaving them unhandled.
    framesDrawn.catch(() => undefined);
    teacherReady = avatar?.prepare?.(work, boardGeometry(size).avatarHeight);
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
              tail: timeline.scenes[i].end - timeline.scenes[i].speechEnd,
              sceneIndex: i,
              work,
              spriteHeight: boardGeometry(size).avatarHeight,
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

/** rename() across file systems (tmp may be another mount) falls back to copy + delete. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch {
    await copyFile(from, to);
    await rm(from, { force: true });
  }
}
