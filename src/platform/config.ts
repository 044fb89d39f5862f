import { randomBytes } from 'node:crypto';

/** Where the program runs; production turns off every development convenience. */
export type Environment = 'development' | 'test' | 'production';

export interface Config {
  env: Environment;
  port: number;
  host: string;
  /** Public origin used in links, e-mails and OpenID metadata (no trailing slash). */
  publicUrl: string;
  /** PostgreSQL URL; when absent the embedded PGlite database in `dataDir` is used. */
  databaseUrl: string | null;
  dataDir: string;
  dbPoolSize: number;
  /** Secret for signed cookies and CSRF; must be set in production. */
  secret: string;
  /** Development-only sign-in as a seeded demo user (never in production). */
  devSignIn: boolean;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Requests per minute per client address across the site; 0 disables (benchmarks only). */
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  logLevel: string;
  jobsPollMs: number;
  smtpUrl: string | null;
  mailFrom: string;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Configuration error: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function readInt(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) {
    throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function readBool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(raw)) return true;
  if (/^(0|false|no|off)$/i.test(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/**
 * Reads and validates the whole configuration once, failing fast with the name of the bad
 * variable (STYLE.md 17). Development defaults are built in so a fresh clone needs no setup.
 */
export function loadConfig(env: Env = process.env): Config {
  const rawEnv = env.PRATU_ENV ?? (env.NODE_ENV === 'production' ? 'production' : 'development');
  if (rawEnv !== 'development' && rawEnv !== 'test' && rawEnv !== 'production') {
    throw new ConfigError('PRATU_ENV', `must be development, test or production, got "${rawEnv}"`);
  }
  const production = rawEnv === 'production';
  const port = readInt(env, 'PORT', 3000, 0, 65535);
  const host = env.PRATU_HOST ?? (production ? '0.0.0.0' : '127.0.0.1');

  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'must start with postgres:// or postgresql://');
  }

  const publicUrl = (env.PRATU_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  try {
    new URL(publicUrl);
  } catch {
    throw new ConfigError('PRATU_PUBLIC_URL', `is not a URL: "${publicUrl}"`);
  }

  let secret = env.PRATU_SECRET ?? '';
  if (!secret) {
    if (production) throw new ConfigError('PRATU_SECRET', 'must be set in production');
    // A per-process random secret keeps development safe by default; sessions and CSRF tokens
    // simply do not survive a restart, which is fine on a laptop.
    secret = randomBytes(32).toString('hex');
  } else if (secret.length < 32) {
    throw new ConfigError('PRATU_SECRET', 'must be at least 32 characters');
  }

  const devSignIn = readBool(env, 'PRATU_DEV_SIGN_IN', !production);
  if (production && devSignIn) {
    throw new ConfigError('PRATU_DEV_SIGN_IN', 'cannot be enabled in production');
  }

  const smtpUrl = env.PRATU_SMTP_URL?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    throw new ConfigError('PRATU_SMTP_URL', 'must start with smtp:// or smtps://');
  }

  return {
    env: rawEnv,
    port,
    host,
    publicUrl,
    databaseUrl,
    dataDir: env.PRATU_DATA_DIR ?? './data',
    dbPoolSize: readInt(env, 'PRATU_DB_POOL_SIZE', 10, 1, 500),
    secret,
    devSignIn,
    sessionIdleMinutes: readInt(env, 'PRATU_SESSION_IDLE_MINUTES', 30, 1, 24 * 60),
    sessionMaxHours: readInt(env, 'PRATU_SESSION_MAX_HOURS', 12, 1, 24 * 30),
    rateLimitPerMinute: readInt(env, 'PRATU_RATE_LIMIT_PER_MINUTE', 600, 0, 10_000_000),
    bodyLimitBytes: readInt(env, 'PRATU_BODY_LIMIT_BYTES', 1_048_576, 1024, 1_073_741_824),
    logLevel: env.PRATU_LOG_LEVEL ?? (rawEnv === 'test' ? 'silent' : 'info'),
    jobsPollMs: readInt(env, 'PRATU_JOBS_POLL_MS', 1000, 10, 600_000),
    smtpUrl,
    mailFrom: env.PRATU_MAIL_FROM ?? 'Pratu <no-reply@pratu.local>',
  };
}
