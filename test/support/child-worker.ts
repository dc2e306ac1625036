/**
 * The worker as a separate OS process, so a test can kill it the hard way (SIGKILL) in the
 * middle of a job, as a crash or an OOM kill would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestEnv } from './test-env.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildWorker {
  process: ChildProcess;
  output(): string;
  kill(): Promise<void>;
}

export async function startChildWorker(env: TestEnv, extraEnv: Record<string, string>): Promise<ChildWorker> {
  const c = env.config;
  const child = spawn(process.execPath, ['--import', './scripts/register-ts.mjs', 'apps/worker/src/main.ts'], {
    cwd: ROOT,
    // Only what the worker's configuration reads: nothing of this process's environment leaks in.
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: env.databaseUrl,
      REDIS_URL: c.redisUrl,
      QUEUE_PREFIX: c.queuePrefix,
      SECRETS_KEY: 'test-secrets-key-0123456789abcdefghij',
      AUTH_SECRET: 'test-auth-secret-0123456789abcdefghij',
      MIGRATIONS_RUN: 'false',
      LOG_LEVEL: 'error',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start within 30 s:\n${out}`)), 30_000);
    child.stdout!.on('data', () => {
      if (out.includes('worker started')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${out}`));
    });
  });
  return {
    process: child,
    output: () => out,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
}
