/**
 * Generic JSON connector, for sources that have no connector of their own (a shop's reviews,
 * a blog plugin…). The body is ONE item object or an ARRAY of them; the shape is documented in
 * libs/connectors/README.md. Requests are signed with `X-Signature-256: sha256=<hex HMAC-SHA256
 * of the raw body>` using the channel's secret.
 */
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
import { signSha256, verifySha256 } from './hmac.js';
import { PayloadError } from './payload-error.js';
import {
  describe,
  idProblem,
  isRecord,
  optionalText,
  own,
  parseIsoDateTime,
  readId,
  safeUrl,
} from './text.js';

export { PayloadError };

/** Most items one request may carry; larger imports must be split into several requests. */
export const MAX_GENERIC_BATCH = 500;

export const GENERIC_ACTIONS: readonly ItemVerb[] = ['add', 'edit', 'remove', 'hide', 'unhide'];
export const GENERIC_TYPES: readonly NormalizedItem['type'][] = ['comment', 'review', 'message', 'mention'];

/**
 * Parses a generic webhook body for the channel whose platform account is `accountId`.
 * Throws PayloadError when the body is not an object or a non-empty array (of at most
 * MAX_GENERIC_BATCH elements); a bad element goes to `rejected` with its path ("[3]"; a single
 * object is "[0]") and a reason naming the field, and the others still parse.
 * `now` is the default `createdAt` (injectable for tests).
 */
export function parseGenericWebhook(
  payload: unknown,
  accountId: string,
  now: Date = new Date(),
): ParseResult {
  if (readId(accountId) === null || typeof accountId !== 'string') {
    // A configuration bug on our side, not the sender's: not a PayloadError (not a 400).
    throw new TypeError(`parseGenericWebhook: accountId ${idProblem(accountId)}`);
  }
  let elements: readonly unknown[];
  if (Array.isArray(payload)) {
    if (payload.length === 0) throw new PayloadError('body is an empty array: send at least one item');
    if (payload.length > MAX_GENERIC_BATCH) {
      throw new PayloadError(
        `body has ${payload.length} items, more than the ${MAX_GENERIC_BATCH} allowed per request: split it`,
      );
    }
    elements = payload;
  } else if (isRecord(payload)) {
    elements = [payload]; // a single object is a batch of one: its path is "[0]"
  } else {
    throw new PayloadError(`body must be a JSON object or an array of objects, got ${describe(payload)}`);
  }

  const result: ParseResult = { items: [], rejected: [], skipped: 0 };
  elements.forEach((element, i) => {
    const outcome = readElement(element, accountId, now);
    if (typeof outcome === 'string') result.rejected.push({ path: `[${i}]`, reason: outcome });
    else result.items.push(outcome);
  });
  return result;
}

function idReason(field: string, value: unknown): string {
  return `${field} ${idProblem(value)}`;
}

/** A NormalizedItem, or the reason (naming the field) the element was rejected. */
function readElement(element: unknown, accountId: string, now: Date): NormalizedItem | string {
  if (!isRecord(element)) return `item must be an object, got ${describe(element)}`;

  const rawId = own(element, 'id');
  const externalId = readId(rawId);
  if (externalId === null) return idReason('id', rawId);

  const rawAction = own(element, 'action') ?? 'add';
  const verb = GENERIC_ACTIONS.find((a) => a === rawAction);
  if (verb === undefined) {
    return `action must be one of ${GENERIC_ACTIONS.join(', ')}, got ${describe(rawAction)}`;
  }

  const rawType = own(element, 'type') ?? 'comment';
  const type = GENERIC_TYPES.find((t) => t === rawType);
  if (type === undefined) return `type must be one of ${GENERIC_TYPES.join(', ')}, got ${describe(rawType)}`;

  const rawText = own(element, 'text');
  if (rawText !== undefined && rawText !== null && typeof rawText !== 'string') {
    return `text must be a string, got ${describe(rawText)}`;
  }
  const text = optionalText(rawText, MAX_TEXT_LENGTH);
  if ((verb === 'add' || verb === 'edit') && text === null) {
    return `text is required (non-empty) for action "${verb}"`;
  }

  const rawCreatedAt = own(element, 'createdAt');
  let occurredAt = now;
  if (rawCreatedAt !== undefined && rawCreatedAt !== null) {
    const parsed = typeof rawCreatedAt === 'string' ? parseIsoDateTime(rawCreatedAt) : null;
    if (parsed === null) {
      return `createdAt must be an ISO 8601 date-time with an offset, e.g. "2024-05-01T10:00:00Z", got ${describe(rawCreatedAt)}`;
    }
    occurredAt = parsed;
  }

  const rawParent = own(element, 'parentId');
  let parentExternalId: string | null = null;
  if (rawParent !== undefined && rawParent !== null) {
    parentExternalId = readId(rawParent);
    if (parentExternalId === null) return idReason('parentId', rawParent);
    if (parentExternalId === externalId) return 'parentId equals id: an item cannot reply to itself';
  }

  const author = readAuthor(own(element, 'author'));
  if (typeof author === 'string') return author;

  const post = readPost(own(element, 'post'));
  if (typeof post === 'string') return post;

  const rawFromOwner = own(element, 'fromOwner') ?? false;
  if (typeof rawFromOwner !== 'boolean') return `fromOwner must be true or false, got ${describe(rawFromOwner)}`;

  return {
    accountId,
    type,
    verb,
    externalId,
    parentExternalId,
    post,
    author,
    text,
    occurredAt,
    fromOwner: rawFromOwner,
  };
}

function readAuthor(value: unknown): NormalizedAuthor | null | string {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return `author must be an object, got ${describe(value)}`;
  const rawId = own(value, 'id');
  const externalId = readId(rawId);
  if (externalId === null) return idReason('author.id', rawId);
  const name = own(value, 'name');
  if (name !== undefined && name !== null && typeof name !== 'string') {
    return `author.name must be a string, got ${describe(name)}`;
  }
  return { externalId, name: optionalText(name, MAX_NAME_LENGTH) };
}

function readPost(value: unknown): NormalizedPost | null | string {
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) return `post must be an object, got ${describe(value)}`;
  const rawId = own(value, 'id');
  const externalId = readId(rawId);
  if (externalId === null) return idReason('post.id', rawId);
  const url = own(value, 'url');
  let permalink: string | null = null;
  if (url !== undefined && url !== null) {
    permalink = safeUrl(url);
    if (permalink === null) return 'post.url must be an absolute http(s) URL of at most 2048 characters';
  }
  const title: unknown = own(value, 'title');
  if (title !== undefined && title !== null && typeof title !== 'string') {
    return `post.title must be a string, got ${describe(title)}`;
  }
  return { externalId, permalink, excerpt: optionalText(title, MAX_EXCERPT_LENGTH) };
}

/** The `X-Signature-256` header value for a body: `sha256=<hex HMAC-SHA256>`. */
export function signGeneric(rawBody: Buffer | Uint8Array, secret: string): string {
  return signSha256(rawBody, secret);
}

/**
 * Checks `X-Signature-256: sha256=<hex>` against the RAW body bytes in constant time. False
 * for a missing or malformed header or an empty secret.
 */
export function verifyGenericSignature(
  rawBody: Buffer | Uint8Array,
  header: string | undefined,
  secret: string,
): boolean {
  return verifySha256(rawBody, header, secret);
}
