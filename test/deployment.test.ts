import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import yaml from 'js-yaml';
import { validateEnvironment } from '../src/config/environment';
import { freePort } from './helpers/free-port';
import { startService } from './helpers/service-processes';
import { createTestDatabase, testRedisUrl } from './helpers/test-database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..');

/** KEY=VALUE lines of an env file. */
async function readEnvFile(path: string): Promise<Record<string, string>> {
  const text = await readFile(path, 'utf8');
  return Object.fromEntries(
    text
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

interface ComposeFile {
  services: Record<
    string,
    {
      ports?: (string | { published?: number | string; host_ip?: string })[];
      environment?: Record<string, string>;
      profiles?: string[];
    }
  >;
}

/** `docker-compose config` with only `envFile` for variables (not this shell's). */
async function composeConfig(envFile: string, profiles: string[] = []): Promise<ComposeFile> {
  const args = ['--env-file', envFile, ...profiles.flatMap((p) => ['--profile', p]), 'config'];
  const { stdout } = await run('docker-compose', args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  });
  return yaml.load(stdout) as ComposeFile;
}

describe('deployment: no usable default secret', () => {
  it('refuses, in production, every secret value the repository publishes', async () => {
    const example = await readEnvFile(join(ROOT, '.env.example'));
    const settings = {
      NODE_ENV: 'production',
      S3_ENDPOINT: 'http://minio:9000',
      AWS_ACCESS_KEY_ID: example.MINIO_ROOT_USER,
      AWS_SECRET_ACCESS_KEY: example.MINIO_ROOT_PASSWORD,
      JWT_SECRET: example.JWT_SECRET,
    };
    expect(() => validateEnvironment(settings)).toThrow(/JWT_SECRET: is a placeholder/);
    expect(() => validateEnvironment(settings)).toThrow(/AWS_SECRET_ACCESS_KEY: is a placeholder/);
    // The old compose default and MinIO's documented one are refused by name.
    expect(() =>
      validateEnvironment({
        ...settings,
        JWT_SECRET: 'dev-only-secret-change-me-0123456789abcdef',
        AWS_SECRET_ACCESS_KEY: 'minioadmin',
      }),
    ).toThrow(/JWT_SECRET: is a published example value.*AWS_SECRET_ACCESS_KEY: is a published/);
    // Outside production the same values are allowed (tests, trying it out).
    expect(() => validateEnvironment({ ...settings, NODE_ENV: 'development' })).not.toThrow();
  });

  it('the API process does not start in production with the example secret', async () => {
    const example = await readEnvFile(join(ROOT, '.env.example'));
    const database = await createTestDatabase();
    try {
      const start = startService(
        'main',
        {
          NODE_ENV: 'production',
          DATABASE_URL: database.url,
          REDIS_URL: await testRedisUrl(),
          JWT_SECRET: example.JWT_SECRET,
          PORT: String(await freePort()),
          RECOGNIZE_WARMUP: 'false',
        },
        /listening on/,
      );
      await expect(start).rejects.toThrow(/JWT_SECRET: is a placeholder/);
    } finally {
      await database.drop();
    }
  });
});

describe('deployment: docker-compose.yml (checked with docker-compose config)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dogmath-compose-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('does not start without the secrets, and names the missing one', async () => {
    const empty = join(dir, 'empty.env');
    await writeFile(empty, '');
    await expect(composeConfig(empty)).rejects.toThrow(
      /set [A-Z_]+ in \.env \(see \.env\.example\)/,
    );
    const compose = await readFile(join(ROOT, 'docker-compose.yml'), 'utf8');
    for (const secret of [
      'JWT_SECRET',
      'POSTGRES_PASSWORD',
      'MINIO_ROOT_PASSWORD',
      'GRAFANA_ADMIN_PASSWORD',
    ])
      expect(compose).not.toMatch(new RegExp(`\\$\\{${secret}:-`));
  });

  it('ships an edge config Caddy reads (HSTS on both sites) and scripts sh can parse', async () => {
    const { stdout } = await run(
      'caddy',
      ['adapt', '--config', 'deploy/caddy/Caddyfile', '--adapter', 'caddyfile'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          DOGMATH_DOMAIN: 'math.example.com',
          FILES_DOMAIN: 'files.math.example.com',
          ACME_EMAIL: 'ops@example.com',
        },
      },
    );
    const adapted = JSON.stringify(JSON.parse(stdout));
    expect(adapted).toContain('"dial":"api:8000"');
    expect(adapted).toContain('"dial":"minio:9000"');
    expect(adapted.match(/Strict-Transport-Security/g)).toHaveLength(2);
    for (const script of [
      'deploy/minio/bucket-init.sh',
      'deploy/postgres/archive-wal.sh',
      'deploy/postgres/backup-loop.sh',
    ])
      await run('sh', ['-n', script], { cwd: ROOT });
    // The lifecycle is applied by the bucket job, not only described.
    expect(await readFile(join(ROOT, 'deploy/minio/bucket-init.sh'), 'utf8')).toMatch(
      /mc ilm import/,
    );
  });

  it('publishes only the TLS edge; consoles and dashboards on localhost only', async () => {
    const config = await composeConfig(join(ROOT, '.env.example'), ['monitoring', 'backup']);
    const published: string[] = [];
    for (const [name, service] of Object.entries(config.services))
      for (const port of service.ports ?? []) {
        const text =
          typeof port === 'string' ? port : `${port.host_ip ?? ''}:${port.published ?? ''}`;
        if (!text.startsWith('127.0.0.1:')) published.push(`${name} ${text}`);
      }
    expect(published.every((p) => p.startsWith('caddy '))).toBe(true);
    expect(published.length).toBeGreaterThan(0);
    expect(config.services.api.environment).toMatchObject({
      NODE_ENV: 'production',
      TRUST_PROXY: 'uniquelocal',
      METRICS_PORT: '9464',
      PUBLIC_URL: 'https://math.example.com',
      S3_PUBLIC_ENDPOINT: 'https://files.math.example.com',
    });
    expect(Object.keys(config.services)).toEqual(
      expect.arrayContaining(['caddy', 'walg_backup', 'minio_bucket', 'grafana']),
    );
  });
});
