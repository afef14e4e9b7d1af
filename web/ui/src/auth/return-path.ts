/**
 * The page to return to after signing in, when it is a path on this same site; null otherwise. It comes
 * from the address bar (`?return_to=`), where anyone can put anything, so an absolute URL, a
 * protocol-relative `//host`, a backslash (which browsers read as a slash), control characters or
 * anything that resolves to another origin is refused: signing in must never send the user elsewhere.
 */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 4096) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return null;
  const base = 'https://atlas.invalid';
  let resolved: URL;
  try {
    resolved = new URL(value, base);
  } catch {
    return null;
  }
  if (resolved.origin !== base) return null;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}
