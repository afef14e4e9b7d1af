/**
 * What error reports and logs must never carry (promise 16): email addresses, tokens and keys, and
 * anything a user wrote or uploaded. Patterns catch the first two wherever they appear; content is kept
 * out by reporting only an allowlist of error fields (name, message, code, status, stack frames) and by
 * cutting the places where libraries quote it (query parameters, quoted input values, request bodies).
 */
const secretPatterns: [RegExp, string][] = [
  [/\batlas_pat_[a-z2-7]{24}\.[a-z2-7]{24}\b/g, '[token]'],
  // Session tokens: <id>.<secret>, 24 base32 characters each.
  [/\b[a-z2-7]{24}\.[a-z2-7]{24}\b/g, '[token]'],
  [/\b(Bearer|Basic)\s+[\w.~+/=-]+/gi, '$1 [token]'],
  [/\bya29\.[\w.-]+/g, '[token]'],
  [/\b1\/\/[\w-]{20,}/g, '[token]'],
  [/\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g, '[token]'],
  [/\bAIza[\w-]{30,}/g, '[key]'],
  [/\b(sk|rk)-[\w-]{16,}/g, '[key]'],
  [/[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/([?&#](code|state|token|access_token|refresh_token|id_token|key|password|email)=)[^&\s#"]*/gi, '$1[redacted]'],
];

/** Removes emails, tokens and keys from any text. */
export function scrubSecrets(text: string): string {
  return secretPatterns.reduce((scrubbed, [pattern, replacement]) => scrubbed.replace(pattern, replacement), text);
}

const maximumMessageLength = 500;

/**
 * An error message fit for a report: without the places where libraries quote user data (drizzle's
 * `params:` list of query values, Postgres's quoted input values, JSON.parse's echo of its input),
 * without secrets, and cut short.
 */
export function scrubErrorMessage(message: string): string {
  const withoutQuotedData = message
    .replace(/\n?\s*params: [\s\S]*$/, '')
    .replace(/: "(?:[^"\\]|\\.)*"/g, ': "[redacted]"')
    .replace(/"(?:[^"\\]|\\.)*" is not valid JSON/g, '"[redacted]" is not valid JSON');
  const scrubbed = scrubSecrets(withoutQuotedData);
  return scrubbed.length > maximumMessageLength ? `${scrubbed.slice(0, maximumMessageLength)}…` : scrubbed;
}

/** The parts of an error a report may hold. Fields such as `requestBodyValues`, `params` or `detail` never do. */
export interface SafeError {
  name: string;
  message: string;
  code?: string | number;
  status?: number;
  /** Stack frames only (`at function (file:line:column)`): code locations, never data. */
  stack?: string[];
  cause?: SafeError;
}

/** An error Postgres raised (pg's and PGlite's alike): a SQLSTATE code and a severity. */
function isPostgresError(error: Error): error is Error & { code: string } {
  const fields = error as Error & { code?: unknown; severity?: unknown };
  return typeof fields.code === 'string' && /^[0-9A-Z]{5}$/.test(fields.code) && typeof fields.severity === 'string';
}

/**
 * Postgres's own messages quote the values they refuse ("Key (email)=(…) already exists", a
 * trigger's RAISE with the row it saw), in forms no pattern can list: a report keeps only the
 * SQLSTATE, which says what kind of failure it was.
 */
function postgresErrorMessage(error: Error & { code: string }): string {
  return `Postgres refused the statement (SQLSTATE ${error.code})`;
}

/** An error reduced to what may be reported; anything thrown (not only Errors) is accepted. */
export function describeError(error: unknown, depth = 0): SafeError {
  if (!(error instanceof Error)) return { name: typeof error, message: '(a non-Error value was thrown)' };
  const fields = error as Error & { code?: unknown; status?: unknown; statusCode?: unknown };
  const described: SafeError = { name: error.name, message: isPostgresError(error) ? postgresErrorMessage(error) : scrubErrorMessage(error.message) };
  if ((typeof fields.code === 'string' && fields.code.length <= 64) || typeof fields.code === 'number') described.code = fields.code;
  const status = typeof fields.status === 'number' ? fields.status : fields.statusCode;
  if (typeof status === 'number') described.status = status;
  const frames = error.stack?.split('\n').filter((line) => /^\s+at /.test(line)).map((line) => scrubSecrets(line.trim()));
  if (frames?.length) described.stack = frames;
  if (error.cause !== undefined && depth < 3) described.cause = describeError(error.cause, depth + 1);
  return described;
}

/**
 * A fresh Error holding only what `describeError` keeps, with the original's name, message and
 * frames, for reporters (Sentry) that read errors themselves.
 */
export function toReportableError(error: unknown): Error {
  const build = (safe: SafeError): Error => {
    const reportable = new Error(safe.message, safe.cause ? { cause: build(safe.cause) } : undefined);
    reportable.name = safe.name;
    reportable.stack = [`${safe.name}: ${safe.message}`, ...(safe.stack ?? []).map((frame) => `    ${frame}`)].join('\n');
    return reportable;
  };
  return build(describeError(error));
}

/** Every string in a JSON-like value, scrubbed of secrets; other values unchanged. */
export function scrubDeep<Value>(value: Value, depth = 0): Value {
  if (typeof value === 'string') return scrubSecrets(value) as Value;
  if (depth > 12 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, depth + 1)) as Value;
  if (value instanceof Date || value instanceof Error) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrubDeep(item, depth + 1)])) as Value;
}
