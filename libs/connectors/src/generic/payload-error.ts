/**
 * Thrown when a webhook body as a whole cannot be read (not JSON of the documented shape).
 * The HTTP layer answers 400 with `message`; a problem with one item is never a
 * PayloadError: it goes into ParseResult.rejected and the rest of the batch still parses.
 */
export class PayloadError extends Error {
  override readonly name = 'PayloadError';
}
