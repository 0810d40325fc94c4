import ffmpeg from 'fluent-ffmpeg';
import { renderTools } from './render-tools';

/** The configured FFmpeg (FFMPEG_PATH through configureRenderTools, else @ffmpeg-installer's). */
export function ffmpegBinary(): string {
  return renderTools().ffmpegPath;
}

export class FfmpegError extends Error {}

/** How long a killed FFmpeg is waited for before its command fails anyway. */
const KILLED_EXIT_WAIT_MS = 5000;

/**
 * Runs one FFmpeg command to completion. A command that outlives `timeoutMs` is killed
 * (SIGKILL, so no orphan is left) and fails once the process has exited, so the caller may
 * remove its work folder at once; the error carries the tail of FFmpeg's log.
 */
export function runFfmpeg(
  build: (cmd: ffmpeg.FfmpegCommand) => ffmpeg.FfmpegCommand,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const log: string[] = [];
    let timedOut = false;
    const hung = () => new FfmpegError(`ffmpeg did not finish within ${timeoutMs} ms`);
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
        // After the kill, fluent-ffmpeg reports the exit by signal as an error.
        reject(
          timedOut
            ? hung()
            : new FfmpegError(`${err.message.split('\n')[0]} | ${log.slice(-6).join(' | ')}`),
        );
      });
    const timer = setTimeout(() => {
      timedOut = true;
      cmd.kill('SIGKILL');
      // Should the exit never be reported, the command still fails.
      setTimeout(() => reject(hung()), KILLED_EXIT_WAIT_MS).unref();
    }, timeoutMs);
    cmd.run();
  });
}
