import { setTimeout as sleep } from 'node:timers/promises';
import pRetry, { AbortError } from 'p-retry';
import type { z } from 'zod';
import { UpstreamError } from '../errors.ts';
import type { RequestLimitStore, RequestRateLimiter } from './request-rate-limit.ts';

/** How a board API call is retried when the board is rate limiting (429) or failing (5xx). */
export interface RetryPolicy {
  retries: number;
  minDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited out: the call fails and says when to try again. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { retries: 3, minDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 30_000 };

/** What board API calls go through: a fetch, a retry policy, a per-attempt time limit and the service's own request limit. */
export interface BoardHttp {
  fetch: typeof fetch;
  retry: RetryPolicy;
  timeoutMs: number;
  /** Every attempt, retries included, waits its turn here; one that would wait too long fails without retrying. */
  limiter?: RequestRateLimiter;
  /** Where each service's limiter keeps its count; without one, in this process. */
  requestLimits?: RequestLimitStore;
}

/** How a board's answer is read: JSON unless the board speaks something else (Personio's feed is XML). */
export interface BodyFormat {
  name: string;
  accept: string;
  /** `url` is where the answer came from, after any redirects. */
  parse: (text: string, url: string) => unknown;
}

const json: BodyFormat = { name: 'JSON', accept: 'application/json', parse: (text) => JSON.parse(text) };

/** A failure worth another attempt: the board was busy, failing or unreachable. */
/** A board's answer that arrived but is not of the shape its API documents: retrying will not mend it. */
export class UnexpectedShapeError extends UpstreamError {}

class TransientFailure extends Error {
  constructor(
    message: string,
    readonly status?: number,
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Retry-After is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'unexpected shape';
  const where = issue.path.length > 0 ? issue.path.join('.') : 'the body';
  return `${where}: ${issue.message}`;
}

/**
 * GETs one board API endpoint and validates its JSON (or other `format`) with `schema`. A 429 or 5xx (or no answer) is
 * retried with exponential backoff and jitter, waiting at least as long as Retry-After asks; then it
 * fails with an UpstreamError saying why. A 404 becomes `notFound()`; a body of the wrong shape is an
 * UpstreamError naming the first field at fault.
 */
export async function requestBoardApi<Schema extends z.ZodType>(options: {
  url: URL;
  service: string;
  schema: Schema;
  http: BoardHttp;
  notFound: () => Error;
  format?: BodyFormat;
  /** Headers of the service's own (a key, a contact address); never part of an error message. */
  headers?: Record<string, string>;
  /** A POST with this JSON body instead of a GET (Jooble's search). */
  postJson?: unknown;
  /** What a 401 or 403 means, for a service called with the user's own key; otherwise it is an HTTP failure like any other. */
  unauthorized?: () => Error;
}): Promise<z.output<Schema>> {
  const { url, service, schema, http, notFound, format = json } = options;
  const init: RequestInit =
    options.postJson === undefined
      ? { headers: { accept: format.accept, ...options.headers } }
      : { method: 'POST', headers: { accept: format.accept, 'content-type': 'application/json', ...options.headers }, body: JSON.stringify(options.postJson) };

  const attempt = async () => {
    try {
      await http.limiter?.take();
    } catch (error) {
      throw new AbortError(error as Error);
    }
    let response: Response;
    try {
      response = await http.fetch(url, { ...init, signal: AbortSignal.timeout(http.timeoutMs) });
    } catch (error) {
      throw new TransientFailure(`could not be reached (${(error as Error).message})`);
    }
    if (response.status === 429 || response.status >= 500) {
      await response.body?.cancel();
      const wait = retryAfterMs(response.headers.get('retry-after'));
      if (wait !== undefined && wait > http.retry.maxRetryAfterMs) {
        throw new AbortError(
          new UpstreamError(service, `is rate limiting us; try again in ${Math.ceil(wait / 1000)} seconds`, response.status),
        );
      }
      throw new TransientFailure(`answered HTTP ${response.status}`, response.status, wait);
    }
    if ((response.status === 401 || response.status === 403) && options.unauthorized) {
      await response.body?.cancel();
      throw new AbortError(options.unauthorized());
    }
    if (response.status === 404) {
      await response.body?.cancel();
      throw new AbortError(notFound());
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new AbortError(new UpstreamError(service, `answered HTTP ${response.status}`, response.status));
    }
    let body: unknown;
    try {
      body = format.parse(await response.text(), response.url || url.href);
    } catch {
      throw new AbortError(new UpstreamError(service, `answered with a body that is not ${format.name}`, response.status));
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      throw new AbortError(new UnexpectedShapeError(service, `answered in an unexpected shape (${describeIssue(parsed.error)})`));
    }
    return parsed.data;
  };

  try {
    return await pRetry(attempt, {
      retries: http.retry.retries,
      minTimeout: http.retry.minDelayMs,
      maxTimeout: http.retry.maxDelayMs,
      factor: 2,
      randomize: true,
      // p-retry's own delay is the backoff; when the board asked for longer, wait out the difference.
      async onFailedAttempt({ error, retriesLeft, retryDelay }) {
        const asked = error instanceof TransientFailure ? error.retryAfterMs : undefined;
        if (retriesLeft > 0 && asked !== undefined && asked > retryDelay) await sleep(asked - retryDelay);
      },
    });
  } catch (error) {
    if (error instanceof TransientFailure) {
      throw new UpstreamError(service, `${error.message} after ${http.retry.retries + 1} attempts`, error.status);
    }
    throw error;
  }
}
