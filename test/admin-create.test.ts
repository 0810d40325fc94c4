import { execFile } from 'node:child_process';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { Client } from 'pg';
import { createTestDatabase } from './helpers/test-database';

const ROOT = join(__dirname, '..');

/** Runs `npm run admin:create` (tsx) with `stdin` piped in. */
function adminCreate(args: string[], stdin: string, databaseUrl: string) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/auth/admin-create.ts', ...args],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: databaseUrl, BCRYPT_COST: '4' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin);
  });
}

describe('npm run admin:create', () => {
  it('reads the password from stdin, not the command line, and promotes an existing user', async () => {
    const database = await createTestDatabase();
    const db = new Client({ connectionString: database.url });
    try {
      const made = await adminCreate(
        ['--email', 'Head@School.example'],
        'a long secret\n',
        database.url,
      );
      expect(made).toMatchObject({
        code: 0,
        stdout: expect.stringContaining('head@school.example is an administrator'),
      });
      expect(made.stderr).not.toMatch(/warning/);
      await db.connect();
      const [row] = (await db.query(`SELECT role, password_hash, token_version FROM "user"`)).rows;
      expect(row.role).toBe('admin');
      expect(await bcrypt.compare('a long secret', row.password_hash)).toBe(true);
      // Again with a new password: still admin, and older tokens are revoked.
      await adminCreate(['--email', 'head@school.example'], 'another secret', database.url);
      const [again] = (await db.query(`SELECT password_hash, token_version FROM "user"`)).rows;
      expect(await bcrypt.compare('another secret', again.password_hash)).toBe(true);
      expect(again.token_version).toBe(row.token_version + 1);
      // A password on the command line still works for old scripts, with a warning.
      const old = await adminCreate(
        ['--email', 'b@school.example', '--password', 'legacy-pass'],
        '',
        database.url,
      );
      expect(old.code).toBe(0);
      expect(old.stderr).toMatch(/warning: --password is visible/);
      const short = await adminCreate(['--email', 'c@school.example'], 'short', database.url);
      expect(short.code).not.toBe(0);
      expect(short.stderr).toMatch(/password must be 8 to 72 bytes/);
    } finally {
      await db.end().catch(() => undefined);
      await database.drop();
    }
  }, 60_000);
});
