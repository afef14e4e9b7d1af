import { isDatabaseUnavailable } from '../db/database-errors.ts';
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
} from './errors.ts';

const expectedErrors = [
  AuthenticationError,
  ConflictError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  UnavailableError,
  UnprocessableError,
  UpstreamError,
];

/**
 * The message a model or MCP client sees for a failed tool call, for either adapter. Typed errors
 * explain themselves (a ValidationError names each wrong field); anything else is unexpected and
 * reveals nothing, since its message may hold SQL or internals. Undefined means "unexpected": the
 * caller logs it and says only that the tool failed.
 */
export function toolErrorMessage(error: unknown): string | undefined {
  if (error instanceof ValidationError) {
    const fields = error.fields.map((field) => `${field.path || 'input'}: ${field.message}`);
    return fields.length > 0 ? `${error.message} (${fields.join('; ')})` : error.message;
  }
  if (expectedErrors.some((type) => error instanceof type)) return (error as Error).message;
  if (isDatabaseUnavailable(error)) return 'The Atlas database is unavailable; try again shortly';
  return undefined;
}
