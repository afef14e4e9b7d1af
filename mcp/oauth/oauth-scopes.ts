import { InvalidScopeError } from '@modelcontextprotocol/sdk/server/auth/errors.js';
import { accessTokenScopeSchema, type AccessTokenScope } from '../access-tokens.ts';

/**
 * The scopes Atlas grants for a request: `read` and `write`, the same two a personal access token
 * has. Write implies read, since a client that changes an application must see it first; asking for
 * nothing gets the least, read. Any other scope is refused rather than silently dropped (RFC 6749 3.3).
 */
export function grantableScopes(requested: readonly string[]): AccessTokenScope[] {
  const unknown = requested.filter((scope) => scope !== '' && !accessTokenScopeSchema.safeParse(scope).success);
  if (unknown.length > 0) {
    throw new InvalidScopeError(`Atlas grants only the scopes read and write, not ${unknown.join(', ')}`);
  }
  return requested.includes('write') ? ['read', 'write'] : ['read'];
}
