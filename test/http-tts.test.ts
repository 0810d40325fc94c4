import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpTtsProvider } from '../src/pipeline/render/speech/http.tts';
import { createTtsProvider, TtsConfigError } from '../src/pipeline/render/speech/tts-factory';
import { readWavInfo, rmsEnvelope, silenceWav } from '../src/pipeline/render/audio/wav';

/** A 24 kHz tone as OpenAI-style speech endpoints return it. */
function toneWav(seconds: number): Buffer {
  const wav = silenceWav(seconds, 24000);
  const info = readWavInfo(wav);
  for (let i = 0; i < info.dataLength / 2; i += 1)
    wav.writeInt16LE(
      Math.round(8000 * Math.sin((2 * Math.PI * 220 * i) / 24000)),
      info.dataOffset + i * 2,
    );
  return wav;
}

describe('HTTP speech provider over the /v1/audio/speech protocol', () => {
  let server: Server;
  let baseUrl: string;
  let dir: string;
  const requests: {
    auth?: string;
    body: { model: string; voice: string; input: string; response_format: string };
  }[] = [];
  let mode: 'ok' | 'fail' | 'hang' | 'playlist' = 'ok';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dogmath-http-tts-'));
    server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      if (req.url !== '/v1/audio/speech' || req.method !== 'POST')
        return void res.writeHead(404).end();
      requests.push({
        auth: req.headers.authorization,
        body: JSON.parse(Buffer.concat(chunks).toString()),
      });
      if (req.headers.authorization !== 'Bearer k') return void res.writeHead(401).end();
      if (mode === 'hang') return;
      if (mode === 'fail') return void res.writeHead(500).end();
      // A hostile or broken service: an HLS playlist that names a local file.
      if (mode === 'playlist')
        return void res
          .writeHead(200, { 'content-type': 'audio/wav' })
          .end('#EXTM3U\n#EXTINF:1,\nfile:///etc/passwd\n#EXT-X-ENDLIST\n');
      res.writeHead(200, { 'content-type': 'audio/wav' }).end(toneWav(1.5));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });

  const provider = () =>
    new HttpTtsProvider({
      baseUrl,
      apiKey: 'k',
      model: 'tts-test',
      voices: { 'zh-CN': 'zh-voice', 'en-US': 'en-voice' },
      timeoutMs: 1500,
    });

  it('sends spoken math with the language voice and converts the WAV for the timeline', async () => {
    mode = 'ok';
    const out = join(dir, 'a.wav');
    const { seconds } = await provider().synthesize('x² = 9', 'en-US', out);
    expect(requests.at(-1)).toEqual({
      auth: 'Bearer k',
      body: {
        model: 'tts-test',
        voice: 'en-voice',
        input: 'x squared equals 9',
        response_format: 'wav',
      },
    });
    const wav = await readFile(out);
    expect(readWavInfo(wav)).toMatchObject({ sampleRate: 22050, channels: 1 });
    expect(seconds).toBeCloseTo(1.5, 1);
    expect(Math.max(...rmsEnvelope(wav, 0.1))).toBeGreaterThan(0.1);
  });

  it.each([
    ['fail', /HTTP 500/],
    ['hang', /no answer within 1500 ms/],
    ['playlist', /did not answer with WAV audio/],
  ] as const)('reports a %s service', async (m, message) => {
    mode = m;
    await expect(provider().synthesize('1', 'zh-CN', join(dir, 'b.wav'))).rejects.toThrow(message);
  });

  it('names the missing setting', () => {
    expect(() => createTtsProvider({ TTS_PROVIDER: 'http', TTS_BASE_URL: baseUrl })).toThrow(
      new TtsConfigError('TTS_API_KEY must be set when TTS_PROVIDER=http'),
    );
    expect(() => createTtsProvider({ TTS_PROVIDER: 'festival' })).toThrow(/TTS_PROVIDER/);
  });
});
