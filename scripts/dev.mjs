// `npm run dev`: the api and the worker in the foreground, from the TypeScript sources.
// Defaults give a working local setup (database `inbox` on the local PostgreSQL, created if
// missing; local Redis; migrations applied; demo data seeded into an empty database).
// Any variable set in the environment wins. Ctrl-C stops all.
import { spawn } from 'node:child_process';

// Without a Graph API URL, replies and moderation of the demo page go to a local sandbox.
const sandbox = process.env.META_GRAPH_URL === undefined;
const sandboxPort = process.env.GRAPH_SANDBOX_PORT ?? '3999';

const env = {
  ...(sandbox ? { META_GRAPH_URL: `http://127.0.0.1:${sandboxPort}/v21.0` } : {}),
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/inbox',
  REDIS_URL: 'redis://127.0.0.1:6379',
  SEED_DEMO: 'true',
  ADMIN_EMAIL: 'admin@example.com',
  ADMIN_PASSWORD: 'change-me-now',
  ...process.env,
};

const children = [];
let stopping = false;

function start(name, entry, color, args = []) {
  const child = spawn(process.execPath, ['--enable-source-maps', '--import', './scripts/register-ts.mjs', entry, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tag = `\x1b[${color}m[${name}]\x1b[0m `;
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.on('data', (d) => {
      buf += d;
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const l of lines) process.stdout.write(tag + l + '\n');
    });
  }
  child.on('exit', (code) => {
    if (!stopping) {
      console.log(`${tag}exited with code ${code}; stopping`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

function stop(code) {
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  setTimeout(() => process.exit(code), 3000).unref();
  Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.on('exit', r))))).then(() => process.exit(code));
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

if (sandbox) start('graph', 'scripts/graph-sandbox.ts', 33, ['--port', sandboxPort]);
start('api', 'apps/api/src/main.ts', 36);
start('worker', 'apps/worker/src/main.ts', 35);
