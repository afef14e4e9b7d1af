import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokens } from '../../db/schema.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { verifyAccessToken } from '../../mcp/access-tokens.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

function createToken(cookie: string, body: unknown) {
  return server.request('/api/tokens', { method: 'POST', cookie, body: JSON.stringify(body) });
}

describe('personal access tokens', () => {
  it('shows a new token once and stores only a hash of its secret', async () => {
    const { cookie, user } = await server.signUp();

    const response = await createToken(cookie, { name: 'Claude Desktop', scopes: ['read', 'write'], expiresInDays: 30 });
    const { token, accessToken } = await response.json();
    const secret = token.split('.')[1];
    const stored = await withAuthRole(server.handle.db, (tx) => tx.select().from(accessTokens).where(eq(accessTokens.userId, user.id)));

    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(token).toMatch(/^atlas_pat_[a-z2-7]{24}\.[a-z2-7]{24}$/);
    expect(accessToken).toEqual({
      id: expect.any(String),
      name: 'Claude Desktop',
      scopes: ['read', 'write'],
      createdAt: expect.any(String),
      lastUsedAt: null,
      expiresAt: expect.any(String),
      revokedAt: null,
    });
    expect(new Date(accessToken.expiresAt).getTime() - new Date(accessToken.createdAt).getTime()).toBe(30 * 24 * 60 * 60 * 1000);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.secretHash).toHaveLength(32);
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(await verifyAccessToken(server.handle.db, token, new Date())).toEqual({
      userId: user.id,
      scopes: ['read', 'write'],
      tokenId: accessToken.id,
      name: 'Claude Desktop',
    });
  });

  it('lists the user’s tokens without any secret or hash', async () => {
    const { cookie } = await server.signUp();
    const { token } = await (await createToken(cookie, { name: 'Script', scopes: ['read'] })).json();

    const response = await server.request('/api/tokens', { cookie });
    const body = await response.json();

    expect(response.status).toBe(200);
    expect(body.accessTokens).toEqual([expect.objectContaining({ name: 'Script', scopes: ['read'], expiresAt: null })]);
    expect(Object.keys(body.accessTokens[0]).sort()).toEqual(
      ['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'scopes'].sort(),
    );
    expect(JSON.stringify(body)).not.toContain(token.split('.')[1]);
  });

  it('revokes a token so it no longer verifies', async () => {
    const { cookie } = await server.signUp();
    const { token, accessToken } = await (await createToken(cookie, { name: 'Old laptop', scopes: ['read'] })).json();

    const revoke = await server.request(`/api/tokens/${accessToken.id}`, { method: 'DELETE', cookie });
    const { accessTokens: listed } = await (await server.request('/api/tokens', { cookie })).json();

    expect(revoke.status).toBe(204);
    expect(listed[0].revokedAt).toEqual(expect.any(String));
    expect(await verifyAccessToken(server.handle.db, token, new Date())).toBeNull();
  });

  it('does not let another user revoke my token', async () => {
    const owner = await server.signUp();
    const other = await server.signUp();
    const { token, accessToken } = await (await createToken(owner.cookie, { name: 'Mine', scopes: ['read'] })).json();

    const revoke = await server.request(`/api/tokens/${accessToken.id}`, { method: 'DELETE', cookie: other.cookie });

    expect(revoke.status).toBe(404);
    expect(await verifyAccessToken(server.handle.db, token, new Date())).toMatchObject({ userId: owner.user.id });
  });

  it('refuses a token without the read scope, naming the field', async () => {
    const { cookie } = await server.signUp();

    const response = await createToken(cookie, { name: 'Writer', scopes: ['write'] });

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields).toEqual([expect.objectContaining({ path: 'scopes' })]);
  });

  it('requires a signed-in user', async () => {
    const response = await server.request('/api/tokens', { method: 'POST', body: JSON.stringify({ name: 'x', scopes: ['read'] }) });

    expect(response.status).toBe(401);
  });
});
