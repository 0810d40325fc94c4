import 'reflect-metadata';
import bcrypt from 'bcryptjs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import dataSource from '../../ormconfig';
import { validateEnvironment } from '../config/environment';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CredentialsDto } from './dto/credentials.dto';
import { runMigrationsLocked } from '../database/migrator';

const USAGE =
  'usage: npm run admin:create -- --email E   (the password is asked for, or read from stdin)';

/** All of stdin, without the final newline (`printf '%s' "$PW" | …` or `… < file`). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Asks on the terminal without echoing what is typed. */
function prompt(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

/**
 * `npm run admin:create -- --email E`: creates an admin or promotes a user. The password
 * is prompted for on a terminal, or read from stdin when piped — never taken from the
 * command line, where the process list and shell history would keep it. (`--password P`
 * still works for old scripts, with a warning.)
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' } },
  });
  let password = values.password;
  if (password !== undefined)
    console.error(
      'warning: --password is visible in the process list and shell history; leave it out to be asked, or pipe it on stdin',
    );
  else password = process.stdin.isTTY ? await prompt('Password: ') : await readStdin();
  const dto = plainToInstance(CredentialsDto, { email: values.email, password });
  const problems = (await validate(dto)).flatMap((e) => Object.values(e.constraints ?? {}));
  if (problems.length) throw new Error(`${USAGE} (${problems.join('; ')})`);
  const env = validateEnvironment(process.env, ['DATABASE_URL']);
  await dataSource.initialize();
  try {
    await runMigrationsLocked(dataSource);
    // A new password also revokes every token issued with the old one.
    await dataSource.query(
      `INSERT INTO "user" (email, password_hash, role) VALUES ($1, $2, 'admin')
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'admin',
         token_version = "user".token_version + 1`,
      [dto.email, await bcrypt.hash(dto.password, env.BCRYPT_COST)],
    );
    console.log(`${dto.email} is an administrator`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
