/**
 * `sha256=<hex>` HMAC signatures over the raw request body, as used by Meta
 * (X-Hub-Signature-256) and by our generic connector (X-Signature-256).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

const HEADER = /^sha256=([0-9a-fA-F]{64})$/;

/** The header value `sha256=<lowercase hex HMAC-SHA256 of rawBody>`. */
export function signSha256(rawBody: Buffer | Uint8Array, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(rawBody).digest('hex')}`;
}

/**
 * Checks a `sha256=<hex>` header against the raw body, in constant time. False for a missing
 * or malformed header, and for an empty secret (a misconfiguration: refusing is safer than
 * accepting bodies anyone could sign).
 */
export function verifySha256(
  rawBody: Buffer | Uint8Array,
  header: string | undefined,
  secret: string,
): boolean {
  if (typeof secret !== 'string' || secret === '') return false;
  if (typeof header !== 'string' || !(rawBody instanceof Uint8Array)) return false;
  const match = HEADER.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1] ?? '', 'hex');
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  // Lengths are equal by the regex (32 bytes); checked anyway because timingSafeEqual throws.
  return given.length === expected.length && timingSafeEqual(given, expected);
}
