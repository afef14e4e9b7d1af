/**
 * How stale a session's or token's last-use time may get before a request writes it again: shown to
 * the user to the minute or so, it is not worth a write on every request.
 */
export const lastUsePrecisionMs = 5 * 60 * 1000;

/** A timestamp as either driver returns it from raw SQL: node-postgres gives a Date, PGlite may give text. */
export function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Whether a request made now should write the last-use time: never written, or older than the precision. */
export function lastUseIsStale(lastUsed: Date | string | null, now: Date): boolean {
  return lastUsed === null || now.getTime() - asDate(lastUsed).getTime() >= lastUsePrecisionMs;
}
