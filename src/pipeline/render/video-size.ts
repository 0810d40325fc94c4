import { BoardSize } from './board/layout';

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
