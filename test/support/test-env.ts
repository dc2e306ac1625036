/**
 * Isolation for integration tests: each test file gets its own PostgreSQL database and its own
 * Redis key prefix (BullMQ queues and socket.io channels), so files run in parallel against the
 * machine's real services. Cleanup drops the database and unlinks only this prefix's keys.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { loadConfig, loadTestServices, type AppConfig } from '../../libs/config/src/config.js';
import { newDataSource, runMigrations } from '../../libs/db/src/data-source.js';

// Where the test services run (TEST_DATABASE_URL, TEST_REDIS_URL), validated by the config module.
const { databaseUrl: PG_BASE, redisUrl: REDIS_URL } = loadTestServices();

export interface TestEnv {
  config: AppConfig;
  databaseUrl: string;
  prefix: string;
  cleanup(): Promise<void>;
}

export async function createTestEnv(overrides: Record<string, string> = {}): Promise<TestEnv> {
  const id = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const dbName = `t_${id}`;
  const admin = new pg.Client({ connectionString: PG_BASE });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  const url = new URL(PG_BASE);
  url.pathname = `/${dbName}`;
  const databaseUrl = url.toString();
  const prefix = `t${id.replace(/_/g, '')}`;

  const ds = newDataSource(databaseUrl, { poolSize: 2 });
  await ds.initialize();
  await runMigrations(ds);
  await ds.destroy();

  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    SECRETS_KEY: 'test-secrets-key-0123456789abcdefghij',
    AUTH_SECRET: 'test-auth-secret-0123456789abcdefghij',
    MIGRATIONS_RUN: 'false',
    LOG_LEVEL: 'error',
    ...overrides,
  });

  return {
    config,
    databaseUrl,
    prefix,
    async cleanup() {
      await unlinkPrefix(REDIS_URL, prefix);
      const c = new pg.Client({ connectionString: PG_BASE });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function unlinkPrefix(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Polls until `fn` returns a truthy value (for effects of background workers), or throws. */
export async function eventually<T>(fn: () => Promise<T | null | undefined | false>, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
