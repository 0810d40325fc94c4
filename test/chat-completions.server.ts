import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A local stand-in for an OpenAI-compatible /v1/chat/completions endpoint: it speaks the
 * same wire protocol (bearer auth, JSON body, choices[0].message.content) and answers with
 * whatever the test scripts, so the real HTTP client code is exercised.
 */
export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: {
    model: string;
    response_format?: { type: string };
    messages: {
      role: string;
      content: string | { type: string; text?: string; image_url?: { url: string } }[];
    }[];
  };
}

export type Reply = { status: number; content?: string; raw?: string } | { hang: true };

export class ChatCompletionsServer {
  private server?: Server;
  readonly requests: RecordedRequest[] = [];
  reply: (req: RecordedRequest) => Reply = () => ({ status: 200, content: '{}' });

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const recorded: RecordedRequest = {
      path: req.url ?? '',
      headers: req.headers,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
    };
    this.requests.push(recorded);
    if (req.url !== '/v1/chat/completions' || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    if (req.headers.authorization !== 'Bearer test-key') {
      res
        .writeHead(401, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'Incorrect API key provided' } }));
      return;
    }
    const reply = this.reply(recorded);
    if ('hang' in reply) return; // never answers: the client's timeout must fire
    if (reply.raw !== undefined) {
      res.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.raw);
      return;
    }
    res.writeHead(reply.status, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: recorded.body.model,
        choices: [
          {
            index: 0,
            finish_reason: 'stop',
            message: { role: 'assistant', content: reply.content ?? '' },
          },
        ],
        usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
      }),
    );
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
