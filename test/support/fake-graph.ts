/**
 * A fake Facebook Graph API for tests: real HTTP on 127.0.0.1 (random port), speaking the
 * documented shapes of the Comment node and the /comments edge — `{ id }` on create,
 * `{ success: true }` on update/delete, `{ data, paging: { cursors, next } }` on reads and
 * `{ error: { message, type, code, error_subcode, fbtrace_id } }` on failure.
 *
 * Besides the API, it lets a test inject failures (`failNext`) and hold a response after the
 * work is done (`holdNext`): the platform applied the change but the caller never read the answer,
 * which is exactly the case the client's "look before retry" step exists for.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: string;
  message: string;
  from: { id: string; name: string };
  /** Graph's format: "2026-11-22T10:00:00+0000". */
  created_time: string;
  parentId: string | null;
  is_hidden: boolean;
  deleted: boolean;
}

/** The Graph error object as documented (fbtrace_id is filled in by the fake). */
export interface GraphErrorBody {
  message: string;
  type?: string;
  code: number;
  error_subcode?: number;
  is_transient?: boolean;
}

/** An injected failure: a Graph error object, or `raw` text for a non-JSON answer (a proxy page). */
export interface FakeFailure {
  status: number;
  error?: GraphErrorBody;
  raw?: string;
}

export interface LoggedRequest {
  method: string;
  /** Path without the version prefix, e.g. `/900_1/comments`. */
  path: string;
  /** Query and body parameters, without `access_token` (see `tokenVia`). */
  query: Record<string, string>;
  body: Record<string, string>;
  /** Where the access token came from, so tests can check it never travels in a URL. */
  tokenVia: 'header' | 'query' | 'body' | null;
  at: Date;
}

export interface HeldResponse {
  /** Resolves once the matching request arrived and was applied to the state. */
  arrived: Promise<void>;
  /** Sends the held answer. */
  release(): void;
}

export interface AddCommentInput {
  id?: string;
  message: string;
  fromId?: string;
  fromName?: string;
  parentId?: string;
  createdTime?: Date;
  hidden?: boolean;
}

export interface FakeGraphOptions {
  pageId?: string;
  pageName?: string;
  token?: string;
  /** When true, replying to / listing an unknown parent id answers "does not exist". */
  strictParents?: boolean;
  /** Clock for created_time of comments made through the API. */
  now?: () => Date;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
}

export interface FakeGraph {
  /** Base URL with a version prefix, e.g. `http://127.0.0.1:PORT/v21.0` (no trailing slash). */
  url: string;
  pageId: string;
  token: string;
  requests: LoggedRequest[];
  setToken(token: string): void;
  addComment(input: AddCommentInput): FakeComment;
  comments(): FakeComment[];
  /** Live (not deleted) direct replies to a comment, oldest first. */
  repliesTo(commentId: string): FakeComment[];
  count(method: string, path: RegExp): number;
  failNext(n: number, failure: FakeFailure, match?: { method?: string; path?: RegExp }): void;
  holdNext(method: string, path: RegExp): HeldResponse;
  /** Destroys the sockets of held requests without answering (the caller sees a network error). */
  dropHeld(): void;
  close(): Promise<void>;
}

interface Stored extends FakeComment {
  seq: number;
}

interface Answer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  raw?: string;
}

interface Hold {
  method: string;
  path: RegExp;
  taken: boolean;
  res: ServerResponse | null;
  answer: Answer | null;
  released: boolean;
  onArrived: () => void;
}

interface Injected {
  remaining: number;
  failure: FakeFailure;
  method?: string;
  path?: RegExp;
}

type Params = Record<string, string>;

const DEFAULT_FIELDS = ['created_time', 'from', 'message', 'id'];
const KNOWN_FIELDS = new Set([...DEFAULT_FIELDS, 'is_hidden', 'parent', 'comment_count']);
const MAX_BODY = 1 << 20;

/** Graph's timestamp format: second precision with a `+0000` offset. */
export function graphTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

function graphError(status: number, error: GraphErrorBody, headers?: Record<string, string>): Answer {
  const fbtrace_id = randomBytes(8).toString('base64url');
  return { status, body: { error: { type: 'OAuthException', ...error, fbtrace_id } }, headers };
}

/** The documented "does not exist" error (code 100, subcode 33). */
function missing(id: string, method: string): Answer {
  return graphError(400, {
    message: `Unsupported ${method.toLowerCase()} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    type: 'GraphMethodException',
    code: 100,
    error_subcode: 33,
  });
}

function invalidParam(message: string): Answer {
  return graphError(400, { message: `(#100) ${message}`, code: 100 });
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form and JSON bodies both become string parameters, as Graph treats them alike. */
function parseParams(text: string, contentType: string): Params | null {
  if (text === '') return {};
  if (contentType.includes('application/json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return null;
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return null;
    const out: Params = {};
    for (const [k, v] of Object.entries(parsed)) {
      out[k] = typeof v === 'string' ? v : JSON.stringify(v);
    }
    return out;
  }
  return Object.fromEntries(new URLSearchParams(text));
}

function encodeCursor(c: Stored): string {
  return Buffer.from(`${Date.parse(c.created_time)}:${c.seq}`).toString('base64url');
}

function decodeCursor(cursor: string): [number, number] | null {
  const m = /^(-?\d+):(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? [Number(m[1]), Number(m[2])] : null;
}

function byTimeThenSeq(a: Stored, b: Stored): number {
  return Date.parse(a.created_time) - Date.parse(b.created_time) || a.seq - b.seq;
}

function publicCopy(c: Stored): FakeComment {
  const { seq: _seq, ...rest } = c;
  return { ...rest, from: { ...rest.from } };
}

export async function startFakeGraph(opts: FakeGraphOptions = {}): Promise<FakeGraph> {
  const pageId = opts.pageId ?? '104000000000001';
  const pageName = opts.pageName ?? 'Test Page';
  const now = opts.now ?? (() => new Date());
  const strictParents = opts.strictParents ?? false;
  let token = opts.token ?? 'fake-page-token';
  let seq = 0;
  const store = new Map<string, Stored>();
  const requests: LoggedRequest[] = [];
  const injected: Injected[] = [];
  const holds: Hold[] = [];
  let origin = '';

  function insert(input: AddCommentInput & { fromId: string; fromName: string }): Stored {
    seq += 1;
    // Comment ids look like Graph's `<postId>_<commentId>`; a reply shares its parent's post part.
    const postPart = input.parentId?.split('_')[0] ?? '900000000000001';
    const id = input.id ?? `${postPart}_${1_000_000_000 + seq}`;
    const c: Stored = {
      id,
      message: input.message,
      from: { id: input.fromId, name: input.fromName },
      created_time: graphTime(input.createdTime ?? now()),
      parentId: input.parentId ?? null,
      is_hidden: input.hidden ?? false,
      deleted: false,
      seq,
    };
    store.set(id, c);
    return c;
  }

  function live(id: string): Stored | undefined {
    const c = store.get(id);
    return c && !c.deleted ? c : undefined;
  }

  function view(c: Stored, fields: string[]): Record<string, unknown> {
    const all: Record<string, unknown> = {
      id: c.id,
      message: c.message,
      from: { ...c.from },
      created_time: c.created_time,
      is_hidden: c.is_hidden,
      comment_count: [...store.values()].filter((r) => r.parentId === c.id && !r.deleted).length,
    };
    if (c.parentId !== null) all.parent = { id: c.parentId };
    const out: Record<string, unknown> = {};
    for (const f of fields) if (f in all) out[f] = all[f];
    return out;
  }

  /** `fields=id,from{id,name}` → ['id', 'from']; an error answer when a field is unknown, as Graph does. */
  function parseFields(raw: string | undefined): string[] | Answer {
    if (raw === undefined || raw.trim() === '') return DEFAULT_FIELDS;
    const names = raw
      .replace(/\{[^}]*\}/g, '')
      .split(',')
      .map((f) => f.trim())
      .filter((f) => f !== '');
    const unknown = names.find((f) => !KNOWN_FIELDS.has(f));
    if (unknown !== undefined) {
      return invalidParam(`Tried accessing nonexisting field (${unknown}) on node type (Comment)`);
    }
    return names;
  }

  function listComments(parentId: string, params: Params, path: string, tok: string | null): Answer {
    if (store.has(parentId) ? !live(parentId) : strictParents) return missing(parentId, 'GET');
    const fields = parseFields(params.fields);
    if (!Array.isArray(fields)) return fields;
    const limit = Math.min(Math.max(Number.parseInt(params.limit ?? '25', 10) || 25, 1), 100);
    const reverse = params.order === 'reverse_chronological';
    const ordered = [...store.values()]
      .filter((c) => c.parentId === parentId && !c.deleted)
      .sort((a, b) => (reverse ? -byTimeThenSeq(a, b) : byTimeThenSeq(a, b)));

    // A cursor is a position in the ordering (time, seq), so it stays valid when comments are
    // deleted. `firstFrom(cursor, strict)` is the index of the first comment past that position.
    const cmp = (a: Stored, b: Stored): number => (reverse ? -byTimeThenSeq(a, b) : byTimeThenSeq(a, b));
    const firstFrom = (cursor: string, strict: boolean): number => {
      const key = decodeCursor(cursor);
      if (!key) return ordered.length;
      const probe = { created_time: new Date(key[0]).toISOString(), seq: key[1] } as Stored;
      const idx = ordered.findIndex((c) => (strict ? cmp(c, probe) > 0 : cmp(c, probe) >= 0));
      return idx === -1 ? ordered.length : idx;
    };
    let start = 0;
    let end = Math.min(limit, ordered.length);
    if (params.after) {
      start = firstFrom(params.after, true);
      end = Math.min(start + limit, ordered.length);
    } else if (params.before) {
      end = firstFrom(params.before, false);
      start = Math.max(end - limit, 0);
    }
    const slice = ordered.slice(start, end);
    const body: Record<string, unknown> = { data: slice.map((c) => view(c, fields)) };
    if (slice.length > 0) {
      const paging: Record<string, unknown> = {
        cursors: { before: encodeCursor(slice[0]!), after: encodeCursor(slice[slice.length - 1]!) },
      };
      // Like Graph, `next` is an absolute URL carrying the query (and the token) of the request.
      const link = (key: 'after' | 'before', cursor: string): string => {
        const q = new URLSearchParams(params);
        q.delete('after');
        q.delete('before');
        q.set('limit', String(limit));
        q.set(key, cursor);
        if (tok !== null) q.set('access_token', tok);
        return `${origin}/v21.0${path}?${q.toString()}`;
      };
      if (end < ordered.length) paging.next = link('after', encodeCursor(slice[slice.length - 1]!));
      if (start > 0) paging.previous = link('before', encodeCursor(slice[0]!));
      body.paging = paging;
    }
    return { status: 200, body };
  }

  function route(method: string, segments: string[], params: Params, path: string, tok: string | null): Answer {
    const [id, edge] = segments;
    if (id === undefined || segments.length > 2 || (edge !== undefined && edge !== 'comments')) {
      return graphError(400, { message: `Unknown path components: ${path}`, code: 2500 });
    }
    if (edge === 'comments') {
      if (method === 'GET') return listComments(id, params, path, tok);
      if (method !== 'POST') return graphError(400, { message: `Unsupported ${method.toLowerCase()} request.`, code: 100 });
      if (store.has(id) ? !live(id) : strictParents) return missing(id, 'POST');
      const message = params.message ?? '';
      if (message.trim() === '') return invalidParam('Missing message or attachment');
      const c = insert({ message, fromId: pageId, fromName: pageName, parentId: id });
      return { status: 200, body: { id: c.id } };
    }
    const c = live(id);
    if (!c) return missing(id, method);
    if (method === 'GET') {
      const fields = parseFields(params.fields);
      return Array.isArray(fields) ? { status: 200, body: view(c, fields) } : fields;
    }
    if (method === 'DELETE') {
      c.deleted = true;
      return { status: 200, body: { success: true } };
    }
    if (method === 'POST') {
      if (params.is_hidden !== undefined) {
        if (params.is_hidden !== 'true' && params.is_hidden !== 'false') {
          return invalidParam('Param is_hidden must be a boolean');
        }
        c.is_hidden = params.is_hidden === 'true';
      }
      if (params.message !== undefined) c.message = params.message;
      return { status: 200, body: { success: true } };
    }
    return graphError(400, { message: `Unsupported ${method.toLowerCase()} request.`, code: 100 });
  }

  function send(res: ServerResponse, a: Answer): void {
    if (res.destroyed) return;
    const text = a.raw ?? JSON.stringify(a.body);
    res.writeHead(a.status, {
      'content-type': a.raw !== undefined ? 'text/html; charset=utf-8' : 'application/json; charset=UTF-8',
      'x-fb-trace-id': randomBytes(8).toString('base64url'),
      ...a.headers,
    });
    res.end(text);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', origin);
    // Accept any `/vNN.N/` version prefix, or none.
    const path = url.pathname.replace(/^\/v\d+\.\d+(?=\/|$)/, '') || '/';
    const query: Params = Object.fromEntries(url.searchParams);
    const parsed = parseParams(await readBody(req), String(req.headers['content-type'] ?? ''));

    const bearer = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const body = parsed ?? {};
    const tok = bearer ?? query.access_token ?? body.access_token ?? null;
    const tokenVia = bearer !== undefined ? 'header' : query.access_token !== undefined ? 'query' : body.access_token !== undefined ? 'body' : null;
    delete query.access_token;
    delete body.access_token;
    requests.push({ method, path, query, body, tokenVia, at: new Date() });

    let answer: Answer;
    const injection = injected.find(
      (i) => i.remaining > 0 && (!i.method || i.method === method) && (!i.path || i.path.test(path)),
    );
    if (injection) {
      injection.remaining -= 1;
      const f = injection.failure;
      answer = f.raw !== undefined ? { status: f.status, body: null, raw: f.raw } : graphError(f.status, f.error ?? { message: 'An unknown error occurred', code: 1 });
    } else if (tok === null) {
      answer = graphError(400, { message: 'An access token is required to request this resource.', code: 104 }, {
        'www-authenticate': 'OAuth "Facebook Platform" "invalid_request" "An access token is required to request this resource."',
      });
    } else if (tok !== token) {
      answer = graphError(400, { message: 'Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.', code: 190, error_subcode: 460 }, {
        'www-authenticate': 'OAuth "Facebook Platform" "invalid_token" "Error validating access token"',
      });
    } else if (parsed === null) {
      answer = invalidParam('Invalid request body');
    } else {
      const segments = path.split('/').filter((s) => s !== '').map(decodeURIComponent);
      answer = route(method, segments, { ...query, ...body }, path, tok);
    }

    const hold = holds.find((h) => !h.taken && h.method === method && h.path.test(path));
    if (hold) {
      hold.taken = true;
      hold.res = res;
      hold.answer = answer;
      hold.onArrived();
      if (hold.released) send(res, answer);
      return;
    }
    send(res, answer);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      send(res, graphError(500, { message: `fake graph crashed: ${String(err)}`, code: 2 }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/v21.0`,
    pageId,
    get token() {
      return token;
    },
    requests,
    setToken(t) {
      token = t;
    },
    addComment(input) {
      const c = insert({ ...input, fromId: input.fromId ?? '2000000000000001', fromName: input.fromName ?? 'A Customer' });
      return publicCopy(c);
    },
    comments() {
      return [...store.values()].map(publicCopy);
    },
    repliesTo(commentId) {
      return [...store.values()]
        .filter((c) => c.parentId === commentId && !c.deleted)
        .sort(byTimeThenSeq)
        .map(publicCopy);
    },
    count(method, path) {
      return requests.filter((r) => r.method === method.toUpperCase() && path.test(r.path)).length;
    },
    failNext(n, failure, match = {}) {
      injected.push({ remaining: n, failure, method: match.method?.toUpperCase(), path: match.path });
    },
    holdNext(method, path) {
      let onArrived = (): void => {};
      const arrived = new Promise<void>((resolve) => {
        onArrived = resolve;
      });
      const hold: Hold = { method: method.toUpperCase(), path, taken: false, res: null, answer: null, released: false, onArrived };
      holds.push(hold);
      return {
        arrived,
        release() {
          hold.released = true;
          if (hold.res && hold.answer) send(hold.res, hold.answer);
        },
      };
    },
    dropHeld() {
      for (const h of holds) {
        if (h.res && !h.released) {
          h.released = true;
          h.res.socket?.destroy();
        }
      }
    },
    async close() {
      for (const h of holds) if (h.res && !h.released) h.res.socket?.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
