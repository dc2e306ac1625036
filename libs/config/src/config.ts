/**
 * The one place that reads configuration. `loadConfig(env)` validates every variable once at
 * boot and returns a typed, frozen AppConfig; nothing else in the code base reads process.env.
 * A bad value fails with a message naming the variable, the value's problem and an example.
 */
import { createHash } from 'node:crypto';

export type NodeEnv = 'development' | 'production' | 'test';

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** prefix of every BullMQ key, so several installations or test files share one Redis */
  queuePrefix: string;
  /** 32-byte key for AES-256-GCM encryption of channel secrets */
  secretsKey: Buffer;
  /** key that signs bearer tokens */
  authSecret: Buffer;
  tokenTtlSeconds: number;
  adminEmail: string | null;
  adminPassword: string | null;
  /** run pending migrations when the api starts */
  migrationsRun: boolean;
  /** seed the demo workspace into an empty database when the api starts */
  seedDemo: boolean;
  ingestConcurrency: number;
  webhookBodyLimitBytes: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug';
  /** base URL of the Graph API (a local fake in tests) */
  metaGraphUrl: string;
  /** timeout of one call to a platform's API */
  platformTimeoutMs: number;
  /** parallel sends (replies, moderation actions) per worker */
  outboundConcurrency: number;
  /**
   * How long a worker holds a job without renewing its lock; a job of a worker that died is
   * taken over after about this long. Shorter recovers faster, longer tolerates stalls.
   */
  queueLockMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}\nSee README.md, "Settings".`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const DEV_SECRETS_KEY = 'dev-only-secrets-key-change-me';
const DEV_AUTH_SECRET = 'dev-only-auth-secret-change-me';

export function loadConfig(env: Env): AppConfig {
  const problems: string[] = [];
  const str = (name: string, fallback?: string): string | undefined => {
    const v = env[name];
    return v === undefined || v === '' ? fallback : v;
  };

  const nodeEnvRaw = str('NODE_ENV', 'development')!;
  let nodeEnv: NodeEnv = 'development';
  if (nodeEnvRaw === 'development' || nodeEnvRaw === 'production' || nodeEnvRaw === 'test') nodeEnv = nodeEnvRaw;
  else problems.push(`NODE_ENV must be development, production or test; got "${nodeEnvRaw}"`);
  const prod = nodeEnv === 'production';

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max}; got "${raw}"`);
      return fallback;
    }
    return n;
  };
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = str(name);
    if (raw === undefined) return fallback;
    if (/^(1|true|yes|on)$/i.test(raw)) return true;
    if (/^(0|false|no|off)$/i.test(raw)) return false;
    problems.push(`${name} must be true or false; got "${raw}"`);
    return fallback;
  };
  const url = (name: string, fallback: string, protocols: string[]): string => {
    const raw = str(name, fallback)!;
    try {
      const u = new URL(raw);
      if (!protocols.includes(u.protocol)) {
        problems.push(`${name} must start with ${protocols.map((p) => p + '//').join(' or ')}; got "${redactUrl(raw)}"`);
      }
    } catch {
      problems.push(`${name} is not a URL: "${redactUrl(raw)}" (example: ${fallback})`);
    }
    return raw;
  };
  const secret = (name: string, devFallback: string): Buffer => {
    const raw = str(name);
    if (raw === undefined) {
      if (prod) problems.push(`${name} is required in production: a random string of at least 32 characters (openssl rand -base64 32)`);
      return sha256(devFallback);
    }
    if (raw.length < 32) {
      problems.push(`${name} must be at least 32 characters long (openssl rand -base64 32); got ${raw.length}`);
    }
    // Hashing gives a uniform 32-byte key whatever the encoding of the configured string.
    return sha256(raw);
  };

  const port = int('PORT', 3000, 0, 65535); // 0: any free port (tests)
  const databaseUrl = url('DATABASE_URL', 'postgres://postgres@127.0.0.1:5432/inbox', ['postgres:', 'postgresql:']);
  const redisUrl = url('REDIS_URL', 'redis://127.0.0.1:6379', ['redis:', 'rediss:']);
  const queuePrefix = str('QUEUE_PREFIX', 'inbox')!;
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(queuePrefix)) problems.push(`QUEUE_PREFIX may hold letters, digits, _ and - (1-40); got "${queuePrefix}"`);

  const adminEmail = str('ADMIN_EMAIL') ?? null;
  const adminPassword = str('ADMIN_PASSWORD') ?? null;
  if ((adminEmail === null) !== (adminPassword === null)) {
    problems.push('ADMIN_EMAIL and ADMIN_PASSWORD go together: set both to create the bootstrap admin, or neither');
  }
  if (adminEmail !== null && !/^[^@\s]+@[^@\s]+$/.test(adminEmail)) problems.push(`ADMIN_EMAIL is not an e-mail address: "${adminEmail}"`);
  if (adminPassword !== null && adminPassword.length < 8) problems.push('ADMIN_PASSWORD must be at least 8 characters long');

  const logLevelRaw = str('LOG_LEVEL', prod ? 'log' : 'log')!;
  const logLevels = ['error', 'warn', 'log', 'debug'] as const;
  const logLevel = (logLevels as readonly string[]).includes(logLevelRaw) ? (logLevelRaw as AppConfig['logLevel']) : 'log';
  if (logLevel !== logLevelRaw) problems.push(`LOG_LEVEL must be one of ${logLevels.join(', ')}; got "${logLevelRaw}"`);

  const config: AppConfig = {
    nodeEnv,
    port,
    databaseUrl,
    redisUrl,
    queuePrefix,
    secretsKey: secret('SECRETS_KEY', DEV_SECRETS_KEY),
    authSecret: secret('AUTH_SECRET', DEV_AUTH_SECRET),
    tokenTtlSeconds: int('TOKEN_TTL_SECONDS', 12 * 3600, 60, 30 * 24 * 3600),
    adminEmail: adminEmail?.toLowerCase() ?? null,
    adminPassword,
    migrationsRun: bool('MIGRATIONS_RUN', true),
    seedDemo: bool('SEED_DEMO', false),
    ingestConcurrency: int('INGEST_CONCURRENCY', 64, 1, 500),
    webhookBodyLimitBytes: int('WEBHOOK_BODY_LIMIT_BYTES', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    logLevel,
    platformTimeoutMs: int('PLATFORM_TIMEOUT_MS', 10_000, 500, 120_000),
    outboundConcurrency: int('OUTBOUND_CONCURRENCY', 8, 1, 100),
    queueLockMs: int('QUEUE_LOCK_MS', 30_000, 1_000, 600_000),
    metaGraphUrl: url('META_GRAPH_URL', 'https://graph.facebook.com/v21.0', ['http:', 'https:']).replace(/\/+$/, ''),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return Object.freeze(config);
}

/**
 * Where the integration tests find PostgreSQL and Redis: TEST_DATABASE_URL (a database the
 * tests may create databases from) and TEST_REDIS_URL, validated like DATABASE_URL and
 * REDIS_URL, so a typo fails with the variable named.
 */
export function loadTestServices(env: Env = process.env): { databaseUrl: string; redisUrl: string } {
  const c = loadConfig({
    DATABASE_URL: env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    REDIS_URL: env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  });
  return { databaseUrl: c.databaseUrl, redisUrl: c.redisUrl };
}

/** Hides the password of a connection URL in messages and logs. */
export function redactUrl(raw: string): string {
  try {
    const u = new URL(raw);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return raw.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

function sha256(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Injection token for the AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
