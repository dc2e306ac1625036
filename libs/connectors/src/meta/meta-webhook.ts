/**
 * Meta Graph API webhooks (one endpoint for every Meta product).
 *
 * Body (POST, application/json), as documented for Page webhooks:
 *   { "object": "page",
 *     "entry": [ { "id": "<page id>", "time": <unix>,
 *                  "changes": [ { "field": "feed", "value": { "item": "comment", "verb": "add", … } } ] } ] }
 *
 * Only `object: "page"` / `field: "feed"` / `item: "comment"` produce items today. Everything
 * else Meta may send on the same endpoint (likes, reactions, posts, Messenger events, Instagram,
 * WhatsApp…) is counted in `skipped`, never an error: Meta retries on non-2xx answers, so a
 * payload we merely don't use must not fail the request.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  MAX_EXCERPT_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  type ItemVerb,
  type NormalizedAuthor,
  type NormalizedItem,
  type NormalizedPost,
  type ParseResult,
} from '../connector.types.js';
import { signSha256, verifySha256 } from '../generic/hmac.js';
import { PayloadError } from '../generic/payload-error.js';
import {
  describe,
  idProblem,
  isRecord,
  optionalText,
  own,
  parseIsoDateTime,
  readId,
  safeUrl,
  type JsonRecord,
} from '../generic/text.js';

export { PayloadError };

/** The envelope of a Meta webhook body, with any other top-level keys kept as they came. */
export type MetaWebhookPayload = JsonRecord & { object: string; entry: unknown[] };

/** The `object` values this connector turns into items. */
export const SUPPORTED_META_OBJECTS: readonly string[] = ['page'];

/**
 * Feed verbs we act on. The Graph API documents `edited` for comments but `edit` is seen too;
 * `delete` is in the documented verb enum and means the same as `remove` for us. Other
 * documented verbs (block, unblock, mute, follow, update) are skipped.
 */
const VERBS: Readonly<Record<string, ItemVerb>> = {
  add: 'add',
  edit: 'edit',
  edited: 'edit',
  remove: 'remove',
  delete: 'remove',
  hide: 'hide',
  unhide: 'unhide',
};

/** Reads the envelope; throws PayloadError when the body is not a Meta webhook at all. */
function readEnvelope(payload: unknown): MetaWebhookPayload {
  if (!isRecord(payload)) {
    throw new PayloadError(`Meta webhook body must be a JSON object, got ${describe(payload)}`);
  }
  const object = own(payload, 'object');
  if (typeof object !== 'string' || object === '') {
    throw new PayloadError(
      `Meta webhook body needs an "object" string (e.g. "page"), got ${describe(object)}`,
    );
  }
  const entry = own(payload, 'entry');
  if (!Array.isArray(entry)) {
    throw new PayloadError(`Meta webhook body needs an "entry" array, got ${describe(entry)}`);
  }
  return { ...payload, object, entry };
}

/**
 * Parses a Meta webhook POST body. Throws PayloadError only when the body as a whole is
 * unreadable (not an object, no `object`, `entry` not an array); a bad entry or change is
 * reported in `rejected` with its path, and the rest still parses.
 */
export function parseMetaWebhook(payload: unknown): ParseResult {
  const body = readEnvelope(payload);
  const result: ParseResult = { items: [], rejected: [], skipped: 0 };
  if (!SUPPORTED_META_OBJECTS.includes(body.object)) {
    result.skipped = body.entry.reduce<number>((sum, entry) => sum + eventCount(entry), 0);
    return result;
  }
  body.entry.forEach((entry, i) => parsePageEntry(entry, `entry[${i}]`, result));
  return result;
}

/** How many events an entry carries (changes, Messenger `messaging`…), at least 1. */
function eventCount(entry: unknown): number {
  if (!isRecord(entry)) return 1;
  for (const key of ['changes', 'messaging', 'standby']) {
    const list = own(entry, key);
    if (Array.isArray(list) && list.length > 0) return list.length;
  }
  return 1;
}

function parsePageEntry(entry: unknown, path: string, result: ParseResult): void {
  if (!isRecord(entry)) {
    result.rejected.push({ path, reason: `entry must be an object, got ${describe(entry)}` });
    return;
  }
  const rawPageId = own(entry, 'id');
  const pageId = readId(rawPageId);
  if (pageId === null) {
    result.rejected.push({
      path,
      reason: `entry id (the Page id) ${idProblem(rawPageId)}; none of its changes were read`,
    });
    return;
  }
  const changes = own(entry, 'changes');
  if (changes === undefined) {
    // Messenger events (`messaging`, `standby`) share the page object; not ours to handle.
    result.skipped += eventCount(entry);
    return;
  }
  if (!Array.isArray(changes)) {
    result.rejected.push({
      path: `${path}.changes`,
      reason: `changes must be an array, got ${describe(changes)}`,
    });
    return;
  }
  const entryTime = parseMetaTime(own(entry, 'time'));
  changes.forEach((change, j) => {
    const changePath = `${path}.changes[${j}]`;
    const outcome = parseFeedChange(change, pageId, entryTime);
    if (outcome === 'skipped') result.skipped += 1;
    else if (typeof outcome === 'string') result.rejected.push({ path: changePath, reason: outcome });
    else result.items.push(outcome);
  });
}

/** A NormalizedItem, 'skipped', or a rejection reason. */
function parseFeedChange(
  change: unknown,
  pageId: string,
  entryTime: Date | null,
): NormalizedItem | 'skipped' | string {
  if (!isRecord(change)) return `change must be an object, got ${describe(change)}`;
  if (own(change, 'field') !== 'feed') return 'skipped';
  const value = own(change, 'value');
  if (!isRecord(value)) return `feed change value must be an object, got ${describe(value)}`;
  if (own(value, 'item') !== 'comment') return 'skipped';
  const rawVerb = own(value, 'verb');
  const verb = typeof rawVerb === 'string' && Object.hasOwn(VERBS, rawVerb) ? VERBS[rawVerb] : undefined;
  if (verb === undefined) return 'skipped';
  return readComment(value, verb, pageId, entryTime);
}

function readComment(
  value: JsonRecord,
  verb: ItemVerb,
  pageId: string,
  entryTime: Date | null,
): NormalizedItem | string {
  const rawCommentId = own(value, 'comment_id');
  const commentId = readId(rawCommentId);
  if (commentId === null) {
    return `comment ${verb}: comment_id ${idProblem(rawCommentId)}, so the comment cannot be identified`;
  }

  const postObject = own(value, 'post');
  const postRecord = isRecord(postObject) ? postObject : null;
  const postIdRaw = own(value, 'post_id') ?? (postRecord ? own(postRecord, 'id') : undefined);
  let postId: string | null = null;
  if (postIdRaw !== undefined && postIdRaw !== null) {
    postId = readId(postIdRaw);
    if (postId === null) return `comment ${commentId}: post_id ${idProblem(postIdRaw)}`;
  }

  const parentRaw = own(value, 'parent_id');
  let parentExternalId: string | null = null;
  if (parentRaw !== undefined && parentRaw !== null) {
    const parentId = readId(parentRaw);
    if (parentId === null) return `comment ${commentId}: parent_id ${idProblem(parentRaw)}`;
    // A top-level comment's parent is the post itself.
    if (parentId !== postId && parentId !== commentId) parentExternalId = parentId;
  }

  const author = readAuthor(value);
  if (typeof author === 'string') return `comment ${commentId}: ${author}`;

  const message = own(value, 'message');
  if (message !== undefined && message !== null && typeof message !== 'string') {
    return `comment ${commentId}: message must be a string, got ${describe(message)}`;
  }
  const text = optionalText(message, MAX_TEXT_LENGTH);
  const hasMedia = [own(value, 'photo'), own(value, 'video')].some(
    (media) => typeof media === 'string' && media !== '',
  );
  if ((verb === 'add' || verb === 'edit') && text === null && !hasMedia) {
    return `comment ${commentId}: "${verb}" without message or photo, so there is nothing to show`;
  }

  const occurredAt = parseMetaTime(own(value, 'created_time')) ?? entryTime;
  if (occurredAt === null) {
    return `comment ${commentId}: neither created_time nor the entry's time is a usable timestamp`;
  }

  const post: NormalizedPost | null =
    postId === null
      ? null
      : {
          externalId: postId,
          permalink: postRecord ? safeUrl(own(postRecord, 'permalink_url')) : null,
          excerpt: postRecord ? optionalText(own(postRecord, 'message'), MAX_EXCERPT_LENGTH) : null,
        };

  return {
    accountId: pageId,
    type: 'comment',
    verb,
    externalId: commentId,
    parentExternalId,
    post,
    author,
    text,
    occurredAt,
    fromOwner: author !== null && author.externalId === pageId,
  };
}

/**
 * The comment's author: `from: {id, name}` (current) or `sender_id`/`sender_name` (older
 * payloads). Null when Meta sent neither (it omits `from` when the app may not see the
 * user); a string is a rejection reason.
 */
function readAuthor(value: JsonRecord): NormalizedAuthor | null | string {
  const from = own(value, 'from');
  if (from !== undefined && from !== null) {
    if (!isRecord(from)) return `from must be an object, got ${describe(from)}`;
    const rawId = own(from, 'id');
    const id = readId(rawId);
    if (id === null) return `from.id ${idProblem(rawId)}`;
    return { externalId: id, name: optionalText(own(from, 'name'), MAX_NAME_LENGTH) };
  }
  const senderId = own(value, 'sender_id');
  if (senderId !== undefined && senderId !== null) {
    const id = readId(senderId);
    if (id === null) return `sender_id ${idProblem(senderId)}`;
    return { externalId: id, name: optionalText(own(value, 'sender_name'), MAX_NAME_LENGTH) };
  }
  return null;
}

/**
 * A Graph API timestamp: unix seconds (number or digit string; values past 1e11 are taken as
 * milliseconds, which some Meta products send), or an ISO 8601 string such as
 * "2024-01-01T10:00:00+0000". Null when absent or unusable.
 */
export function parseMetaTime(value: unknown): Date | null {
  let epoch: number | null = null;
  if (typeof value === 'number') epoch = value;
  else if (typeof value === 'string' && /^\d{1,16}$/.test(value.trim())) epoch = Number(value);
  else if (typeof value === 'string') return parseIsoDateTime(value);
  if (epoch === null || !Number.isFinite(epoch) || epoch <= 0) return null;
  const date = new Date(epoch > 1e11 ? epoch : epoch * 1000);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The distinct entry ids (Page / IG account / WABA ids) of a body, in order: for routing. */
export function metaAccountIds(payload: unknown): string[] {
  return [...splitMetaPayloadByAccount(payload).keys()];
}

/**
 * Splits a body into one body per account id, each with only that account's entries (other
 * top-level keys copied), so each channel parses only what is its own. Entries without a
 * usable id cannot be routed and are left out (parseMetaWebhook reports them as rejected).
 */
export function splitMetaPayloadByAccount(payload: unknown): Map<string, MetaWebhookPayload> {
  const body = readEnvelope(payload);
  const byAccount = new Map<string, MetaWebhookPayload>();
  for (const entry of body.entry) {
    const id = isRecord(entry) ? readId(own(entry, 'id')) : null;
    if (id === null) continue;
    let part = byAccount.get(id);
    if (part === undefined) {
      part = { ...body, entry: [] };
      byAccount.set(id, part);
    }
    part.entry.push(entry);
  }
  return byAccount;
}

/** The `X-Hub-Signature-256` header value for a body: `sha256=<hex>`. */
export function signMeta(rawBody: Buffer | Uint8Array, appSecret: string): string {
  return signSha256(rawBody, appSecret);
}

/**
 * Checks `X-Hub-Signature-256: sha256=<hex>` (HMAC-SHA256 of the RAW body bytes with the app
 * secret) in constant time. False for a missing or malformed header or an empty secret.
 * Must run on the bytes as received, before any JSON parsing.
 */
export function verifyMetaSignature(
  rawBody: Buffer | Uint8Array,
  header: string | undefined,
  appSecret: string,
): boolean {
  return verifySha256(rawBody, header, appSecret);
}

export type MetaHandshakeResult = { ok: true; challenge: string } | { ok: false; reason: string };

/** Meta's challenges are numbers; allow a little more, but never markup (it is echoed back). */
const CHALLENGE = /^[A-Za-z0-9._~-]{1,256}$/;

/**
 * The subscription handshake: GET ?hub.mode=subscribe&hub.verify_token=…&hub.challenge=….
 * On ok, answer 200 with `challenge` as text/plain; otherwise 403. Accepts the flat keys
 * ("hub.mode") of a default query parser and the nested `hub: {mode}` of a dotted one.
 */
export function metaHandshake(
  query: Record<string, unknown>,
  verifyTokens: string[],
): MetaHandshakeResult {
  const nested = isRecord(query) ? own(query, 'hub') : undefined;
  const read = (key: string): unknown => {
    const flat = isRecord(query) ? own(query, `hub.${key}`) : undefined;
    return flat !== undefined ? flat : isRecord(nested) ? own(nested, key) : undefined;
  };
  const mode = read('mode');
  const token = read('verify_token');
  const challenge = read('challenge');
  if (mode !== 'subscribe') {
    return { ok: false, reason: `hub.mode must be "subscribe", got ${describe(mode)}` };
  }
  if (typeof token !== 'string' || token === '') {
    return { ok: false, reason: 'hub.verify_token is missing' };
  }
  if (typeof challenge !== 'string' || !CHALLENGE.test(challenge)) {
    return { ok: false, reason: 'hub.challenge is missing or not a plain token' };
  }
  const configured = verifyTokens.filter((t) => typeof t === 'string' && t !== '');
  if (configured.length === 0) {
    return { ok: false, reason: 'no verify token is configured for this endpoint' };
  }
  // Compare digests so every comparison has equal length; check all tokens, no early exit.
  const given = sha256(token);
  let matched = false;
  for (const candidate of configured) matched = timingSafeEqual(given, sha256(candidate)) || matched;
  return matched
    ? { ok: true, challenge }
    : { ok: false, reason: 'hub.verify_token does not match any configured verify token' };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
