/**
 * Outbound calls to the Facebook Graph API for a Page's comments: reply, look for our own reply
 * (before retrying one whose answer was lost), hide/unhide and delete.
 *
 * Endpoints, as documented for the Comment node and the /comments edge:
 *   POST   /{comment-id}/comments  message=…     → { "id": "<new comment id>" }
 *   GET    /{comment-id}/comments  fields, order, limit, after → { data: [...], paging: { cursors, next } }
 *   POST   /{comment-id}           is_hidden=true|false → { "success": true }
 *   DELETE /{comment-id}                                 → { "success": true }
 *
 * The token travels in `Authorization: Bearer`, never in a URL, so it cannot leak through logged
 * URLs. Every failure becomes a GraphError whose `kind` tells the caller what to do next and whose
 * `reason` tells a community manager what happened.
 */

import { PlatformError, type PlatformErrorKind } from '../platform-error.js';

export type GraphErrorKind = PlatformErrorKind;

export interface GraphErrorInit {
  kind: GraphErrorKind;
  status: number | null;
  code: number | null;
  subcode: number | null;
  fbtraceId: string | null;
  reason: string;
  /** Technical detail for logs (Facebook's own message, bounded and scrubbed). */
  detail: string;
  /** The documented "object does not exist" answer (code 100, subcode 33). */
  objectMissing?: boolean;
}

export class GraphError extends PlatformError {
  readonly status: number | null;
  readonly code: number | null;
  readonly subcode: number | null;
  readonly fbtraceId: string | null;
  /** True when Facebook says the object does not exist (anymore). */
  readonly objectMissing: boolean;

  constructor(init: GraphErrorInit) {
    super(init.kind, init.reason, `Graph API ${init.kind} error${describeCodes(init)}: ${init.detail}`);
    this.name = 'GraphError';
    this.status = init.status;
    this.code = init.code;
    this.subcode = init.subcode;
    this.fbtraceId = init.fbtraceId;
    this.objectMissing = init.objectMissing ?? false;
  }
}

function describeCodes(e: GraphErrorInit): string {
  const parts: string[] = [];
  if (e.status !== null) parts.push(`HTTP ${e.status}`);
  if (e.code !== null) parts.push(`code ${e.code}${e.subcode !== null ? `/${e.subcode}` : ''}`);
  if (e.fbtraceId !== null) parts.push(`fbtrace_id ${e.fbtraceId}`);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** Longest piece of text copied from a response into an error. */
export const MAX_ERROR_TEXT = 300;

/** Clock skew we tolerate between our `since` and Facebook's created_time. */
export const OWN_REPLY_SKEW_MS = 5 * 60 * 1000;

/** Pages of replies findOwnReply reads at most (100 each). */
const MAX_LOOKUP_PAGES = 5;

const DEFAULT_TIMEOUT_MS = 10_000;

const REASONS = {
  auth: "Facebook rejected the page's access token (expired or revoked). An admin must reconnect the page.",
  permission:
    "The page's token lacks the permission to do this (pages_manage_engagement). An admin must reconnect the page and grant it.",
  missing: 'The comment no longer exists on Facebook (deleted by its author or the page).',
} as const;

// Documented throttling codes: 4 app, 17 user, 32 page, 613 custom, 80001–80014 business use case
// limits, 341 application limit; 368 is a temporary block for abuse, also "wait and retry".
const RATE_LIMIT_CODES = new Set([4, 17, 32, 341, 368, 613]);
const isBucRateLimit = (code: number): boolean => code >= 80001 && code <= 80014;
// 102 session, 104 token missing, 190 token expired/invalid: only a new token helps.
const AUTH_CODES = new Set([102, 104, 190]);

export interface ClassifyContext {
  /** What was attempted, for the reason sentence ("reply", "hide", …). Default "action". */
  action?: string;
  /** Strings (the access token) that must never appear in the error. */
  secrets?: readonly string[];
  /** Fallback when the body has none (Graph also sends an `x-fb-trace-id` header). */
  fbtraceId?: string | null;
}

/** Removes secrets and anything that looks like an access_token parameter, then bounds the length. */
function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length > 0) out = out.split(s).join('[redacted]');
  out = out.replace(/(access_token=)[^&\s"']+/gi, '$1[redacted]').replace(/\s+/g, ' ').trim();
  return out.length > MAX_ERROR_TEXT ? `${out.slice(0, MAX_ERROR_TEXT - 1)}…` : out;
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function str(v: unknown): string | null {
  return typeof v === 'string' && v !== '' ? v : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Classifies a failed Graph answer. `body` is the parsed JSON, or the raw text when the answer
 * was not JSON. Codes decide before the error `type`, because Graph labels throttling (code 4)
 * and permission errors (code 200) "OAuthException" too.
 */
export function classifyGraphError(status: number | null, body: unknown, ctx: ClassifyContext = {}): GraphError {
  const action = ctx.action ?? 'action';
  const secrets = ctx.secrets ?? [];
  const err = isRecord(body) && isRecord(body.error) ? body.error : null;

  if (err === null) {
    // Not a Graph error object: a proxy page, an empty body, or JSON of another shape.
    const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
    const base = { status, code: null, subcode: null, fbtraceId: ctx.fbtraceId ?? null };
    const detail = scrub(text, secrets) || '(empty answer)';
    if (status === 429) return new GraphError({ ...base, kind: 'rate_limited', reason: rateLimited(action), detail });
    if (status === 401) return new GraphError({ ...base, kind: 'auth', reason: REASONS.auth, detail });
    // Non-JSON answers are retryable (an outage page), except a 4xx that is not 408: a proxy's
    // 403/404 will not fix itself, and retrying it forever would hide a misconfiguration.
    if (status !== null && status >= 400 && status < 500 && status !== 408) {
      return new GraphError({
        ...base,
        kind: 'permanent',
        reason: `Facebook refused the ${action} (HTTP ${status}) without saying why.`,
        detail,
      });
    }
    return new GraphError({
      ...base,
      kind: 'retryable',
      reason: `Facebook gave an unreadable answer (HTTP ${status ?? '?'}); the ${action} will be retried.`,
      detail,
    });
  }

  const code = num(err.code);
  const subcode = num(err.error_subcode);
  const fbMessage = scrub(str(err.message) ?? '', secrets);
  const init = {
    status,
    code,
    subcode,
    fbtraceId: str(err.fbtrace_id) ?? ctx.fbtraceId ?? null,
    detail: fbMessage || '(no message)',
  };
  const make = (kind: GraphErrorKind, reason: string, objectMissing = false): GraphError =>
    new GraphError({ ...init, kind, reason, objectMissing });

  if (status === 429 || (code !== null && (RATE_LIMIT_CODES.has(code) || isBucRateLimit(code)))) {
    if (code === 368) {
      return make(
        'rate_limited',
        `Facebook temporarily blocked this page from doing this (spam or policy protection); the ${action} will be retried later.`,
      );
    }
    return make('rate_limited', rateLimited(action));
  }
  if (code !== null && AUTH_CODES.has(code)) return make('auth', REASONS.auth);
  // 2500 covers both "An active access token must be used…" and "Unknown path components".
  if (code === 2500) return /access token/i.test(fbMessage) ? make('auth', REASONS.auth) : make('permanent', refused(action, fbMessage));
  if (code === 10 || code === 3 || (code !== null && code >= 200 && code <= 299)) return make('permanent', REASONS.permission);
  if (code === 100 && (subcode === 33 || /does not exist|error finding the requested/i.test(fbMessage))) {
    return make('permanent', REASONS.missing, true);
  }
  if (code === 506) {
    return make('permanent', `Facebook refused the ${action} as a duplicate of one just posted; change the text before sending it again.`);
  }
  if (code === 1 || code === 2 || err.is_transient === true || (status !== null && status >= 500)) {
    return make('retryable', `Facebook had a temporary problem; the ${action} will be retried.`);
  }
  if (code === null && err.type === 'OAuthException') return make('auth', REASONS.auth);
  if (status === 401) return make('auth', REASONS.auth);
  return make('permanent', refused(action, fbMessage));
}

function rateLimited(action: string): string {
  return `Facebook is rate-limiting this page; the ${action} will be retried.`;
}

/** "Facebook refused the reply: Missing message or attachment." — Facebook's words, as a sentence. */
function refused(action: string, fbMessage: string): string {
  const words = fbMessage.replace(/^\(#\d+\)\s*/, '').trim();
  if (words === '') return `Facebook refused the ${action}.`;
  return `Facebook refused the ${action}: ${words}${/[.!?…]$/.test(words) ? '' : '.'}`;
}

/** A failure before any HTTP answer: timeout, refused connection, reset socket. */
function transportError(cause: unknown, timeoutMs: number, action: string, secrets: readonly string[]): GraphError {
  // Duck-typed, not `instanceof Error`: fetch's DOMException can come from another realm.
  const name = isRecord(cause) ? cause.name : undefined;
  const timedOut = name === 'TimeoutError' || name === 'AbortError';
  const inner = isRecord(cause) && isRecord(cause.cause) ? `: ${String(cause.cause.message)}` : '';
  const detail = `${isRecord(cause) ? String(cause.message) : String(cause)}${inner}`;
  return new GraphError({
    kind: 'retryable',
    status: null,
    code: null,
    subcode: null,
    fbtraceId: null,
    reason: timedOut
      ? `Facebook did not answer within ${Math.round(timeoutMs / 100) / 10} s; the ${action} will be retried.`
      : `Facebook could not be reached (network error); the ${action} will be retried.`,
    detail: scrub(detail, secrets),
  });
}

/** Parses Graph's "2026-11-22T10:00:00+0000" (offset without colon) and plain ISO strings. */
export function parseGraphTime(v: unknown): Date | null {
  if (typeof v !== 'string') return null;
  const ms = Date.parse(v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(ms) ? null : new Date(ms);
}

/** Facebook may store `\r\n` as `\n` and trim; compare messages the same way. */
export function normalizeMessage(s: string): string {
  return s.replace(/\r\n?/g, '\n').trim();
}

export interface GraphClientOptions {
  /** e.g. https://graph.facebook.com/v21.0 (no trailing slash). */
  baseUrl: string;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
}

export interface OwnReply {
  id: string;
  createdTime: Date;
}

export class GraphClient {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;
  private readonly fetchImpl: typeof fetch;

  constructor(opts: GraphClientOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // Called unbound: some fetch implementations reject a foreign `this` ("Illegal invocation").
    const impl = opts.fetchImpl ?? fetch;
    this.fetchImpl = (input, init) => impl(input, init);
  }

  /** Posts `message` as the page, in reply to a comment. */
  async replyToComment(token: string, commentId: string, message: string): Promise<{ id: string }> {
    const body = await this.call(token, 'POST', `${nodePath(commentId)}/comments`, 'reply', { message });
    const id = isRecord(body) ? str(body.id) : null;
    if (id === null) throw unexpected('reply', body, token);
    return { id };
  }

  /**
   * The "look before retry" step: finds the page's reply with this text, created at or after
   * `since` (minus clock skew), so a reply whose answer was lost is not posted twice.
   */
  async findOwnReply(token: string, commentId: string, pageId: string, message: string, since: Date): Promise<OwnReply | null> {
    const wanted = normalizeMessage(message);
    const cutoff = since.getTime() - OWN_REPLY_SKEW_MS;
    const query: Record<string, string> = {
      fields: 'id,message,from,created_time',
      order: 'reverse_chronological',
      limit: '100',
    };
    for (let page = 0; page < MAX_LOOKUP_PAGES; page += 1) {
      const body = await this.call(token, 'GET', `${nodePath(commentId)}/comments`, 'lookup', undefined, query);
      const data = isRecord(body) && Array.isArray(body.data) ? body.data : [];
      let oldest: number | null = null;
      for (const c of data) {
        if (!isRecord(c)) continue;
        const created = parseGraphTime(c.created_time);
        if (created === null) continue;
        oldest = oldest === null ? created.getTime() : Math.min(oldest, created.getTime());
        const from = isRecord(c.from) ? c.from : {};
        const id = str(c.id);
        if (id !== null && created.getTime() >= cutoff && from.id === pageId && typeof c.message === 'string' && normalizeMessage(c.message) === wanted) {
          return { id, createdTime: created };
        }
      }
      // Newest first: once a page reaches before the cutoff, older pages cannot match.
      const after = nextCursor(body);
      if (after === null || (oldest !== null && oldest < cutoff)) return null;
      // Rebuild the next URL from our base and the cursor rather than following `paging.next`
      // as is: it carries the token in its query and could point elsewhere.
      query.after = after;
    }
    return null;
  }

  /** Hides (or unhides) a comment from everyone but its author and their friends. */
  async setHidden(token: string, commentId: string, hidden: boolean): Promise<void> {
    const action = hidden ? 'hide' : 'unhide';
    const body = await this.call(token, 'POST', nodePath(commentId), action, { is_hidden: String(hidden) });
    expectSuccess(action, body, token);
  }

  /** Deletes a comment. Idempotent: a comment that no longer exists counts as deleted. */
  async deleteComment(token: string, commentId: string): Promise<void> {
    let body: unknown;
    try {
      body = await this.call(token, 'DELETE', nodePath(commentId), 'delete');
    } catch (e) {
      if (e instanceof GraphError && e.objectMissing) return;
      throw e;
    }
    expectSuccess('delete', body, token);
  }

  /** One Graph request; answers the parsed JSON of a 2xx, throws GraphError otherwise. */
  private async call(
    token: string,
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    action: string,
    form?: Record<string, string>,
    query?: Record<string, string>,
  ): Promise<unknown> {
    const url = `${this.baseUrl}${path}${query ? `?${new URLSearchParams(query).toString()}` : ''}`;
    const secrets = [token];
    let res: Response;
    let text: string;
    try {
      res = await this.fetchImpl(url, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/json',
          ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        },
        body: form ? new URLSearchParams(form).toString() : undefined,
        // The timeout covers reading the body too, not only the headers.
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await res.text();
    } catch (e) {
      throw transportError(e, this.timeoutMs, action, secrets);
    }
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Keep the raw text; the classifier treats it as a non-Graph answer.
    }
    const ctx = { action, secrets, fbtraceId: res.headers.get('x-fb-trace-id') };
    // Graph has been seen answering 200 with an error object; trust the object.
    if (!res.ok || (isRecord(body) && isRecord(body.error))) throw classifyGraphError(res.status, body, ctx);
    if (typeof body === 'string') throw classifyGraphError(res.status, body, ctx);
    return body;
  }
}

export function createGraphClient(opts: GraphClientOptions): GraphClient {
  return new GraphClient(opts);
}

function nodePath(id: string): string {
  if (id === '') throw new TypeError('a Graph object id is required');
  return `/${encodeURIComponent(id)}`;
}

function nextCursor(body: unknown): string | null {
  if (!isRecord(body) || !isRecord(body.paging) || str(body.paging.next) === null) return null;
  const cursors = isRecord(body.paging.cursors) ? body.paging.cursors : {};
  const fromCursors = str(cursors.after);
  if (fromCursors !== null) return fromCursors;
  try {
    return new URL(String(body.paging.next)).searchParams.get('after');
  } catch {
    return null;
  }
}

function expectSuccess(action: string, body: unknown, token: string): void {
  if (isRecord(body) && body.success === true) return;
  throw unexpected(action, body, token);
}

/** A 2xx whose body is not the documented one: we cannot tell whether it worked, so retry. */
function unexpected(action: string, body: unknown, token: string): GraphError {
  return new GraphError({
    kind: 'retryable',
    status: 200,
    code: null,
    subcode: null,
    fbtraceId: null,
    reason: `Facebook did not confirm the ${action}; it will be retried.`,
    detail: scrub(`unexpected answer ${JSON.stringify(body) ?? String(body)}`, [token]),
  });
}
