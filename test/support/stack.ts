/**
 * Boots the real api (HTTP + socket.io) and worker in this process against a TestEnv, and gives
 * short helpers for the external contract: login, workspaces, channels, signed webhooks.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { io, type Socket } from 'socket.io-client';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccountsService } from '../../libs/accounts/src/accounts.service.js';
import type { Role } from '../../libs/db/src/entities/membership.entity.js';
import { signGeneric } from '../../libs/connectors/src/generic/generic-webhook.js';
import { signMeta } from '../../libs/connectors/src/meta/meta-webhook.js';
import { createApi } from '../../apps/api/src/create-api.js';
import { createWorker } from '../../apps/worker/src/create-worker.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../libs/realtime/src/events.js';
import type { TestEnv } from './test-env.js';

export interface Stack {
  api: NestExpressApplication;
  worker: INestApplicationContext | null;
  baseUrl: string;
  ds: DataSource;
  accounts: AccountsService;
  startWorker(): Promise<void>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function startStack(env: TestEnv, opts: { worker?: boolean } = {}): Promise<Stack> {
  const api = await createApi(env.config, { logger: ['error'] });
  await api.listen(0, '127.0.0.1');
  const address = api.getHttpServer().address() as { port: number };
  const ds = api.get<DataSource>(getDataSourceToken());
  const stack: Stack = {
    api,
    worker: null,
    baseUrl: `http://127.0.0.1:${address.port}`,
    ds,
    accounts: new AccountsService(ds),
    async startWorker() {
      if (!stack.worker) stack.worker = await createWorker(env.config, { logger: ['error'] });
    },
    async stopWorker() {
      await stack.worker?.close();
      stack.worker = null;
    },
    async close() {
      await stack.stopWorker();
      await api.close();
    },
  };
  if (opts.worker !== false) await stack.startWorker();
  return stack;
}

export interface Json {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test responses are inspected field by field
}

export async function http(stack: Stack, method: string, path: string, opts: { token?: string; body?: unknown; raw?: Buffer | string; headers?: Record<string, string> } = {}): Promise<Json> {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | Buffer | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(stack.baseUrl + path, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* plain text answer */
  }
  return { status: res.status, body: parsed };
}

/** A workspace with one user of the given role; returns ids and a bearer token. */
export async function newMember(stack: Stack, opts: { workspaceId?: string; role?: Role; email?: string } = {}): Promise<{ workspaceId: string; userId: string; token: string; email: string }> {
  const workspaceId = opts.workspaceId ?? (await stack.accounts.createWorkspace({ name: `WS ${Math.random().toString(36).slice(2, 8)}` })).id;
  const email = opts.email ?? `u${Math.random().toString(36).slice(2, 10)}@test.example`;
  const user = await stack.accounts.upsertUser(email, 'password-123', 'Test User');
  await stack.accounts.addMember(workspaceId, user.id, opts.role ?? 'admin');
  const login = await http(stack, 'POST', '/api/auth/login', { body: { email, password: 'password-123' } });
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`);
  return { workspaceId, userId: user.id, token: login.body.accessToken as string, email };
}

export async function newFacebookChannel(stack: Stack, admin: { workspaceId: string; token: string }, pageId = `${Date.now()}${Math.floor(Math.random() * 1e6)}`) {
  const appSecret = `app-secret-${pageId}`;
  const res = await http(stack, 'POST', `/api/workspaces/${admin.workspaceId}/channels`, {
    token: admin.token,
    body: { kind: 'facebook_page', name: 'Test page', externalAccountId: pageId, credentials: { appSecret, verifyToken: `verify-${pageId}`, accessToken: 'page-token' } },
  });
  if (res.status !== 201) throw new Error(`channel creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, pageId, appSecret };
}

export async function newGenericChannel(stack: Stack, admin: { workspaceId: string; token: string }) {
  const webhookSecret = `generic-secret-${Math.random().toString(36).slice(2)}`;
  const res = await http(stack, 'POST', `/api/workspaces/${admin.workspaceId}/channels`, {
    token: admin.token,
    body: { kind: 'generic', name: 'Shop reviews', externalAccountId: `shop-${Math.random().toString(36).slice(2)}`, credentials: { webhookSecret } },
  });
  if (res.status !== 201) throw new Error(`channel creation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id as string, webhookSecret };
}

export function postMeta(stack: Stack, payload: unknown, appSecret: string, opts: { signature?: string } = {}) {
  const raw = Buffer.from(JSON.stringify(payload));
  return http(stack, 'POST', '/api/webhooks/meta', { raw, headers: { 'content-type': 'application/json', 'x-hub-signature-256': opts.signature ?? signMeta(raw, appSecret) } });
}

export function postGeneric(stack: Stack, channelId: string, payload: unknown, secret: string) {
  const raw = Buffer.from(JSON.stringify(payload));
  return http(stack, 'POST', `/api/webhooks/generic/${channelId}`, { raw, headers: { 'content-type': 'application/json', 'x-signature-256': signGeneric(raw, secret) } });
}

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A socket.io client that resolves once the server said which rooms it joined. */
export async function connectSocket(stack: Stack, token: string | undefined): Promise<{ socket: ClientSocket; workspaceIds: string[] }> {
  const socket: ClientSocket = io(stack.baseUrl, { auth: token === undefined ? {} : { token }, transports: ['websocket'], reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    socket.once('ready', (p) => resolve({ socket, workspaceIds: p.workspaceIds }));
    socket.once('connect_error', (e) => {
      socket.close();
      reject(e);
    });
  });
}

/** Meta feed webhook payload for comment changes on one page. */
export function metaPayload(pageId: string, changes: Record<string, unknown>[]): unknown {
  return { object: 'page', entry: [{ id: pageId, time: Math.floor(Date.now() / 1000), changes: changes.map((value) => ({ field: 'feed', value })) }] };
}

let seq = 0;
/** One comment change; ids are unique per test run unless given. */
export function metaComment(pageId: string, o: { id?: string; verb?: string; text?: string; parent?: string; post?: string; from?: { id: string; name: string }; at?: number } = {}) {
  const post = o.post ?? `${pageId}_p1`;
  const id = o.id ?? `${post}_c${Date.now()}${++seq}`;
  const v: Record<string, unknown> = {
    item: 'comment',
    verb: o.verb ?? 'add',
    comment_id: id,
    post_id: post,
    parent_id: o.parent ?? post,
    created_time: o.at ?? Math.floor(Date.now() / 1000),
    from: o.from ?? { id: 'fan-1', name: 'Fan Eins' },
  };
  if (o.text !== undefined) v.message = o.text;
  else if ((o.verb ?? 'add') === 'add' || o.verb === 'edited') v.message = 'Habt ihr morgen geöffnet?';
  return v;
}
