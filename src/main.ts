import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { Logger } from 'nestjs-pino';
import { NestFactory } from '@nestjs/core';
import { ApiModule } from './app/api.module';
import { prepareHttpApp } from './app/http-app';
import { Environment, validateEnvironment } from './config/environment';

/** The API process: HTTP + Socket.IO + Bull Board on PORT. */
async function bootstrap(): Promise<void> {
  // Fail on bad settings before Nest starts, with one line naming the variable.
  validateEnvironment(process.env, ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET']);
  const app = await NestFactory.create(ApiModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  await prepareHttpApp(app);
  const { PORT } = app.get(Environment);
  await app.listen(PORT);
  new NestLogger('Api').log(`listening on :${PORT}`);
}

bootstrap().catch((e: unknown) => {
  // Start-up failures are almost always settings or unreachable services: one line, no stack.
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
