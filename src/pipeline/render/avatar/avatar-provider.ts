import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rmsEnvelope } from '../audio/wav';
import { rasterize } from '../board/rasterize';
import { AVATAR_STEP_SECONDS, planAvatar } from './lip-sync';
import { EYES, MOUTHS, teacherSvg } from './teacher-svg';

/** One scene's avatar as an FFmpeg concat list of transparent frames, and its pixel size. */
export interface AvatarTrack {
  concatFile: string;
  width: number;
  height: number;
}

export interface AvatarSceneInput {
  /** The scene's speech (16-bit PCM WAV). */
  wav: Buffer;
  leadIn: number;
  tail: number;
  sceneIndex: number;
  /** The job's temp folder, removed after the render. */
  work: string;
  boardHeight: number;
}

/**
 * The teacher in the corner. The default draws a 2-D SVG teacher on the CPU; an external
 * talking-head service (GPU, network) would implement the same interface.
 */
export interface AvatarProvider {
  readonly name: string;
  sceneTrack(input: AvatarSceneInput): Promise<AvatarTrack>;
}

/** Share of the board height the teacher takes. */
const AVATAR_HEIGHT = 0.3;

export class SvgTeacherAvatar implements AvatarProvider {
  readonly name = 'svg-teacher';
  private readonly drawn = new Map<string, Promise<void>>();

  /** The six mouth × eye variants, drawn once per job folder and size. */
  private drawVariants(work: string, height: number): Promise<void> {
    const key = `${work}:${height}`;
    if (!this.drawn.has(key)) {
      const width = Math.round((height * 200) / 240);
      const jobs = MOUTHS.flatMap((m) =>
        EYES.map(async (e) =>
          writeFile(
            join(work, `teacher_${m}_${e}.png`),
            await rasterize(teacherSvg(m, e, height), width, false),
          ),
        ),
      );
      this.drawn.set(
        key,
        Promise.all(jobs).then(() => undefined),
      );
    }
    return this.drawn.get(key)!;
  }

  async sceneTrack(input: AvatarSceneInput): Promise<AvatarTrack> {
    const height = Math.round(input.boardHeight * AVATAR_HEIGHT);
    const width = Math.round((height * 200) / 240);
    await this.drawVariants(input.work, height);
    const frames = planAvatar(
      rmsEnvelope(input.wav, AVATAR_STEP_SECONDS),
      input.leadIn,
      input.tail,
      input.sceneIndex,
    );
    const file = (f: { mouth: string; eyes: string }) =>
      `file '${join(input.work, `teacher_${f.mouth}_${f.eyes}.png`)}'`;
    // The concat demuxer needs the last file repeated for its duration to count.
    const lines = [
      'ffconcat version 1.0',
      ...frames.flatMap((f) => [file(f), `duration ${f.seconds.toFixed(3)}`]),
      file(frames[frames.length - 1]),
    ];
    const concatFile = join(input.work, `teacher_${input.sceneIndex}.ffconcat`);
    await writeFile(concatFile, lines.join('\n') + '\n');
    return { concatFile, width, height };
  }
}

export class AvatarConfigError extends Error {}

/** AVATAR=none turns the teacher off; unset or "svg" draws the default teacher. */
export function createAvatarProvider(setting: string | undefined): AvatarProvider | null {
  if (setting === 'none') return null;
  if (setting === undefined || setting === '' || setting === 'svg') return new SvgTeacherAvatar();
  throw new AvatarConfigError(`AVATAR must be "svg" or "none", not "${setting}"`);
}
