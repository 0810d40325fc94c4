import 'reflect-metadata';
import bcrypt from 'bcryptjs';
import { parseArgs } from 'node:util';
import dataSource from '../../ormconfig';
import { validateEnvironment } from '../config/environment';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CredentialsDto } from './dto/credentials.dto';
import { runMigrationsLocked } from '../database/migrator';

/** `npm run admin:create -- --email E --password P`: creates an admin or promotes a user. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' } },
  });
  const dto = plainToInstance(CredentialsDto, values);
  const problems = (await validate(dto)).flatMap((e) => Object.values(e.constraints ?? {}));
  if (problems.length) throw new Error(`usage: --email E --password P (${problems.join('; ')})`);
  const env = validateEnvironment(process.env, ['DATABASE_URL']);
  await dataSource.initialize();
  try {
    await runMigrationsLocked(dataSource);
    await dataSource.query(
      `INSERT INTO "user" (email, password_hash, role) VALUES ($1, $2, 'admin')
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = 'admin'`,
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
