import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty Postgres database for one test file (dropped by `drop`). */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dogmath_test_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * A Redis database number of its own for one test file (1–15, handed out in turn by a
 * counter in db 0, so parallel test files never share one), emptied first.
 */
export async function testRedisUrl(): Promise<string> {
  const { default: Redis } = await import('ioredis');
  const counter = new Redis({ host: '127.0.0.1', port: 6379, db: 0 });
  const db = 1 + ((await counter.incr('dogmath:test:redis-db')) % 15);
  counter.disconnect();
  const redis = new Redis({ host: '127.0.0.1', port: 6379, db });
  await redis.flushdb();
  redis.disconnect();
  return `redis://127.0.0.1:6379/${db}`;
}
