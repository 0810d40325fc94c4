import { BoardSize } from './board/layout';

export class VideoSizeError extends Error {}

/**
 * VIDEO_SIZE such as "1280x720" (default), "1920x1080", or "720x1280" for a phone held
 * upright (the board then writes one tall column): even numbers, long side 640–3840, short
 * side 360–2160.
 */
export function parseVideoSize(setting: string | undefined): BoardSize {
  if (!setting) return { width: 1280, height: 720 };
  const m = /^(\d{3,4})x(\d{3,4})$/.exec(setting);
  const width = m ? Number(m[1]) : NaN;
  const height = m ? Number(m[2]) : NaN;
  if (
    !m ||
    width % 2 ||
    height % 2 ||
    Math.max(width, height) < 640 ||
    Math.min(width, height) < 360 ||
    Math.max(width, height) > 3840 ||
    Math.min(width, height) > 2160
  ) {
    throw new VideoSizeError(
      `VIDEO_SIZE must look like 1280x720, 1920x1080 or 720x1280 (even, 640x360 to 3840x2160, either way up), not "${setting}"`,
    );
  }
  return { width, height };
}
