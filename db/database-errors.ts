/**
 * True when an error means the database cannot be reached or is refusing work, rather than that
 * the query was wrong: connection refused or reset, server shutdown, too many connections.
 * drizzle wraps driver errors, so the whole cause chain is inspected.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code !== 'string') continue;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(code)) return true;
    // SQLSTATE class 08 (connection exception), 57P0x (operator intervention), 53300 (too many connections)
    if (code.startsWith('08') || code.startsWith('57P0') || code === '53300') return true;
  }
  const message = String((error as { message?: unknown })?.message ?? '');
  return /Connection terminated|PGlite is closed|connect ECONNREFUSED/i.test(message);
}

function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let current = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
  }
  return codes;
}

/**
 * Why the database named by DATABASE_URL could not be opened at start-up, in one line its operator
 * can act on (never the password), or undefined when the failure is not one of those.
 */
export function databaseStartupProblem(error: unknown, databaseUrl: string): string | undefined {
  const { hostname, port, pathname } = new URL(databaseUrl);
  const server = `the PostgreSQL server in DATABASE_URL (${hostname}:${port || 5432})`;
  const codes = errorCodes(error);
  if (codes.includes('28P01') || codes.includes('28000')) return `The PostgreSQL server in DATABASE_URL (${hostname}:${port || 5432}) refused its user name or password.`;
  if (codes.includes('3D000')) return `The database "${decodeURIComponent(pathname.slice(1))}" does not exist on ${server}: create it, or name another in DATABASE_URL.`;
  if (isDatabaseUnavailable(error)) {
    return `Cannot reach ${server} (${codes[0] ?? 'no answer'}): start it or correct DATABASE_URL, or unset DATABASE_URL to use the embedded database.`;
  }
  return undefined;
}
