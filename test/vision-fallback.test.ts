import { renderProblemImage } from '../scripts/lib/render-line';
import { PipelineError } from '../src/pipeline/errors';
import { createScriptProvider } from '../src/pipeline/providers/provider-factory';
import { ScriptProvider } from '../src/pipeline/providers/script-provider';
import { ChatCompletionsServer } from './chat-completions.server';

/**
 * Issue 14's fallback: with an LLM endpoint configured, a photo the offline reader refuses
 * is transcribed by the vision model — transcription only — and solved and checked by our
 * own CAS. Tested against a local server speaking the chat-completions protocol.
 */
describe('vision-model fallback for photos the offline reader refuses', () => {
  const server = new ChatCompletionsServer();
  let provider: ScriptProvider;
  let withoutFallback: ScriptProvider;
  let unreadable: Buffer;

  beforeAll(async () => {
    const settings = {
      LLM_BASE_URL: await server.start(),
      LLM_API_KEY: 'test-key',
      LLM_MODEL: 'vision-model-1',
      LLM_TIMEOUT_MS: 1500,
    };
    provider = createScriptProvider('offline', settings);
    withoutFallback = createScriptProvider('offline', { ...settings, VISION_FALLBACK: 'off' });
    // Prose the offline reader finds no math in, standing in for a photo it cannot read.
    unreadable = await renderProblemImage('今天天气很好 The weather is nice', { fontSize: 40 });
  });
  afterAll(async () => {
    await Promise.all([provider.close(), withoutFallback.close(), server.stop()]);
  });

  const transcribes = (problem: string, extra: object = {}) => {
    server.reply = () => ({ status: 200, content: JSON.stringify({ problem, ...extra }) });
  };

  it('solves the transcription with our CAS and never takes an answer from the model', async () => {
    // The model volunteers a wrong answer: it is not asked for one and it is not read.
    transcribes('Solve x^2 - 3x + 2 = 0', { answer: 'x = 7' });
    const before = server.requests.length;
    const script = await provider.createScript({ image: unreadable, lang: 'en-US' });
    expect(script.answer.values).toEqual([
      { variable: 'x', value: '1' },
      { variable: 'x', value: '2' },
    ]);
    expect(script.source.provider).toBe('offline');
    expect(script.source.recognition).toMatchObject({
      engine: 'vision:vision-model-1',
      text: 'Solve x^2 - 3x + 2 = 0',
    });
    expect(server.requests.length).toBe(before + 1);
    const req = server.requests.at(-1)!;
    expect(req.body.model).toBe('vision-model-1');
    const system = req.body.messages.find((m) => m.role === 'system')!.content as string;
    expect(system).toMatch(/do not solve it/);
    const user = req.body.messages.find((m) => m.role === 'user')!.content as {
      type: string;
      image_url?: { url: string };
    }[];
    expect(user.find((c) => c.type === 'image_url')!.image_url!.url).toMatch(
      /^data:image\/jpeg;base64,/,
    );
  });

  it('reads a transcription given as LaTeX, as models often do', async () => {
    transcribes('Solve $\\frac{1}{2}x + 3 = 7$');
    const script = await provider.createScript({ image: unreadable, lang: 'en-US' });
    expect(script.answer.values).toEqual([{ variable: 'x', value: '8' }]);
  });

  it('does not call the model for a photo the offline reader reads', async () => {
    const before = server.requests.length;
    const image = await renderProblemImage('3(x − 2) = 2x + 5', { fontSize: 44 });
    const script = await provider.createScript({ image, lang: 'en-US' });
    expect(script.answer.values).toEqual([{ variable: 'x', value: '11' }]);
    expect(script.source.recognition?.engine).toBe('dogmath-math');
    expect(server.requests.length).toBe(before);
  });

  it('leaves the offline refusal standing when the model reads no problem either', async () => {
    server.reply = () => ({ status: 200, content: '{"error":"no_problem"}' });
    await expect(provider.createScript({ image: unreadable, lang: 'zh-CN' })).rejects.toMatchObject(
      { code: 'NO_PROBLEM_FOUND', permanent: true },
    );
  });

  it('names what it cannot explain in a transcription, as for typed text', async () => {
    transcribes('Solve log(x) = 2');
    const err = (await provider
      .createScript({ image: unreadable, lang: 'en-US' })
      .catch((e) => e)) as PipelineError;
    expect(err).toBeInstanceOf(PipelineError);
    expect(err).toMatchObject({ code: 'UNSUPPORTED_PROBLEM', permanent: true });
    expect(err.messageIn('en-US')).toMatch(/log/);
  });

  it("reports the endpoint's failure as the operator's (retryable), not as the photo's", async () => {
    server.reply = () => ({ status: 503, content: 'overloaded' });
    await expect(provider.createScript({ image: unreadable, lang: 'en-US' })).rejects.toMatchObject(
      { code: 'PROVIDER_UNAVAILABLE', permanent: false },
    );
  });

  it('stays offline with VISION_FALLBACK=off', async () => {
    transcribes('Solve x^2 - 3x + 2 = 0');
    const before = server.requests.length;
    await expect(
      withoutFallback.createScript({ image: unreadable, lang: 'zh-CN' }),
    ).rejects.toMatchObject({ code: 'NO_PROBLEM_FOUND' });
    expect(server.requests.length).toBe(before);
  });
});
