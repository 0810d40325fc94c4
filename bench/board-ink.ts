import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { ffmpegBinary } from '../src/pipeline/render/ffmpeg';

/**
 * Measures chalk on a rendered board frame the way a viewer sees it: bright pixels on the
 * dark slate are chalk; the teacher's corner is left out. The writing is cut into column
 * blocks at wide empty vertical bands, each block into lines at empty horizontal bands
 * (a gap of a few pixels, as between a fraction's bar and its numerator, does not cut).
 */
export interface InkLine {
  top: number;
  bottom: number;
  left: number;
  right: number;
  height: number;
}

export interface BoardInk {
  lines: InkLine[];
  /** Leftmost to rightmost chalk, as a share of the frame's width. */
  widthShare: number;
  /** Chalk next to the frame's edge: the board overflowed. */
  touchesEdge: boolean;
}

export async function measureBoardInk(
  png: Buffer | string,
  teacherCorner: { x: number; y: number },
): Promise<BoardInk> {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const { width, height } = info;
  const ink = (x: number, y: number) =>
    !(x >= teacherCorner.x && y >= teacherCorner.y) && data[y * width + x] > 140;
  // The wooden chalk ledge along the bottom is not writing.
  const floor = height - Math.round(height * 0.02);
  const columnHas = new Array<boolean>(width).fill(false);
  for (let x = 0; x < width; x += 1)
    for (let y = 0; y < floor; y += 1)
      if (ink(x, y)) {
        columnHas[x] = true;
        break;
      }
  const blocks = runs(columnHas, Math.round(width * 0.03));
  const lines: InkLine[] = [];
  for (const [left, right] of blocks) {
    const rowHas = new Array<boolean>(floor).fill(false);
    for (let y = 0; y < floor; y += 1)
      for (let x = left; x <= right; x += 1)
        if (ink(x, y)) {
          rowHas[y] = true;
          break;
        }
    for (const [top, bottom] of runs(rowHas, Math.round(height * 0.012))) {
      let l = right;
      let r = left;
      for (let y = top; y <= bottom; y += 1)
        for (let x = left; x <= right; x += 1)
          if (ink(x, y)) {
            l = Math.min(l, x);
            r = Math.max(r, x);
          }
      // Specks of chalk dust are not lines.
      if (bottom - top >= 6)
        lines.push({ top, bottom, left: l, right: r, height: bottom - top + 1 });
    }
  }
  const xs = lines.flatMap((l) => [l.left, l.right]);
  // Lines keep a margin of 6 % of the short side: chalk within 1.2 % of an edge overflowed.
  const edge = Math.round(Math.min(width, height) * 0.012);
  return {
    lines,
    widthShare: xs.length ? (Math.max(...xs) - Math.min(...xs) + 1) / width : 0,
    touchesEdge: lines.some(
      (l) => l.left < edge || l.right >= width - edge || l.top < edge || l.bottom >= floor - edge,
    ),
  };
}

/** Runs of true, merged across gaps shorter than minGap. */
function runs(has: boolean[], minGap: number): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  let lastOn = -minGap - 1;
  has.forEach((on, i) => {
    if (!on) return;
    if (start >= 0 && i - lastOn > minGap) {
      out.push([start, lastOn]);
      start = i;
    } else if (start < 0) start = i;
    lastOn = i;
  });
  if (start >= 0) out.push([start, lastOn]);
  return out;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const run = promisify(execFile);

/** One frame of a video, `seconds` in, as PNG bytes (what a viewer sees at that moment). */
export async function videoFrameAt(file: string, seconds: number): Promise<Buffer> {
  const { stdout } = await run(
    ffmpegBinary(),
    [
      '-v',
      'error',
      '-ss',
      String(seconds),
      '-i',
      file,
      '-frames:v',
      '1',
      '-f',
      'image2pipe',
      '-vcodec',
      'png',
      '-',
    ],
    { encoding: 'buffer', maxBuffer: 50 * 1024 * 1024 },
  );
  return stdout;
}
