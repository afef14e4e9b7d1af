import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What every log line written while serving a request carries about it: an id to find its lines by. */
export interface RequestContext {
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `work` (and everything it starts) inside a request's context. */
export function runInRequestContext<Result>(context: RequestContext, work: () => Result): Result {
  return storage.run(context, work);
}

/** The id of the request being served, or undefined outside one (startup, background jobs). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

// A proxy's or client's id is kept only when it cannot smuggle anything into a log line or header.
const saneRequestId = /^[A-Za-z0-9_-]{1,64}$/;

/** The incoming X-Request-Id when it is sane (≤ 64 of [A-Za-z0-9-_]), else a fresh UUID. */
export function requestIdFrom(incoming: string | string[] | undefined): string {
  const value = Array.isArray(incoming) ? incoming[0] : incoming;
  return value !== undefined && saneRequestId.test(value) ? value : randomUUID();
}
