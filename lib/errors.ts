// Expected failures the data layer raises; lib/api/respond.ts maps them to the API's JSON errors.
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503,
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (message: string, fields?: FieldErrors) =>
  new DomainError(400, 'invalid_input', message, fields);
export const unauthenticated = () =>
  new DomainError(401, 'unauthenticated', 'Sign in to do this.');
export const forbidden = (message = 'Your role does not allow this.') =>
  new DomainError(403, 'forbidden', message);
export const notFound = (what = 'Record') => new DomainError(404, 'not_found', `${what} not found.`);
export const conflict = (message: string, details?: unknown) =>
  new DomainError(409, 'conflict', message, undefined, details);
export const tooLarge = (message: string) => new DomainError(413, 'too_large', message);
export const tooMany = (message: string, retryAfterSeconds: number) =>
  new DomainError(429, 'rate_limited', message, undefined, { retryAfterSeconds });

export const isDomainError = (e: unknown): e is DomainError => e instanceof DomainError;
