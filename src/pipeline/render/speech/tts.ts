import { Language } from '../../script/mvs.types';

/** Speech for one scene: a 16-bit PCM WAV file and its length. */
export interface TtsProvider {
  readonly name: string;
  /** How many scenes may be synthesised at once. */
  readonly parallelism: number;
  synthesize(text: string, lang: Language, outPath: string): Promise<{ seconds: number }>;
  close(): Promise<void>;
}

export class TtsError extends Error {}
