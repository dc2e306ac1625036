/**
 * `npm run bench:ingest`: ingestion speed against a RUNNING api + worker (`npm run dev` or the
 * compose stack), with the machine's raw BullMQ ceiling measured in the same run.
 *
 *  (a) sustained comments/s: signed Meta webhook POSTs, batched as Meta batches, from the first
 *      POST until every comment is committed and its socket event received;
 *  (b) latency POST → socket event at a steady 200 comments/s (one comment per POST);
 *  (c) raw BullMQ end to end with a no-op worker (concurrency 50), and the ratio (a)/(c).
 *
 * Settings (environment): BENCH_URL (http://127.0.0.1:3000), DATABASE_URL, REDIS_URL,
 * QUEUE_PREFIX as the running stack uses them; BENCH_COMMENTS (30000), BENCH_BATCH (50),
 * BENCH_SENDERS (8), BENCH_RATE (200), BENCH_SECONDS (15), BENCH_RAW_JOBS (20000).
 * It creates its own workspace, user and page, so it never touches real data, and deletes them
 * afterwards. It runs VACUUM (ANALYZE) on the tables it writes before it starts and after it has
 * cleaned up, so runs don't slow each other down where autovacuum is off (the default everywhere
 * else is on): one run leaves ~100k dead rows behind, and the next ran at 40% of the speed.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Queue, Worker } from 'bullmq';
import { io, type Socket } from 'socket.io-client';
import { AccountsService } from '../libs/accounts/src/accounts.service.js';
import { loadConfig } from '../libs/config/src/config.js';
import { signMeta } from '../libs/connectors/src/meta/meta-webhook.js';
import { newDataSource } from '../libs/db/src/data-source.js';
import type { ServerToClientEvents } from '../libs/realtime/src/events.js';

const env = process.env;
const BASE = env.BENCH_URL ?? 'http://127.0.0.1:3000';
const N = Number(env.BENCH_COMMENTS ?? 30000);
const BATCH = Number(env.BENCH_BATCH ?? 50);
const SENDERS = Number(env.BENCH_SENDERS ?? 8);
const RATE = Number(env.BENCH_RATE ?? 200);
const SECONDS = Number(env.BENCH_SECONDS ?? 15);
const RAW_JOBS = Number(env.BENCH_RAW_JOBS ?? 20000);

const TEXTS = [
  'Habt ihr am Sonntag geöffnet?',
  'Seit drei Wochen warte ich auf meine Bestellung, niemand meldet sich!',
  'Das beste Brot der Stadt, danke!',
  'Do you ship to Austria?',
  'Still waiting for my refund. Never again.',
  'Love your cakes ❤️',
  'Die Lieferung kam kaputt an.',
  'Schöne Aktion!',
];

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function rawCeiling(redisUrl: string, jobs: number, run: string): Promise<number> {
  const prefix = `bench-raw-${run}`;
  const rawQueue = new Queue('noop', { connection: { url: redisUrl }, prefix });
  let done = 0;
  let resolveDone!: () => void;
  const allDone = new Promise<void>((r) => (resolveDone = r));
  const worker = new Worker('noop', async () => undefined, { connection: { url: redisUrl, maxRetriesPerRequest: null }, prefix, concurrency: 50 });
  worker.on('completed', () => {
    if (++done === jobs) resolveDone();
  });
  await worker.waitUntilReady();
  const r0 = performance.now();
  for (let i = 0; i < jobs; i += 1000) {
    await rawQueue.addBulk(Array.from({ length: Math.min(1000, jobs - i) }, (_, j) => ({ name: 'noop', data: { i: i + j }, opts: { removeOnComplete: true } })));
  }
  await allDone;
  const rate = jobs / ((performance.now() - r0) / 1000);
  await worker.close();
  await rawQueue.obliterate({ force: true });
  await rawQueue.close();
  return rate;
}

/** the tables a run writes to, vacuumed and analysed before the run and after its clean-up */
const BENCH_TABLES = ['messages', 'message_edits', 'conversations', 'inbound_events', 'authors', 'posts', 'channels', 'workspaces', 'memberships', 'users'];
async function vacuum(ds: { query: (sql: string) => Promise<unknown> }): Promise<void> {
  await ds.query(`VACUUM (ANALYZE) ${BENCH_TABLES.join(', ')}`);
}

async function main(): Promise<void> {
  const config = loadConfig(env);
  const run = randomBytes(4).toString('hex');
  const pageId = `9${Date.now()}`;
  const appSecret = `bench-secret-${run}`;

  // (c) first, while the stack is idle: the raw BullMQ ceiling of this machine (median of 3).
  const raws: number[] = [];
  for (let i = 0; i < 3; i++) raws.push(await rawCeiling(config.redisUrl, RAW_JOBS, `${run}-${i}`));
  const rawRate = raws.sort((a, b) => a - b)[1]!;

  // Setup: own workspace, admin user, page channel (through the API, as an admin would).
  const ds = newDataSource(config.databaseUrl, { poolSize: 2, applicationName: 'bench' });
  await ds.initialize();
  // Start from tidy tables: what earlier runs deleted is reclaimed and the planner's statistics are
  // current, as autovacuum keeps them in production (the machines here run with it off).
  await vacuum(ds);
  const accounts = new AccountsService(ds);
  const ws = await accounts.createWorkspace({ name: `Benchmark ${run}` });
  const email = `bench-${run}@bench.example`;
  const user = await accounts.upsertUser(email, 'bench-password', 'Bench');
  await accounts.addMember(ws.id, user.id, 'admin');
  const login = await fetch(`${BASE}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench-password' }) });
  if (!login.ok) throw new Error(`login at ${BASE} failed (${login.status}): is the api running (npm run dev)?`);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const ch = await fetch(`${BASE}/api/workspaces/${ws.id}/channels`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ kind: 'facebook_page', name: 'Bench page', externalAccountId: pageId, credentials: { appSecret, verifyToken: `bench-verify-${run}` } }),
  });
  if (ch.status !== 201) throw new Error(`channel creation failed: ${ch.status} ${await ch.text()}`);

  const socket: Socket<ServerToClientEvents> = io(BASE, { auth: { token: accessToken }, transports: ['websocket'], reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('ready', () => resolve());
    socket.once('connect_error', reject);
  });
  const arrived = new Map<string, number>();
  let onArrive: (() => void) | null = null;
  const recent: string[] = [];
  socket.on('message.created', (m) => {
    arrived.set(m.externalId, performance.now());
    recent.push(m.externalId);
    onArrive?.();
  });

  let seq = 0;
  const change = (at: number, tag = 'm') => {
    const id = `${pageId}_1_${tag}${run}_${++seq}`;
    return {
      id,
      value: {
        item: 'comment',
        verb: 'add',
        comment_id: id,
        post_id: `${pageId}_1`,
        parent_id: `${pageId}_1`,
        created_time: at,
        from: { id: `fan-${seq % 997}`, name: `Fan ${seq % 997}` },
        message: TEXTS[seq % TEXTS.length],
      },
    };
  };
  // Webhook POSTs over a bounded pool of keep-alive connections (as Meta's senders do): when the
  // stack falls behind, requests wait in the pool and that wait counts in the latency, instead of
  // opening ever more connections until connects time out.
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const target = new URL('/api/webhooks/meta', BASE);
  const post = (changes: { value: unknown }[]) =>
    new Promise<void>((resolve, reject) => {
      const raw = Buffer.from(JSON.stringify({ object: 'page', entry: [{ id: pageId, time: Math.floor(Date.now() / 1000), changes: changes.map((c) => ({ field: 'feed', value: c.value })) }] }));
      const req = http.request(
        target,
        { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': raw.length, 'x-hub-signature-256': signMeta(raw, appSecret) } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (body += d));
          res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`webhook answered ${res.statusCode}: ${body}`))));
        },
      );
      req.on('error', reject);
      req.end(raw);
    });
  // Resolves when every id has arrived; O(1) per arriving event (the bench must not be the bottleneck).
  const waitFor = (ids: string[], timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const missing = new Set(ids.filter((id) => !arrived.has(id)));
      let lastSize = arrived.size;
      const check = () => {
        // Only new arrivals since the last call can shrink the set.
        if (arrived.size !== lastSize) {
          lastSize = arrived.size;
          for (const id of recent.splice(0)) missing.delete(id);
        }
        if (missing.size === 0) {
          onArrive = null;
          resolve();
        }
      };
      recent.length = 0;
      onArrive = check;
      check();
      setTimeout(() => reject(new Error(`${missing.size} of ${ids.length} socket events missing after ${timeoutMs} ms`)), timeoutMs).unref();
    });

  const now = Math.floor(Date.now() / 1000);
  // Warm-up: JIT, connection pools, prepared plans.
  {
    const warm = Array.from({ length: 1000 }, () => change(now, 'w'));
    for (let i = 0; i < warm.length; i += BATCH) await post(warm.slice(i, i + BATCH));
    await waitFor(warm.map((w) => w.id), 60_000);
  }

  // (a) Sustained throughput.
  const all = Array.from({ length: N }, () => change(now));
  const batches: (typeof all)[] = [];
  for (let i = 0; i < all.length; i += BATCH) batches.push(all.slice(i, i + BATCH));
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: SENDERS }, async () => {
      while (next < batches.length) await post(batches[next++]!);
    }),
  );
  const tPosted = performance.now();
  await waitFor(all.map((c) => c.id), 300_000);
  const tEvents = performance.now();
  const [{ n: committed }] = (await ds.query(`SELECT count(*)::int n FROM messages WHERE workspace_id = $1 AND external_id LIKE $2`, [ws.id, `%_m${run}_%`])) as { n: number }[];
  const sustained = N / ((tEvents - t0) / 1000);
  const acceptRate = N / ((tPosted - t0) / 1000);

  // (b) Latency at a steady rate, one comment per POST.
  const sentAt = new Map<string, number>();
  const total = RATE * SECONDS;
  const interval = 1000 / RATE;
  const start = performance.now();
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const c = change(Math.floor(Date.now() / 1000), 'l');
    sentAt.set(c.id, performance.now());
    inflight.push(post([c]));
  }
  await Promise.all(inflight);
  const achievedRate = total / ((performance.now() - start) / 1000);
  await waitFor([...sentAt.keys()], 60_000);
  const lat = [...sentAt].map(([id, t]) => arrived.get(id)! - t).sort((a, b) => a - b);

  socket.close();
  agent.destroy();

  // Clean up the benchmark's workspace (cascades to its channel, events and messages).
  await ds.query('DELETE FROM workspaces WHERE id = $1', [ws.id]);
  await ds.query('DELETE FROM users WHERE id = $1', [user.id]);
  await vacuum(ds);
  await ds.destroy();

  const f = (x: number) => x.toFixed(1);
  console.log('');
  console.log(`bench:ingest against ${BASE} (${N} comments in POSTs of ${BATCH}, ${SENDERS} concurrent senders)`);
  console.log(`(a) sustained: ${Math.round(sustained)} comments/s from first POST to last socket event (${committed}/${N} rows committed; webhook intake alone ${Math.round(acceptRate)} comments/s)`);
  console.log(`(b) latency POST -> socket event at ${Math.round(achievedRate)} comments/s for ${SECONDS} s (1 comment per POST, n=${lat.length}): p50 ${f(quantile(lat, 0.5))} ms, p95 ${f(quantile(lat, 0.95))} ms, p99 ${f(quantile(lat, 0.99))} ms, max ${f(lat[lat.length - 1]!)} ms`);
  console.log(`(c) raw BullMQ no-op ceiling: ${Math.round(rawRate)} jobs/s (median of 3 runs before the load: ${raws.map((r) => Math.round(r)).join(', ')}; addBulk x1000, no-op worker, concurrency 50); sustained / ceiling = ${(sustained / rawRate).toFixed(2)}`);
  if (committed !== N) {
    console.error(`ERROR: ${N - committed} comment(s) missing`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  const cause = e instanceof Error && e.cause ? ` (${String((e.cause as Error).message ?? e.cause)})` : '';
  console.error(e instanceof Error ? e.message + cause : e);
  process.exit(1);
});
