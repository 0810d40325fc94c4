import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  IsUrl,
  Max,
  Min,
  validateSync,
} from 'class-validator';

/**
 * Every setting the processes read, validated once at start-up. Shared by the API, the
 * worker and ormconfig.ts so they can never disagree about a variable.
 */
export class Environment {
  @Transform(({ value }) => (value === undefined || value === '' ? 8000 : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 8000;

  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsIn(['offline', 'llm'])
  SCRIPT_PROVIDER: 'offline' | 'llm' = 'offline';

  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  LLM_BASE_URL?: string;

  @IsOptional()
  @IsString()
  LLM_API_KEY?: string;

  @IsOptional()
  @IsString()
  LLM_MODEL?: string;

  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt()
  @IsPositive()
  LLM_TIMEOUT_MS?: number;
}

export class EnvironmentError extends Error {}

/** Returns the typed settings or throws one message naming every bad variable. */
export function validateEnvironment(raw: Record<string, string | undefined>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const problems = validateSync(env, { skipMissingProperties: false }).map(
    (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`,
  );
  if (env.SCRIPT_PROVIDER === 'llm') {
    for (const key of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const) {
      if (!env[key]) problems.push(`${key}: required when SCRIPT_PROVIDER=llm`);
    }
  }
  if (problems.length) throw new EnvironmentError(`Invalid configuration — ${problems.join('; ')}`);
  return env;
}
