/** A refusal from the Atlas API, with the reason it gave (and the fields at fault, for bad input). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: { path: string; message: string }[] = [],
  ) {
    super(message);
  }

  /** The reason in one line: the message, and what is wrong with the first field at fault when it adds something. */
  get reason() {
    const field = this.fields[0];
    return field && !this.message.includes(field.message) ? `${this.message}: ${field.message}` : this.message;
  }
}

interface ErrorBody {
  error?: { code?: string; message?: string; fields?: { path: string; message: string }[] };
}

/** Listeners told when the API answers 401: the session ended (expired, signed out elsewhere, password changed). */
const sessionEndedListeners = new Set<() => void>();
export function onSessionEnded(listener: () => void) {
  sessionEndedListeners.add(listener);
  return () => void sessionEndedListeners.delete(listener);
}

/** Says the session ended, for calls made without callApi (the chat stream). */
export function notifySessionEnded() {
  for (const listener of sessionEndedListeners) listener();
}

export async function readApiError(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  return new ApiError(
    response.status,
    body.error?.code ?? 'unknown',
    body.error?.message ?? `The server answered ${response.status}`,
    body.error?.fields,
  );
}

/**
 * Calls the Atlas API as the signed-in user (the session cookie goes along; no token is held in
 * script). Objects go as JSON, FormData as multipart. Resolves to the JSON answer, or undefined for 204.
 */
export async function callApi<Result>(
  path: string,
  options: { method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; signal?: AbortSignal } = {},
): Promise<Result> {
  const { method = options.body === undefined ? 'GET' : 'POST', body, signal } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers: body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'offline', 'Atlas cannot be reached; check your connection and try again');
  }
  if (!response.ok) {
    const error = await readApiError(response);
    if (response.status === 401 && !path.startsWith('/api/auth/')) notifySessionEnded();
    throw error;
  }
  if (response.status === 204) return undefined as Result;
  return (await response.json()) as Result;
}

/** The words to show for any failure: the API's reason, or a plain fallback. */
export function describeError(error: unknown) {
  if (error instanceof ApiError) return error.reason;
  return 'Something went wrong; try again';
}
