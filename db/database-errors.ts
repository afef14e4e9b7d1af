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
