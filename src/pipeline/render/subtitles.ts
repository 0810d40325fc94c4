import { Language } from '../script/mvs.types';
import { Timeline } from './timeline';
import { wrapLine } from './line-breaks';

export interface Cue {
  start: number;
  end: number;
  lines: string[];
}

/** Half-width units per subtitle line (displayWidth): 20 Chinese characters, 42 Latin. */
const LINE_WIDTH: Record<Language, number> = { 'zh-CN': 40, 'en-US': 42 };

/** Splits narration into sentences, keeping the sentence's own punctuation. */
export function sentences(text: string): string[] {
  // After Chinese full stops, or after . ! ? ; followed by a space (so 2.5 stays whole).
  return text
    .split(/(?<=[。！？；])|(?<=[.!?;])\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Sentence-level cues of at most two lines, timed within each scene's speech in proportion
 * to their length (the speech engine speaks at an even pace).
 */
export function buildCues(timeline: Timeline, lang: Language): Cue[] {
  const width = LINE_WIDTH[lang];
  const cues: Cue[] = [];
  for (const ts of timeline.scenes) {
    const chunks = sentences(ts.scene.narration).flatMap((s) => {
      const lines = wrapLine(s, width);
      const out: string[][] = [];
      for (let i = 0; i < lines.length; i += 2) out.push(lines.slice(i, i + 2));
      return out;
    });
    const weights = chunks.map((c) => c.join('').length);
    const total = weights.reduce((a, b) => a + b, 0) || 1;
    let t = ts.speechStart;
    chunks.forEach((lines, i) => {
      const length = ((ts.speechEnd - ts.speechStart) * weights[i]) / total;
      cues.push({ start: t, end: t + length, lines });
      t += length;
    });
  }
  return cues;
}

function timestamp(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const h = Math.floor(ms / 3600000);
  const m = Math.floor((ms % 3600000) / 60000);
  const s = Math.floor((ms % 60000) / 1000);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}

export function toWebVtt(cues: Cue[]): string {
  return [
    'WEBVTT',
    '',
    ...cues.flatMap((c, i) => [
      String(i + 1),
      `${timestamp(c.start)} --> ${timestamp(c.end)}`,
      ...c.lines,
      '',
    ]),
  ].join('\n');
}

/** FFmpeg metadata with one chapter per scene, titled by its caption. */
export function chaptersMetadata(timeline: Timeline, title: string): string {
  const esc = (s: string) => s.replace(/([=;#\\\n])/g, '\\$1');
  const lines = [';FFMETADATA1', `title=${esc(title)}`];
  for (const ts of timeline.scenes) {
    lines.push(
      '[CHAPTER]',
      'TIMEBASE=1/1000',
      `START=${Math.round(ts.start * 1000)}`,
      `END=${Math.round(ts.end * 1000)}`,
      `title=${esc(ts.scene.caption ?? ts.scene.id)}`,
    );
  }
  return lines.join('\n') + '\n';
}
