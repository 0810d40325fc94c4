import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsPositive,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';
import { ProblemReaderOptions } from '../pipeline/sandbox/problem-reader';
import { productionSecretProblems } from './secret-strength';

/** An integer setting with a default when unset or empty. */
const int = (fallback: number | undefined) =>
  Transform(({ value }) => (value === undefined || value === '' ? fallback : Number(value)));
const trimmed = () =>
  Transform(({ value }) => (typeof value === 'string' && value.trim() === '' ? undefined : value));

const QUEUE_NAMES = ['image2json', 'json2video'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * Every setting the processes read (the API, the workers, the CLI, ormconfig.ts), validated
 * once at start-up; factories take typed settings from here and the pipeline takes options,
 * never process.env, so no two places can disagree about a variable or its default.
 */
export class Environment {
  @int(8000)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 8000;

  @trimmed()
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @trimmed()
  @IsOptional()
  @IsUrl({ protocols: ['redis', 'rediss'], require_tld: false, require_protocol: true })
  REDIS_URL?: string;

  /** HMAC key for access tokens (HS256): at least 32 characters. */
  @trimmed()
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  /** At most 7 days: a token is a bearer credential, and socket timers cap at 24.8 days. */
  @int(86400)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600, { message: 'JWT_TTL_SECONDS may be at most 604800 (7 days)' })
  JWT_TTL_SECONDS = 86400;

  @int(10)
  @IsInt()
  @Min(4)
  @Max(15)
  BCRYPT_COST = 10;

  /** Videos a new account may create. */
  @int(10)
  @IsInt()
  @Min(0)
  DEFAULT_QUOTA = 10;

  /** Object store: S3-compatible when S3_ENDPOINT is set, else files under DATA_DIR. */
  @trimmed()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  S3_ENDPOINT?: string;

  /** Where browsers reach the store, if not at S3_ENDPOINT (e.g. compose's minio:9000). */
  @trimmed()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  S3_PUBLIC_ENDPOINT?: string;

  @IsOptional()
  @IsString()
  AWS_ACCESS_KEY_ID?: string;

  @IsOptional()
  @IsString()
  AWS_SECRET_ACCESS_KEY?: string;

  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, {
    message: 'S3_BUCKET must be a valid bucket name (3–63 lower-case letters, digits, . or -)',
  })
  S3_BUCKET = 'dogmath';

  @IsString()
  S3_REGION = 'us-east-1';

  @IsString()
  DATA_DIR = 'data';

  /** How clients reach this API (links to local-disk objects are built on it). */
  @trimmed()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  PUBLIC_URL?: string;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Logins and signups allowed per client address per minute, across all API replicas. */
  @int(10)
  @IsInt()
  @Min(1)
  LOGIN_RATE_PER_MINUTE = 10;

  @int(5)
  @IsInt()
  @Min(1)
  SIGNUP_RATE_PER_MINUTE = 5;

  /** New accounts per client network per day (each one comes with DEFAULT_QUOTA videos). */
  @int(20)
  @IsInt()
  @Min(1)
  SIGNUP_RATE_PER_DAY = 20;

  /** When set, POST /auth/signup needs `invite_code` equal to it (a school's class code). */
  @trimmed()
  @IsOptional()
  @IsString()
  @MinLength(6, { message: 'SIGNUP_INVITE_CODE must be at least 6 characters' })
  SIGNUP_INVITE_CODE?: string;

  /** Login attempts per account per hour, from anywhere: slows guessing one password. */
  @int(20)
  @IsInt()
  @Min(1)
  LOGIN_ACCOUNT_RATE_PER_HOUR = 20;

  /** Jobs one user may create per minute (checked before the photo is read). */
  @int(10)
  @IsInt()
  @Min(1)
  JOBS_RATE_PER_MINUTE = 10;

  /** Photos this API process decodes at once (each may take ~100 MB while re-encoded). */
  @int(8)
  @IsInt()
  @Min(1)
  @Max(256)
  MAX_CONCURRENT_UPLOADS = 8;

  /**
   * Which proxies may tell the API the client's address (X-Forwarded-For), as Express's
   * `trust proxy`: a hop count, or addresses/CIDRs/presets (loopback, linklocal,
   * uniquelocal), comma-separated. Unset: none (the socket's address counts). `true` (trust
   * anyone) is refused: every client could then choose its own address.
   */
  @trimmed()
  @IsOptional()
  @Matches(
    /^(\d{1,2}|(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-f.:]+(\/\d{1,3})?))*)$/i,
    {
      message:
        'TRUST_PROXY must be a hop count or a list of proxy addresses, CIDRs or loopback/linklocal/uniquelocal (not "true")',
    },
  )
  TRUST_PROXY?: string;

  /** Start the API's OCR engine at boot, so the first student's /recognize is fast. */
  @Transform(({ value }) => !(value === 'false' || value === '0'))
  RECOGNIZE_WARMUP = true;

  /** Budget for parsing, solving and checking one reading, in a worker thread. */
  @int(2000)
  @IsInt()
  @Min(100)
  SOLVE_TIMEOUT_MS = 2000;

  /** Budget for recognising one photo, in a worker thread. */
  @int(30000)
  @IsInt()
  @Min(1000)
  RECOGNIZE_TIMEOUT_MS = 30000;

  /** Worker threads that solve (light) and that recognise photos (≈350 MB each). */
  @int(1)
  @IsInt()
  @Min(1)
  @Max(16)
  SOLVER_THREADS = 1;

  @int(1)
  @IsInt()
  @Min(1)
  @Max(16)
  RECOGNIZER_THREADS = 1;

  /** POST /recognize (OCR without quota) per client address per minute. */
  @int(30)
  @IsInt()
  @Min(1)
  RECOGNIZE_RATE_PER_MINUTE = 30;

  /** Web origins allowed to call the API from a browser, comma-separated (none: same origin only). */
  @Transform(({ value }) =>
    String(value ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )
  @IsUrl(
    { require_tld: false, require_protocol: true },
    { each: true, message: 'CORS_ORIGINS must list full origins such as https://app.example.com' },
  )
  CORS_ORIGINS: string[] = [];

  /** Signed result links (design: 72 h). */
  @int(72 * 3600)
  @IsInt()
  @Min(60)
  @Max(7 * 24 * 3600)
  SIGNED_URL_TTL_SECONDS = 72 * 3600;

  @int(10 * 1024 * 1024)
  @IsInt()
  @Min(1024)
  MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

  /** Queues this worker consumes, comma-separated. */
  @Transform(({ value }) =>
    String(value ?? 'image2json,json2video')
      .split(',')
      .map((q) => q.trim())
      .filter(Boolean),
  )
  @IsIn(QUEUE_NAMES, { each: true, message: 'WORKER_QUEUES may list only image2json, json2video' })
  WORKER_QUEUES: QueueName[] = [...QUEUE_NAMES];

  @int(2)
  @IsInt()
  @Min(1)
  @Max(32)
  IMAGE2JSON_CONCURRENCY = 2;

  @int(1)
  @IsInt()
  @Min(1)
  @Max(16)
  JSON2VIDEO_CONCURRENCY = 1;

  /**
   * How long a worker's hold on a job lasts (renewed at half time from the event loop); a
   * killed worker's job is taken over this long after it died, plus one stall check.
   */
  @int(60)
  @IsInt()
  @Min(2)
  @Max(600)
  JOB_LOCK_SECONDS = 60;

  @int(30)
  @IsInt()
  @Min(1)
  @Max(300)
  STALLED_CHECK_SECONDS = 30;

  /** How often the reconciler looks for jobs stranded in WAIT_* (once across all workers). */
  @int(30)
  @IsInt()
  @Min(1)
  RECONCILE_EVERY_SECONDS = 30;

  /** A waiting row untouched this long is checked against its queue entry. */
  @int(120)
  @IsInt()
  @Min(1)
  STALE_AFTER_SECONDS = 120;

  /**
   * The API serves Prometheus /metrics on this separate port (keep it off the edge), and
   * not on PORT. Unset: /metrics on PORT only with METRICS_TOKEN as a Bearer token.
   */
  @int(undefined)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  METRICS_PORT?: number;

  /** Bearer token for /metrics on the public port (when METRICS_PORT is not used). */
  @trimmed()
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /** A worker serves Prometheus /metrics on this port when set (workers have no other HTTP). */
  @int(undefined)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(65535)
  WORKER_METRICS_PORT?: number;

  /** Finished videos are deleted this many days after they were made (0: kept for ever). */
  @int(30)
  @IsInt()
  @Min(0)
  VIDEO_RETENTION_DAYS = 30;

  @int(3600)
  @IsInt()
  @Min(10)
  CLEANUP_EVERY_SECONDS = 3600;

  /** The API applies pending migrations at boot (under an advisory lock). */
  @Transform(
    ({ value }) => value === undefined || value === '' || value === 'true' || value === '1',
  )
  RUN_MIGRATIONS = true;

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
  @int(undefined)
  @IsInt()
  @IsPositive()
  LLM_TIMEOUT_MS?: number;

  /**
   * With the offline provider and LLM_* set, a photo the offline reader refuses or doubts is
   * transcribed by the model (text only) and solved by our CAS; "off" keeps photos offline.
   */
  @IsIn(['on', 'off'], { message: 'VISION_FALLBACK must be "on" or "off"' })
  VISION_FALLBACK: 'on' | 'off' = 'on';

  // Rendering and its tools (json2video, the CLI). The render factories check the values
  // further and name the variable (render-settings.ts).

  @trimmed()
  @IsOptional()
  @IsIn(['espeak', 'http'], { message: 'TTS_PROVIDER must be "espeak" or "http"' })
  TTS_PROVIDER?: string;

  @trimmed()
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_tld: false, require_protocol: true })
  TTS_BASE_URL?: string;

  @IsOptional()
  @IsString()
  TTS_API_KEY?: string;

  @IsOptional()
  @IsString()
  TTS_MODEL?: string;

  @IsOptional()
  @IsString()
  TTS_VOICE_ZH?: string;

  @IsOptional()
  @IsString()
  TTS_VOICE_EN?: string;

  @IsOptional()
  @int(undefined)
  @IsInt()
  @IsPositive()
  TTS_TIMEOUT_MS?: number;

  /** The teacher avatar: svg (default) or none. */
  @trimmed()
  @IsOptional()
  @IsIn(['svg', 'none'], { message: 'AVATAR must be "svg" or "none"' })
  AVATAR?: string;

  /** Frame size, e.g. 1280x720 (default) or 1920x1080. */
  @trimmed()
  @IsOptional()
  @IsString()
  VIDEO_SIZE?: string;

  /** FFmpeg binary (default: @ffmpeg-installer's; the Docker image uses Debian's). */
  @trimmed()
  @IsOptional()
  @IsString()
  FFMPEG_PATH?: string;

  /** Font for board text (default: Debian's Noto Sans CJK). */
  @trimmed()
  @IsOptional()
  @IsString()
  CJK_FONT_FILE?: string;

  /**
   * Retries of bad model replies (invalid script, answer the CAS disproves) one user may
   * cause per day; each is a paid call. Past it such a failure is final and charged.
   */
  @int(10)
  @IsInt()
  @Min(0)
  LLM_RETRIES_PER_USER_PER_DAY = 10;
}

/** The problem reader's budgets and threads, as the pipeline takes them. */
export function readerOptions(env: Environment): ProblemReaderOptions {
  return {
    solveTimeoutMs: env.SOLVE_TIMEOUT_MS,
    recognizeTimeoutMs: env.RECOGNIZE_TIMEOUT_MS,
    solverThreads: env.SOLVER_THREADS,
    recognizerThreads: env.RECOGNIZER_THREADS,
  };
}

export class EnvironmentError extends Error {}

/** Settings a process cannot start without (the API needs all three, a worker no JWT). */
export type RequiredSetting = 'DATABASE_URL' | 'REDIS_URL' | 'JWT_SECRET';

/** Returns the typed settings or throws one message naming every bad variable. */
export function validateEnvironment(
  raw: Record<string, string | undefined>,
  required: RequiredSetting[] = [],
): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  const problems = validateSync(env, { skipMissingProperties: false }).map(
    (e) => `${e.property}: ${Object.values(e.constraints ?? {}).join(', ')}`,
  );
  for (const key of required) if (!env[key]) problems.push(`${key}: required`);
  if (env.SCRIPT_PROVIDER === 'llm') {
    for (const key of ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'] as const) {
      if (!env[key]) problems.push(`${key}: required when SCRIPT_PROVIDER=llm`);
    }
  }
  if (env.S3_ENDPOINT && (!env.AWS_ACCESS_KEY_ID || !env.AWS_SECRET_ACCESS_KEY))
    problems.push('AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY: required when S3_ENDPOINT is set');
  // In production a published or placeholder secret would let anyone sign an admin token.
  if (raw.NODE_ENV === 'production') problems.push(...productionSecretProblems(env));
  if (problems.length) throw new EnvironmentError(`Invalid configuration — ${problems.join('; ')}`);
  if (!env.PUBLIC_URL) env.PUBLIC_URL = `http://localhost:${env.PORT}`;
  return env;
}
