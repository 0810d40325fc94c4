import { Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import { Environment } from '../config/environment';

/** A request id from the caller if it looks like one, else a new one; echoed back. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * The URL as logged: no query string (signed links carry signatures there) and no
 * one-time download token (the path itself is the secret).
 */
function loggableUrl(url: string | undefined): string {
  return (url ?? '').split('?')[0].replace(/^\/downloads\/[^/]+/, '/downloads/[token]');
}

/**
 * Structured JSON logs (pino) for every process: one line per HTTP request with its
 * request id; Authorization, cookies, query strings and response headers (signed links in
 * a redirect's Location) are never written.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        pinoHttp: {
          level: env.LOG_LEVEL,
          genReqId: requestId,
          redact: {
            paths: [
              'req.headers.authorization',
              'req.headers.cookie',
              'res.headers["set-cookie"]',
              'res.headers.location',
            ],
            remove: true,
          },
          serializers: {
            req: (req: { id: string; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: loggableUrl(req.url),
            }),
            // Status only: response headers hold signed links (the Location of a preview or
            // download redirect carries X-Amz-Signature or sig=) and tokens.
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: {
            ignore: (req: IncomingMessage) => /^\/(health\/live|metrics)/.test(req.url ?? ''),
          },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
