import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Language } from '../../script/mvs.types';
import { readWavInfo } from '../audio/wav';
import { speakMath } from './math-speech';
import { TtsError, TtsProvider } from './tts';

/** A teacher's pace and voice: a little slower and lower than eSpeak's defaults. */
const VOICES: Record<Language, { voice: string; speed: number; pitch: number }> = {
  'zh-CN': { voice: 'cmn', speed: 150, pitch: 45 },
  'en-US': { voice: 'en-us', speed: 155, pitch: 42 },
};

interface Pending {
  resolve: () => void;
  reject: (e: Error) => void;
}

/** One espeak-runner child process; started on first use, restarted after it exits. */
class SpeechProcess {
  private child?: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();

  get busy(): number {
    return this.pending.size;
  }

  request(id: number, message: object): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().stdin.write(JSON.stringify({ id, ...message }) + '\n');
    });
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.child) return this.child;
    const child = spawn(process.execPath, [join(__dirname, 'espeak-runner.mjs')], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      const reply = JSON.parse(line) as { id: number; ok: boolean; error?: string };
      const p = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) p?.resolve();
      else p?.reject(new TtsError(`speech synthesis failed: ${reply.error}`));
    });
    child.stderr.resume();
    child.on('exit', (code) => {
      for (const p of this.pending.values())
        p.reject(new TtsError(`speech process exited (${code})`));
      this.pending.clear();
      this.child = undefined;
    });
    this.child = child;
    return child;
  }

  async close(): Promise<void> {
    const child = this.child;
    if (!child) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.stdin.end();
    });
  }
}

/**
 * eSpeak NG compiled to WebAssembly (npm `espeak-ng`), run in child processes: the WASM
 * synthesis is CPU-bound and would otherwise stall the event loop that renews queue locks.
 * One process per core (at most `processes`), so a video's scenes are voiced in parallel.
 */
export class EspeakTtsProvider implements TtsProvider {
  readonly name = 'espeak-ng';
  private readonly pool: SpeechProcess[];
  private nextId = 1;

  constructor(processes = Math.max(1, Math.min(2, cpus().length))) {
    this.pool = Array.from({ length: processes }, () => new SpeechProcess());
  }

  get parallelism(): number {
    return this.pool.length;
  }

  async synthesize(text: string, lang: Language, outPath: string): Promise<{ seconds: number }> {
    const { voice, speed, pitch } = VOICES[lang];
    const idle = this.pool.reduce((a, b) => (b.busy < a.busy ? b : a));
    await idle.request(this.nextId++, {
      voice,
      speed,
      pitch,
      text: speakMath(text, lang),
      out: outPath,
    });
    return { seconds: readWavInfo(await readFile(outPath)).durationSeconds };
  }

  async close(): Promise<void> {
    await Promise.all(this.pool.map((p) => p.close()));
  }
}
