const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The issuer of Atlas's OAuth server: its public origin. OAuth 2.1 and RFC 8414 require https for
 * an authorization server, with loopback addresses exempt for local use (as the MCP SDK does).
 * Atlas served over plain http on any other host issues no OAuth tokens (undefined): personal
 * access tokens still work there, and codes never cross a network in the clear.
 */
export function oauthIssuer(publicUrl: URL): URL | undefined {
  if (publicUrl.protocol === 'https:' || loopbackHosts.has(publicUrl.hostname)) return new URL(publicUrl.origin);
  return undefined;
}
