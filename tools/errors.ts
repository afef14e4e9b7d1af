import type { z } from 'zod';

/**
 * Expected failures, each with the fields a caller needs to explain it. The web error middleware
 * maps them to HTTP statuses; the tool adapters turn them into tool errors the model can read.
 */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly resource: string, readonly id?: string) {
    super(id ? `${resource} ${id} was not found` : `${resource} was not found`);
  }
}

export class AuthenticationError extends Error {
  override readonly name = 'AuthenticationError';
}

export class PermissionError extends Error {
  override readonly name = 'PermissionError';
}

export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}

export class RateLimitError extends Error {
  override readonly name = 'RateLimitError';
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

export class UpstreamError extends Error {
  override readonly name = 'UpstreamError';
  constructor(readonly service: string, message: string, readonly status?: number) {
    super(`${service}: ${message}`);
  }
}

export class UnavailableError extends Error {
  override readonly name = 'UnavailableError';
  /** A machine-readable reason, so a client can tell "not configured" from "try again later". */
  constructor(message: string, readonly code = 'unavailable') {
    super(message);
  }
}

/** The request was understood, but what it points at cannot be used (a page with no job posting on it). */
export class UnprocessableError extends Error {
  override readonly name = 'UnprocessableError';
  constructor(message: string, readonly code = 'unprocessable') {
    super(message);
  }
}

/** Parses untrusted input with a zod schema, turning its issues into a ValidationError naming each field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown, message = 'Invalid input'): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(
    message,
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}
