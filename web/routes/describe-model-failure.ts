import { APICallError, RetryError } from 'ai';

/** Network failures by the code Node gives them, said the way a person checking the model server needs them. */
const connectionProblems: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name was not found',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  ECONNRESET: 'the connection was reset',
  UND_ERR_SOCKET: 'the connection was closed',
  EHOSTUNREACH: 'the host is unreachable',
  CERT_HAS_EXPIRED: 'its TLS certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'its TLS certificate is self-signed',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'its TLS certificate could not be verified',
};

/** The first network error code in a chain of causes (undici nests them, sometimes in an AggregateError). */
function networkCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  const queue = [error];
  while (queue.length > 0) {
    const current = queue.shift();
    if (!(current instanceof Error) || seen.has(current)) continue;
    seen.add(current);
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
    queue.push((current as Error & { cause?: unknown }).cause, ...((current as Partial<AggregateError>).errors ?? []));
  }
  return undefined;
}

/** Where the call went, without credentials or a query string (an API key can travel in either). */
function publicAddress(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    return `${origin}${pathname}`;
  } catch {
    return 'the configured address';
  }
}

/**
 * What the browser shows when the model call itself fails: which address failed and why, never the
 * request body, headers or key. Rate limits are retried first, so what arrives then is a RetryError
 * wrapping the last failure.
 */
export function describeModelFailure(error: unknown): string {
  const failure = RetryError.isInstance(error) ? error.lastError : error;
  if (!APICallError.isInstance(failure)) return 'The chat model could not answer; try again.';
  const address = publicAddress(failure.url);
  if (failure.statusCode === 429) return 'The chat model is busy right now (rate limited); try again in a minute.';
  if (failure.statusCode === 401 || failure.statusCode === 403) {
    return `The chat model at ${address} refused the API key (HTTP ${failure.statusCode}); check the key in Atlas's settings file and restart.`;
  }
  // A 404 from a local server is nearly always a model name it does not have (Ollama: model not found).
  if (failure.statusCode === 404) {
    return `The chat model at ${address} answered HTTP 404 (not found): check ATLAS_CHAT_MODEL names a model that server has, and the address in Atlas's settings file.`;
  }
  if (failure.statusCode !== undefined && failure.statusCode >= 500) {
    return `The chat model at ${address} failed with HTTP ${failure.statusCode}; try again, and if it keeps failing, check the model server.`;
  }
  // Any other answer refused this request (what the service said may quote the conversation, so it is not passed on).
  if (failure.statusCode !== undefined) return 'The chat model could not answer; try again.';
  const code = networkCode(failure);
  const reason = code ? `${connectionProblems[code] ?? 'the connection failed'} (${code})` : 'the connection failed';
  return `The chat model at ${address} could not be reached: ${reason}. Check that the model server is running at that address, then try again.`;
}
