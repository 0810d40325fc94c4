import ffmpeg from 'fluent-ffmpeg';
import { renderTools } from './render-tools';

/** The configured FFmpeg (FFMPEG_PATH through configureRenderTools, else @ffmpeg-installer's). */
export function ffmpegBinary(): string {
  return renderTools().ffmpegPath;
}

export class FfmpegError extends Error {}

/**
 * Runs one FFmpeg command to completion. A command that outlives `timeoutMs` is killed
 * (SIGKILL, so no orphan is left) and fails; the error carries the tail of FFmpeg's log.
 */
export function runFfmpeg(
  build: (cmd: ffmpeg.FfmpegCommand) => ffmpeg.FfmpegCommand,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const log: string[] = [];
    const cmd = build(ffmpeg().setFfmpegPath(ffmpegBinary()))
      .on('stderr', (line: string) => {
        log.push(line);
        if (log.length > 40) log.shift();
      })
      .on('end', () => {
        clearTimeout(timer);
        resolve();
      })
      .on('error', (err: Error) => {
        clearTimeout(timer);
        reject(new FfmpegError(`${err.message.split('\n')[0]} | ${log.slice(-6).join(' | ')}`));
      });
    const timer = setTimeout(() => {
      cmd.kill('SIGKILL');
      reject(new FfmpegError(`ffmpeg did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    cmd.run();
  });
}
