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
  /** The teacher's height in pixels (boardGeometry's avatarHeight). */
  spriteHeight: number;
}

/**
 * The teacher in the corner. The default draws a 2-D SVG teacher on the CPU; an external
 * talking-head service (GPU, network) would implement the same interface.
 */
export interface AvatarProvider {
  readonly name: string;
  /** Optional: get ready for a job (called while the speech is synthesised). */
  prepare?(work: string, spriteHeight: number): Promise<void>;
  sceneTrack(input: AvatarSceneInput): Promise<AvatarTrack>;
}

export class SvgTeacherAvatar implements AvatarProvider {
  readonly name = 'svg-teacher';
  /** Rendered sprites per pixel height: a few sizes at most, reused by every job. */
  private readonly sprites = new Map<number, Promise<Map<string, Buffer>>>();
  /** The job folder the sprites were last written into (only the current job is remembered). */
  private written?: { work: string; height: number; done: Promise<void> };

  private renderSprites(height: number): Promise<Map<string, Buffer>> {
    if (!this.sprites.has(height)) {
      const width = Math.round((height * 200) / 240);
      const variants = MOUTHS.flatMap((m) => EYES.map((e) => [m, e] as const));
      const rendered = Promise.all(
        variants.map(
          async ([m, e]) =>
            [
              `teacher_${m}_${e}.png`,
              await rasterize(teacherSvg(m, e, height), width, false),
            ] as const,
        ),
      ).then((entries) => new Map(entries));
      this.sprites.set(height, rendered);
    }
    return this.sprites.get(height)!;
  }

  /** The six mouth × eye variants as files in the job folder, written once per job. */
  private writeVariants(work: string, height: number): Promise<void> {
    if (this.written?.work !== work || this.written.height !== height) {
      const done = this.renderSprites(height).then((sprites) =>
        Promise.all([...sprites].map(([name, png]) => writeFile(join(work, name), png))).then(
          () => undefined,
        ),
      );
      this.written = { work, height, done };
    }
    return this.written.done;
  }

  prepare(work: string, spriteHeight: number): Promise<void> {
    return this.writeVariants(work, spriteHeight);
  }

  async sceneTrack(input: AvatarSceneInput): Promise<AvatarTrack> {
    const height = input.spriteHeight;
    const width = Math.round((height * 200) / 240);
    await this.writeVariants(input.work, height);
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
