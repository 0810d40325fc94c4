import { PipelineError } from '../errors';
import { MathVideoScript } from '../script/mvs.types';
import { validateScript } from '../script/validate-script';
import { ProblemInput, ScriptProvider } from './script-provider';
import { ProblemReader } from '../sandbox/problem-reader';
import { sameAnswers } from './answer-equivalence';
import { LlmConfig, completeJson, imageContent } from './chat-completions.client';

export type { LlmConfig } from './chat-completions.client';

const SYSTEM_PROMPT = `You are DogMath, a patient math teacher who writes explainer-video scripts.
Read the problem (from the image or the text), solve it step by step, and reply with ONE JSON object,
a MathVideoScript v1:
{"version":1,"language":"<zh-CN|en-US>","title":string,
 "problem":{"text":string (the problem as plain text, e.g. "Solve 3(x-2)=2x+5"),"latex":string,"kind":string,
            "equation":string (word problems only: the equation or equations you set up, plain text,
            several separated by ";", each unknown a single letter, e.g. "x + (x + 4) = 20")},
 "answer":{"latex":string,"values":[{"variable":"x","value":"11"}]},
 "scenes":[{"id":"intro","role":"intro","narration":string,"board":[{"type":"math","latex":string}]},
           {"id":"step-1","role":"step","narration":string (why this step),"caption":string,"board":[...]},
           ...,{"id":"answer","role":"answer",...},{"id":"check","role":"check",...}],
 "source":{"provider":"llm"}}
Rules: values are plain text readable by mathjs ("-2/3", "(5 + sqrt(13))/2", expressions use variable ""
and inequalities write the value as "> 3"); one scene per meaningful step; narration in the requested language;
board items are {"type":"text","text":...} or {"type":"math","latex":...}.
For a word problem, say in the narration what each letter stands for, set up problem.equation, and give
answer.values for those letters; the equation is solved and checked by a computer algebra system.
If there is no readable math problem, reply {"error":"no_problem"}. Reply with JSON only.`;

/**
 * Any OpenAI-compatible chat-completions endpoint with image input. Its answer is re-solved by
 * the CAS whenever the CAS understands the problem; a disagreeing answer is rejected.
 */
export class LlmScriptProvider implements ScriptProvider {
  readonly name = 'llm';

  constructor(
    private readonly config: LlmConfig,
    private readonly reader: ProblemReader,
  ) {}

  async createScript(input: ProblemInput): Promise<MathVideoScript> {
    const userContent: unknown[] = [
      {
        type: 'text',
        text:
          `Language: ${input.lang}.` +
          (input.text !== undefined
            ? ` Problem: ${input.text}`
            : ' Solve the problem in this photo.'),
      },
    ];
    if (input.text === undefined) {
      if (!input.image) throw new PipelineError('NO_PROBLEM_FOUND', 'neither image nor text given');
      userContent.push(await imageContent(input.image));
    }
    const candidate = await completeJson(this.config, [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: userContent },
    ]);
    if (candidate && typeof candidate === 'object' && 'error' in candidate)
      throw new PipelineError('NO_PROBLEM_FOUND', 'the model found no problem');
    const script = normalise(candidate, input, this.config.model);
    return this.checkWithCas(validateScript(script), input);
  }

  /**
   * A word problem is checked through the equation the model set up: the CAS solves that
   * equation and the answers must agree; an equation it cannot solve is no check, and the
   * script is refused (retryable: another reply may set up a solvable one). Other problems
   * the CAS does not cover are kept, marked unchecked.
   */
  private async checkWithCas(
    script: MathVideoScript,
    input: ProblemInput,
  ): Promise<MathVideoScript> {
    const equation = script.problem.equation?.trim();
    let cas;
    try {
      cas = await this.reader.solve({
        op: 'solve',
        output: 'answer',
        text: equation ? `solve: ${equation}` : script.problem.text,
        lang: input.lang,
        task: equation ? undefined : input.task,
      });
    } catch (e) {
      if (!(e instanceof PipelineError)) throw e;
      if (!equation) return script;
      throw new PipelineError(
        'ANSWER_CHECK_FAILED',
        `the equation the model set up (${equation}) could not be solved and checked: ${e.detail ?? e.code}`,
        false,
      );
    }
    if (!sameAnswers(cas.values, script.answer.values)) {
      const expected = cas.values
        .map((v) => `${v.variable}${v.variable ? '=' : ''}${v.value}`)
        .join(', ');
      throw new PipelineError(
        'ANSWER_CHECK_FAILED',
        `model answered ${JSON.stringify(script.answer.values)}, the check gives ${expected}`,
        false,
      );
    }
    return {
      ...script,
      source: { ...script.source, checkedBy: `cas:${cas.method}` },
    };
  }

  close(): Promise<void> {
    return this.reader.close();
  }
}

/** Fields we own (version, language, source) are set by us, not trusted from the model. */
function normalise(candidate: unknown, input: ProblemInput, model: string): unknown {
  if (!candidate || typeof candidate !== 'object')
    throw new PipelineError('INVALID_SCRIPT', 'reply is not an object', false);
  return {
    ...(candidate as object),
    version: 1,
    language: input.lang,
    source: { provider: 'llm', model },
  };
}
