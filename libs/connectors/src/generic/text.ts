/**
 * Helpers shared by every connector for reading untrusted JSON and bounding untrusted text.
 * Pure functions: no I/O, no platform knowledge.
 *
 * Text is kept as the author wrote it (no HTML escaping: that happens at display time). We
 * only remove what cannot be stored or compared reliably: NUL characters (PostgreSQL text
 * rejects them), lone UTF-16 surrogates (not valid Unicode; replaced by U+FFFD) and
 * non-NFC forms (so "é" typed two ways is one string for search and dedup).
 */
import { MAX_ID_LENGTH } from '../connector.types.js';

export type JsonRecord = Record<string, unknown>;

/** A plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property only, so a payload can never make us read something inherited
 * from Object.prototype (e.g. `constructor`), whatever key names we ask for.
 */
export function own(record: JsonRecord, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cleans untrusted text and bounds it to `max` UTF-16 code units (String#length), never
 * cutting a surrogate pair in half. Returns null when nothing is left.
 */
export function cleanText(value: string, max: number): string | null {
  let text = value.replace(NUL, '').replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
  if (text.length > max) {
    text = text.slice(0, max);
    const last = text.charCodeAt(text.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1);
  }
  return text.trim() === '' ? null : text;
}

/** Like cleanText, for an optional value: anything but a string gives null. */
export function optionalText(value: unknown, max: number): string | null {
  return typeof value === 'string' ? cleanText(value, max) : null;
}

/**
 * Why a value is not a usable platform id, or null when it is. Ids are strings; a
 * non-negative safe integer is accepted too (older Meta payloads and many shops send numbers).
 */
export function idProblem(value: unknown): string | null {
  if (value === undefined || value === null) return 'is missing';
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value >= 0
      ? null
      : `is the number ${value}, which cannot be an exact id (send ids as strings)`;
  }
  if (typeof value !== 'string') return `must be a string, got ${describe(value)}`;
  if (value.trim() === '') return 'is empty';
  if (value.length > MAX_ID_LENGTH) {
    return `is ${value.length} characters long, more than the ${MAX_ID_LENGTH} allowed`;
  }
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'contains control characters';
  return null;
}

/** The id as a string when usable (see idProblem), else null. */
export function readId(value: unknown): string | null {
  if (idProblem(value) !== null) return null;
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : null;
}

/** An http(s) URL safe to render as a link (no javascript:, data:, …), bounded; else null. */
export function safeUrl(value: unknown, max = 2048): string | null {
  if (typeof value !== 'string' || value.length > max) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
}

/** A short description of a JSON value's type, for error reasons. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  return `${typeof value} ${String(value)}`.slice(0, 60);
}

// Full date-time with an explicit offset: without one, Date.parse would use the server's zone.
// Offsets may be written +hh:mm (ISO 8601 extended) or +hhmm (what the Graph API sends).
const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|z|[+-]\d{2}:?\d{2})$/;

/** Parses an ISO 8601 date-time that names its offset ("…Z", "…+02:00", "…+0000"); else null. */
export function parseIsoDateTime(value: string): Date | null {
  const match = ISO_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, date, time, zone = 'Z'] = match;
  const offset = /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone.toUpperCase();
  const ms = Date.parse(`${date}T${time}${offset}`);
  return Number.isFinite(ms) ? new Date(ms) : null;
}
