import { MathVideoScript } from '../script/mvs.types';
import { runFfmpeg } from './ffmpeg';
import { Timeline } from './timeline';

export interface Compose {
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
export function encodeNarration(wav: string, out: string, timeoutMs: number): Promise<void> {
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

/** Board clips, narration, subtitles and chapters into the final MP4 (no re-encoding). */
export async function compose(c: Compose): Promise<void> {
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
