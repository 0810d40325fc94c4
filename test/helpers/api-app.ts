import { Controller, Get, INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiModule } from '../../src/app/api.module';
import { prepareHttpApp } from '../../src/app/http-app';
import { createTestDatabase, testRedisUrl } from './test-database';
import { RELAXED_RATE_LIMITS } from './relaxed-limits';

@Controller('boom')
class BoomController {
  @Get()
  boom(): never {
    throw new Error('database password is hunter2');
  }
}

export const TEST_JWT_SECRET = 'api-test-secret-api-test-secret-1234';

/**
 * The API module in this process (supertest), on a fresh database, its own Redis db and
 * local-disk storage in a temp folder. `env` overrides settings; the environment is
 * restored on close.
 */
export async function startApiApp(env: Record<string, string> = {}) {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'dogmath-api-data-'));
  const saved = { ...process.env };
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    REDIS_URL: await testRedisUrl(),
    JWT_SECRET: TEST_JWT_SECRET,
    DATA_DIR: dataDir,
    BCRYPT_COST: '4',
    LOG_LEVEL: 'silent',
    RECOGNIZE_WARMUP: 'false',
    // Tests sign many users up from one address; the limits have a test of their own.
    LOGIN_RATE_PER_MINUTE: '1000',
    ...RELAXED_RATE_LIMITS,
    ...env,
  });
  const moduleRef = await Test.createTestingModule({
    imports: [ApiModule],
    controllers: [BoomController],
  }).compile();
  // Silent: tests provoke errors on purpose and must not print a fake secret to the CI log.
  const app: INestApplication = moduleRef.createNestApplication({ logger: false });
  await prepareHttpApp(app);
  await app.init();
  return {
    app,
    databaseUrl: database.url,
    dataDir,
    close: async () => {
      await app.close();
      process.env = saved;
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
