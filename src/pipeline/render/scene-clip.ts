import { join } from 'node:path';
import sharp from 'sharp';
import { AvatarTrack } from './avatar/avatar-provider';
import { AVATAR_SWAY_PX, BoardSize, BoardState, avatarMargin } from './board/layout';
import { runFfmpeg } from './ffmpeg';

/** How long a new board line takes to be written on. */
const REVEAL_SECONDS = 0.9;

export interface SceneClip {
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
 * new page the new board simply replaces the old). The teacher talks in the lower right.
 */
export async function renderSceneClip(c: SceneClip): Promise<void> {
  const seconds = c.frameCount / c.fps;
  const region =
    c.previousFrame && c.previous && c.previous.page === c.state.page
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
    const margin = avatarMargin(c.size);
    filters.push(
      `${board}[${input}:v]overlay=x=W-w-${margin}:y='H-h-${margin}+${AVATAR_SWAY_PX}*sin(2*PI*t/4)':eof_action=repeat[taught]`,
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
