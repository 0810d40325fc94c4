import { INestApplication, Logger, ValidationPipe } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { MetricsService } from '../health/metrics.service';
import { AllExceptionsFilter } from '../common/all-exceptions.filter';
import { Environment } from '../config/environment';
import { runMigrationsLocked } from '../database/migrator';
import { setupOpenApi } from './openapi';

/**
 * Everything an HTTP process sets up besides its modules: strict validation (unknown
 * fields refused), errors without internals, migrations under an advisory lock, graceful
 * shutdown. Shared by main.ts, standalone.ts and the tests.
 */
export async function prepareHttpApp(app: INestApplication): Promise<void> {
  app.useGlobalPipes(
    new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  const env = app.get(Environment);
  // req.ip (rate limits, logs) is the client's address only as far as a trusted proxy says.
  (app as NestExpressApplication).set('trust proxy', trustProxySetting(env.TRUST_PROXY));
  // Security headers everywhere; Bull Board's and Swagger UI's pages need inline scripts,
  // so no CSP there.
  // The page plays videos and shows posters from the object store (or the API's own links).
  const storage = [env.PUBLIC_URL, env.S3_PUBLIC_ENDPOINT ?? env.S3_ENDPOINT]
    .filter((u): u is string => !!u)
    .map((u) => new URL(u).origin);
  const strict = helmet({
    contentSecurityPolicy: {
      directives: {
        'media-src': ["'self'", ...storage],
        'img-src': ["'self'", 'data:', ...storage],
      },
    },
  });
  const board = helmet({ contentSecurityPolicy: false });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path.startsWith('/admin/queues') || req.path.startsWith('/docs') ? board : strict)(
      req,
      res,
      next,
    ),
  );
  // Browsers may call the API only from the origins configured (none: same origin only).
  app.enableCors({ origin: env.CORS_ORIGINS, credentials: false });
  serveWebApp(app as NestExpressApplication);
  // Latency of every request, by route pattern (not by raw URL: ids would explode the labels).
  const metrics = app.get(MetricsService, { strict: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const end = metrics.httpDuration.startTimer();
    res.on('finish', () =>
      end({ method: req.method, route: req.route?.path ?? 'unmatched', status: res.statusCode }),
    );
    next();
  });
  app.enableShutdownHooks();
  setupOpenApi(app);
  if (env.RUN_MIGRATIONS) {
    const applied = await runMigrationsLocked(app.get(DataSource));
    if (applied.length) new Logger('Database').log(`migrations applied: ${applied.join(', ')}`);
  }
}

/** Express's `trust proxy` from TRUST_PROXY: none, a hop count, or proxy addresses. */
function trustProxySetting(value: string | undefined): boolean | number | string {
  if (!value) return false;
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * The web page (public/, plain files, no build) at /, and KaTeX from its npm package at
 * /vendor/katex; socket.io serves its own client at /socket.io/socket.io.js. Nothing is
 * loaded from the internet.
 */
function serveWebApp(app: NestExpressApplication): void {
  const root = repositoryRoot(__dirname);
  if (root) app.useStaticAssets(join(root, 'public'), { index: 'index.html' });
  app.useStaticAssets(dirname(require.resolve('katex')), { prefix: '/vendor/katex' });
}

/**
 * public/ sits at the repository root: two levels up from src/app, three from dist/src/app,
 * four from a test build's .build-test/<run>/src/app. The nearest ancestor holding it wins.
 */
function repositoryRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'public', 'index.html'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
