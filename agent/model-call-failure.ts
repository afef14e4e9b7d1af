import { APICallError, NoObjectGeneratedError, RetryError } from 'ai';
import { UpstreamError } from '../tools/errors.ts';

/** What to tell the user for each way a structured-output model call fails. */
export interface ModelFailureWords {
  unreadable: string;
  answered: (status: number | string) => string;
  timedOut: string;
}

/**
 * A failed structured-output model call in words for the user; the raw error (which may quote the
 * prompt) stays out of it. Anything that is not the model's failure passes through unchanged.
 */
export function modelCallFailure(service: string, words: ModelFailureWords, error: unknown): unknown {
  if (NoObjectGeneratedError.isInstance(error)) return new UpstreamError(service, words.unreadable);
  const failure = RetryError.isInstance(error) ? error.lastError : error;
  if (APICallError.isInstance(failure)) return new UpstreamError(service, words.answered(failure.statusCode ?? 'with an error'), failure.statusCode);
  if (error instanceof DOMException && error.name === 'TimeoutError') return new UpstreamError(service, words.timedOut);
  return error;
}
