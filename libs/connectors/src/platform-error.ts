/** Errors of outbound platform calls, shared by every connector (no imports, so no cycles). */
export type PlatformErrorKind = 'auth' | 'rate_limited' | 'retryable' | 'permanent';

/**
 * A platform refused or failed a call. `kind` tells the caller what to do (auth: the channel
 * needs re-auth; rate_limited and retryable: retry later; permanent: give up); `reason` tells
 * a community manager what happened.
 */
export class PlatformError extends Error {
  constructor(
    readonly kind: PlatformErrorKind,
    readonly reason: string,
    message = reason,
  ) {
    super(message);
    this.name = 'PlatformError';
  }
}

