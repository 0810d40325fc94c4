import { PipelineError } from '../errors';
import { Language } from '../script/mvs.types';
import { LlmConfig, completeJson, imageContent } from './chat-completions.client';

const TRANSCRIBE_PROMPT = `You transcribe photos of school math problems. Copy the problem exactly as
written: do not solve it, do not correct it, do not add steps. Write plain text a student could type:
the instruction words as printed (in their language), ^ for powers, / for fractions with brackets
around numerator and denominator when they have more than one term, sqrt(...) for roots, ≤ ≥ ≠,
one equation per line for a system. Reply with ONE JSON object {"problem": "<the text>"},
or {"error": "no_problem"} when the photo holds no readable math problem. Reply with JSON only.`;

/** What a vision model read in a photo: text for our own reader, solver and checker. */
export interface Transcription {
  text: string;
  model: string;
}

/**
 * The fallback reader for photos the offline recogniser refuses or doubts (issue 14): a
 * vision model on any OpenAI-compatible endpoint only transcribes the photo; the problem is
 * then parsed, solved and checked by our own CAS exactly like typed text, so the model never
 * supplies an answer.
 */
export class VisionTranscriber {
  constructor(private readonly config: LlmConfig) {}

  get model(): string {
    return this.config.model;
  }

  async transcribe(image: Buffer, lang: Language): Promise<Transcription> {
    const reply = await completeJson(this.config, [
      { role: 'system', content: TRANSCRIBE_PROMPT },
      {
        role: 'user',
        content: [
          { type: 'text', text: `The student's language: ${lang}. Transcribe the problem.` },
          await imageContent(image),
        ],
      },
    ]);
    const problem = (reply as { problem?: unknown } | null)?.problem;
    if (typeof problem !== 'string' || problem.trim() === '')
      throw new PipelineError('NO_PROBLEM_FOUND', 'the vision model read no problem');
    return { text: problem.trim().slice(0, 2000), model: this.config.model };
  }
}
