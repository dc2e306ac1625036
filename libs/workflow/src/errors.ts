/**
 * Errors of the answering workflow, free of HTTP: the api maps `kind` to a status code
 * (DomainErrorFilter); `code` is stable for clients, `message` says what to do.
 */
export type DomainErrorKind = 'not_found' | 'forbidden' | 'conflict' | 'invalid' | 'unprocessable';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what: string, id: string) => new DomainError('not_found', 'not_found', `${what} ${id} not found in this workspace`);
