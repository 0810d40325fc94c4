import { ProblemReader } from '../src/pipeline/sandbox/problem-reader';
import { LlmScriptProvider } from '../src/pipeline/providers/llm.provider';
import {
  createScriptProvider,
  ProviderConfigError,
} from '../src/pipeline/providers/provider-factory';
import { PipelineError } from '../src/pipeline/errors';
import { renderProblemImage } from '../scripts/lib/render-line';
import { ChatCompletionsServer } from './chat-completions.server';

/** A script such as a model would return for "3(x-2)=2x+5", with a chosen answer. */
function modelScript(answer: string, problemText = 'Solve 3(x-2)=2x+5') {
  return JSON.stringify({
    version: 1,
    language: 'en-US',
    title: 'Solving a linear equation',
    problem: { text: problemText, latex: '3(x-2)=2x+5', kind: 'linear_equation' },
    answer: { latex: `x = ${answer}`, values: [{ variable: 'x', value: answer }] },
    scenes: [
      {
        id: 'intro',
        role: 'intro',
        narration: 'We solve 3(x − 2) = 2x + 5.',
        board: [{ type: 'math', latex: '3(x-2)=2x+5' }],
      },
      {
        id: 'step-1',
        role: 'step',
        narration: 'Expand the brackets.',
        caption: 'Expand',
        board: [{ type: 'math', latex: '3x-6=2x+5' }],
      },
      {
        id: 'answer',
        role: 'answer',
        narration: `So x is ${answer}.`,
        board: [{ type: 'math', latex: `\\boxed{x=${answer}}` }],
      },
    ],
    source: { provider: 'whatever the model says' },
  });
}

describe('LLM provider over the chat-completions protocol', () => {
  const server = new ChatCompletionsServer();
  let provider: LlmScriptProvider;
  let baseUrl: string;

  beforeAll(async () => {
    baseUrl = await server.start();
    provider = new LlmScriptProvider(
      {
        baseUrl,
        apiKey: 'test-key',
        model: 'vision-model-1',
        timeoutMs: 1500,
      },
      new ProblemReader(),
    );
  });
  afterAll(() => server.stop());

  it('sends the image as a data URL and accepts an answer the CAS confirms', async () => {
    server.reply = () => ({ status: 200, content: modelScript('11') });
    const image = await renderProblemImage('3(x − 2) = 2x + 5');
    const script = await provider.createScript({ image, lang: 'zh-CN' });
    const req = server.requests.at(-1)!;
    expect(req.headers.authorization).toBe('Bearer test-key');
    expect(req.body.model).toBe('vision-model-1');
    expect(req.body.response_format).toEqual({ type: 'json_object' });
    const user = req.body.messages.find((m) => m.role === 'user')!.content as {
      type: string;
      image_url?: { url: string };
    }[];
    expect(user.find((c) => c.type === 'image_url')!.image_url!.url).toMatch(
      /^data:image\/jpeg;base64,\/9j\//,
    );
    // Fields we own are ours, not the model's.
    expect(script.language).toBe('zh-CN');
    expect(script.source).toEqual({
      provider: 'llm',
      model: 'vision-model-1',
      checkedBy: 'cas:substitution',
    });
  });

  it('rejects a script whose answer the CAS disproves, as retryable', async () => {
    server.reply = () => ({ status: 200, content: modelScript('12') });
    const err = await provider.createScript({ text: '3(x-2)=2x+5', lang: 'en-US' }).catch((e) => e);
    expect(err).toBeInstanceOf(PipelineError);
    expect(err).toMatchObject({ code: 'ANSWER_CHECK_FAILED', permanent: false });
    expect(err.detail).toContain('x=11');
  });

  it('keeps a script the CAS cannot check, marked unchecked', async () => {
    server.reply = () => ({
      status: 200,
      content: modelScript('2', 'How many primes are there below 4?'),
    });
    const script = await provider.createScript({
      text: 'How many primes are there below 4?',
      lang: 'en-US',
    });
    expect(script.source.checkedBy).toBeUndefined();
  });

  describe('word problems: the CAS solves and checks the equation the model set up', () => {
    const question =
      'Tom is 4 years older than Ann. Together they are 20 years old. How old is Ann?';
    /** The model's script for the question, with its equation and answer. */
    const wordScript = (equation: string | undefined, answer: string) =>
      JSON.stringify({
        ...JSON.parse(modelScript(answer, question)),
        problem: {
          text: question,
          latex: 'x + (x + 4) = 20',
          kind: 'word_problem',
          ...(equation ? { equation } : {}),
        },
      });

    it('asks for the equation, and accepts an answer that solves it', async () => {
      server.reply = () => ({ status: 200, content: wordScript('x + (x + 4) = 20', '8') });
      const script = await provider.createScript({ text: question, lang: 'en-US' });
      const system = server.requests.at(-1)!.body.messages.find((m) => m.role === 'system')!;
      expect(system.content).toContain('problem.equation');
      expect(script.problem.equation).toBe('x + (x + 4) = 20');
      expect(script.source.checkedBy).toBe('cas:substitution');
    });

    it('checks a system the model set up', async () => {
      server.reply = () => ({
        status: 200,
        content: JSON.stringify({
          ...JSON.parse(wordScript('x + y = 20; x - y = 4', '12')),
          answer: {
            latex: 'x = 12, y = 8',
            values: [
              { variable: 'x', value: '12' },
              { variable: 'y', value: '8' },
            ],
          },
        }),
      });
      const script = await provider.createScript({ text: question, lang: 'en-US' });
      expect(script.source.checkedBy).toMatch(/^cas:/);
    });

    it('rejects an answer that does not solve the equation', async () => {
      server.reply = () => ({ status: 200, content: wordScript('x + (x + 4) = 20', '9') });
      await expect(provider.createScript({ text: question, lang: 'en-US' })).rejects.toMatchObject({
        code: 'ANSWER_CHECK_FAILED',
        permanent: false,
      });
    });

    it('refuses a word problem whose equation the CAS cannot solve, instead of keeping it unchecked', async () => {
      server.reply = () => ({ status: 200, content: wordScript('x^5 + x = 3', '1') });
      const err = await provider.createScript({ text: question, lang: 'en-US' }).catch((e) => e);
      expect(err).toMatchObject({ code: 'ANSWER_CHECK_FAILED', permanent: false });
      expect(err.detail).toContain('x^5 + x = 3');
    });
  });

  it('accepts JSON wrapped in a markdown fence', async () => {
    server.reply = () => ({ status: 200, content: '```json\n' + modelScript('11') + '\n```' });
    await expect(
      provider.createScript({ text: '3(x-2)=2x+5', lang: 'en-US' }),
    ).resolves.toMatchObject({ answer: { values: [{ variable: 'x', value: '11' }] } });
  });

  it.each([
    [
      'the model found no problem',
      { status: 200, content: '{"error":"no_problem"}' },
      'NO_PROBLEM_FOUND',
      true,
    ],
    [
      'prose instead of JSON',
      { status: 200, content: 'The answer is 11.' },
      'INVALID_SCRIPT',
      false,
    ],
    [
      'a script missing its scenes',
      {
        status: 200,
        content: JSON.stringify({ ...JSON.parse(modelScript('11')), scenes: undefined }),
      },
      'INVALID_SCRIPT',
      false,
    ],
    ['a non-JSON HTTP body', { status: 200, raw: '<html>gateway</html>' }, 'INVALID_SCRIPT', false],
    ['a rate limit', { status: 429, content: '' }, 'PROVIDER_UNAVAILABLE', false],
    ['a server error', { status: 503, content: '' }, 'PROVIDER_UNAVAILABLE', false],
    ['a bad request', { status: 400, content: '' }, 'PROVIDER_REJECTED', true],
  ])('maps %s to %s', async (_name, reply, code, permanent) => {
    server.reply = () => reply;
    await expect(
      provider.createScript({ text: '3(x-2)=2x+5', lang: 'en-US' }),
    ).rejects.toMatchObject({ code, permanent });
  });

  it('maps a wrong key to a permanent configuration error', async () => {
    const wrongKey = new LlmScriptProvider(
      {
        baseUrl,
        apiKey: 'nope',
        model: 'm',
        timeoutMs: 1500,
      },
      new ProblemReader(),
    );
    await expect(wrongKey.createScript({ text: '1+1', lang: 'en-US' })).rejects.toMatchObject({
      code: 'PROVIDER_REJECTED',
      permanent: true,
    });
  });

  it('gives up after its timeout when the server hangs', async () => {
    server.reply = () => ({ hang: true });
    // The client's own timeout ended it (its message says so), not the server or Jest.
    await expect(provider.createScript({ text: '1+1', lang: 'en-US' })).rejects.toMatchObject({
      code: 'PROVIDER_UNAVAILABLE',
      permanent: false,
      detail: 'no answer within 1500 ms',
    });
  });

  it('reports an unreachable endpoint as unavailable', async () => {
    const nowhere = new LlmScriptProvider(
      {
        baseUrl: 'http://127.0.0.1:9/v1',
        apiKey: 'k',
        model: 'm',
        timeoutMs: 1500,
      },
      new ProblemReader(),
    );
    await expect(nowhere.createScript({ text: '1+1', lang: 'en-US' })).rejects.toMatchObject({
      code: 'PROVIDER_UNAVAILABLE',
    });
  });

  it('names the missing setting', () => {
    expect(() => createScriptProvider('llm', { LLM_BASE_URL: baseUrl, LLM_MODEL: 'm' })).toThrow(
      new ProviderConfigError('LLM_API_KEY must be set to use the LLM provider'),
    );
  });
});
