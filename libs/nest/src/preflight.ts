/**
 * Checks at start that PostgreSQL and Redis answer, so a missing service fails at once with
 * the URL tried and how to start it, instead of a stack trace after minutes of retries.
 * Creates the database when the server answers but the database does not exist yet.
 */
import { Redis } from 'ioredis';
import pg from 'pg';
import { redactUrl, type AppConfig } from '../../config/src/config.js';

export class PreflightError extends Error {}

export async function preflight(config: AppConfig, opts: { createDatabase?: boolean } = {}): Promise<void> {
  await checkPostgres(config.databaseUrl, opts.createDatabase ?? true);
  await checkRedis(config.redisUrl);
}

async function checkPostgres(url: string, createDatabase: boolean): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (e) {
    const err = e as { code?: string; message: string };
    if (err.code === '3D000' && createDatabase) {
      await client.end().catch(() => undefined);
      await createDb(url);
      return;
    }
    throw new PreflightError(
      `Cannot reach PostgreSQL at ${redactUrl(url)}: ${err.message}.\n` +
        `Start it (Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start; Docker: docker compose -f docker/compose.yml up -d postgres) or set DATABASE_URL.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function createDb(url: string): Promise<void> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.replace(/^\//, ''));
  u.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: u.toString(), connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (e) {
    if ((e as { code?: string }).code !== '42P04') {
      throw new PreflightError(`Database "${name}" does not exist at ${redactUrl(url)} and could not be created: ${(e as Error).message}`);
    }
  } finally {
    await admin.end().catch(() => undefined);
  }
}

async function checkRedis(url: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (e) {
    throw new PreflightError(
      `Cannot reach Redis at ${redactUrl(url)}: ${(e as Error).message}.\n` +
        `Start it (redis-server --daemonize yes --bind 127.0.0.1 --port 6379; Docker: docker compose -f docker/compose.yml up -d redis) or set REDIS_URL.`,
    );
  } finally {
    redis.disconnect();
  }
}
