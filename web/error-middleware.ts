import type { ErrorRequestHandler } from 'express';
import {
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  UnavailableError,
  UnprocessableError,
  UpstreamError,
  ValidationError,
} from '../tools/errors.ts';
import { isDatabaseUnavailable } from '../db/database-errors.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { path: string; message: string }[] };
}

function describe(error: unknown): { status: number; body: ErrorBody; retryAfter?: number } {
  const body = (code: string, message: string): ErrorBody => ({ error: { code, message } });
  if (error instanceof ValidationError) {
    return { status: 400, body: { error: { code: 'invalid_input', message: error.message, fields: error.fields } } };
  }
  if (error instanceof AuthenticationError) return { status: 401, body: body('unauthenticated', error.message) };
  if (error instanceof PermissionError) return { status: 403, body: body('forbidden', error.message) };
  if (error instanceof NotFoundError) return { status: 404, body: body('not_found', error.message) };
  if (error instanceof ConflictError) return { status: 409, body: body('conflict', error.message) };
  if (error instanceof UnprocessableError) return { status: 422, body: body(error.code, error.message) };
  if (error instanceof RateLimitError) {
    return { status: 429, body: body('rate_limited', error.message), retryAfter: error.retryAfterSeconds };
  }
  if (error instanceof UpstreamError) return { status: 502, body: body('upstream_error', error.message) };
  if (error instanceof UnavailableError) return { status: 503, body: body(error.code, error.message) };
  if (isDatabaseUnavailable(error)) {
    return { status: 503, body: body('database_unavailable', 'The database is unavailable; try again shortly') };
  }
  // Errors from Express's own body parsing carry their status (400 malformed JSON, 413 too large).
  const status = (error as { status?: number; type?: string }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const reason = (error as { type?: string }).type === 'entity.parse.failed' ? 'Request body is not valid JSON' : (error as Error).message;
    return { status, body: body('bad_request', reason) };
  }
  return { status: 500, body: body('internal_error', 'Something went wrong on our side') };
}

/** Maps typed errors to a status and a reason; anything unexpected is a 500 that reveals nothing. */
export function errorMiddleware(log: (error: unknown) => void): ErrorRequestHandler {
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const { status, body, retryAfter } = describe(error);
    if (status >= 500) log(error);
    if (retryAfter !== undefined) response.setHeader('Retry-After', String(retryAfter));
    response.status(status).json(body);
  };
}
