import { validateEnvironment } from '../src/config/environment';
import { createTestDatabase } from './helpers/test-database';

describe('configuration', () => {
  it('applies defaults', () => {
    expect(validateEnvironment({})).toMatchObject({
      PORT: 8000,
      SCRIPT_PROVIDER: 'offline',
      WORKER_QUEUES: ['image2json', 'json2video'],
      S3_BUCKET: 'dogmath',
      SIGNED_URL_TTL_SECONDS: 72 * 3600,
      PUBLIC_URL: 'http://localhost:8000',
    });
    expect(validateEnvironment({ WORKER_QUEUES: ' json2video ' }).WORKER_QUEUES).toEqual([
      'json2video',
    ]);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://x' }, /DATABASE_URL/],
    [{ REDIS_URL: 'http://localhost' }, /REDIS_URL/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters/],
    [{ WORKER_QUEUES: 'image2json,render' }, /WORKER_QUEUES may list only/],
    [{ BCRYPT_COST: '3' }, /BCRYPT_COST/],
    [{ S3_ENDPOINT: 'http://minio:9000' }, /AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: required/],
    [{ S3_BUCKET: 'Bad_Bucket' }, /S3_BUCKET must be a valid bucket name/],
    [{ SCRIPT_PROVIDER: 'magic' }, /SCRIPT_PROVIDER/],
    [
      { SCRIPT_PROVIDER: 'llm', LLM_BASE_URL: 'http://127.0.0.1:1/v1', LLM_MODEL: 'm' },
      /LLM_API_KEY: required when SCRIPT_PROVIDER=llm/,
    ],
    [{ LLM_TIMEOUT_MS: '-5' }, /LLM_TIMEOUT_MS/],
  ])('refuses %j, naming the variable', (raw, message) => {
    expect(() => validateEnvironment(raw)).toThrow(message);
  });

  it('names every missing setting a process needs', () => {
    expect(() => validateEnvironment({}, ['DATABASE_URL', 'REDIS_URL', 'JWT_SECRET'])).toThrow(
      /DATABASE_URL: required; REDIS_URL: required; JWT_SECRET: required/,
    );
  });

  it('connects to Postgres with the DataSource from ormconfig.ts and migrates', async () => {
    const database = await createTestDatabase();
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = database.url;
    try {
      const { default: dataSource } = await import('../ormconfig');
      await dataSource.initialize();
      const { runMigrationsLocked } = await import('../src/database/migrator');
      // Two at once, as two API replicas booting together: the lock lets one migrate.
      const [a, b] = await Promise.all([
        runMigrationsLocked(dataSource),
        runMigrationsLocked(dataSource),
      ]);
      // Each migration applied exactly once, in order, between the two.
      expect([...a, ...b]).toEqual([
        'CreateUsersAndJobs1764403200000',
        'AddJobTask1764489600000',
        'AddUserTokenVersion1764576000000',
      ]);
      const tables = await dataSource.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      );
      expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(
        expect.arrayContaining(['job', 'migrations', 'user']),
      );
      await dataSource.destroy();
    } finally {
      process.env.DATABASE_URL = saved;
      await database.drop();
    }
  });
});
