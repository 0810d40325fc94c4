import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from '@nestjs/common';
import { ApiModule } from './app/api.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { Environment, EnvironmentError, validateEnvironment } from './config/environment';

async function bootstrap(): Promise<void> {
  // Fail on bad settings before Nest starts, with one line naming the variable.
  validateEnvironment(process.env);
  const app = await NestFactory.create(ApiModule);
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();
  const { PORT } = app.get(Environment);
  await app.listen(PORT);
  new Logger('Api').log(`listening on :${PORT}`);
}

bootstrap().catch((e: unknown) => {
  // A configuration problem is the operator's to fix: say which variable, without a stack.
  console.error(e instanceof EnvironmentError ? e.message : e);
  process.exit(1);
});
