import { ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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

/**
 * eSpeak NG compiled to WebAssembly (npm `espeak-ng`), run in a child process: the WASM
 * synthesis is CPU-bound and would otherwise stall the event loop that renews queue locks.
 */
export class EspeakTtsProvider implements TtsProvider {
  readonly name = 'espeak-ng';
  private child?: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

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

  async synthesize(text: string, lang: Language, outPath: string): Promise<{ seconds: number }> {
    const { voice, speed, pitch } = VOICES[lang];
    const spoken = speakMath(text, lang);
    const id = this.nextId++;
    await new Promise<void>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().stdin.write(
        JSON.stringify({ id, voice, speed, pitch, text: spoken, out: outPath }) + '\n',
      );
    });
    return { seconds: readWavInfo(await readFile(outPath)).durationSeconds };
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
