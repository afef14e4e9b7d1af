import { createHash, randomBytes } from 'node:crypto';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { UnauthorizedError, type OAuthClientProvider } from '@modelcontextprotocol/sdk/client/auth.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { OAuthClientInformationMixed, OAuthTokens } from '@modelcontextprotocol/sdk/shared/auth.js';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { oauthGrants, oauthTokens } from '../../db/schema.ts';
import { withAuthRole, withUser } from '../../db/with-user.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

const redirectUri = 'http://127.0.0.1:6274/oauth/callback';
const mcpUrl = () => `${server.url}/mcp`;

function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function registerClient(metadata: Record<string, unknown> = {}) {
  const response = await fetch(`${server.url}/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ client_name: 'Test Agent', redirect_uris: [redirectUri], ...metadata }),
  });
  return { status: response.status, body: await response.json() };
}

function authorizationUrl(options: { clientId: string; challenge: string; scope?: string; resource?: string; redirect?: string }) {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: options.clientId,
    redirect_uri: options.redirect ?? redirectUri,
    code_challenge: options.challenge,
    code_challenge_method: 'S256',
    state: 'state-123',
    scope: options.scope ?? 'read write',
    resource: options.resource ?? mcpUrl(),
  });
  return `/authorize?${query}`;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The consent page's hidden fields, as a browser would submit them. */
function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [, name, value] of html.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)) {
    fields[name!] = value!.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!);
  }
  return fields;
}

/** Submits the consent form as the signed-in user's browser does; returns where Atlas sends the browser. */
async function decide(cookie: string, fields: Record<string, string>, choice: { decision: 'allow' | 'deny'; write?: boolean }) {
  const form = new URLSearchParams({ ...fields, decision: choice.decision });
  if (choice.write ?? true) form.set('write', 'allow');
  const response = await server.request('/oauth/consent', {
    method: 'POST',
    cookie,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  expect(response.status).toBe(302);
  return new URL(response.headers.get('location')!);
}

/** Registers a client and walks a signed-in user through consent; returns the code and what the token request needs. */
async function authorizedCode(options: { write?: boolean; scope?: string } = {}) {
  const user = await server.signUp();
  const { body: client } = await registerClient();
  const { verifier, challenge } = pkce();
  const page = await server.request(authorizationUrl({ clientId: client.client_id, challenge, scope: options.scope }), { cookie: user.cookie });
  expect(page.status).toBe(200);
  const callback = await decide(user.cookie, hiddenFields(await page.text()), { decision: 'allow', write: options.write });
  return { user, clientId: client.client_id as string, verifier, code: callback.searchParams.get('code')!, callback };
}

async function token(parameters: Record<string, string>) {
  const response = await fetch(`${server.url}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(parameters).toString(),
  });
  return { status: response.status, body: await response.json() };
}

function exchange(issued: { clientId: string; code: string; verifier: string }, overrides: Record<string, string> = {}) {
  return token({
    grant_type: 'authorization_code',
    client_id: issued.clientId,
    code: issued.code,
    code_verifier: issued.verifier,
    redirect_uri: redirectUri,
    resource: mcpUrl(),
    ...overrides,
  });
}

function connectWithToken(accessToken: string) {
  const client = new Client({ name: 'oauth-test', version: '1.0.0' });
  clients.push(client);
  const transport = new StreamableHTTPClientTransport(new URL(mcpUrl()), {
    requestInit: { headers: { Authorization: `Bearer ${accessToken}` } },
  });
  return client.connect(transport).then(() => client);
}

function postToMcp(accessToken: string) {
  return fetch(mcpUrl(), {
    method: 'POST',
    headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list', params: {} }),
  });
}

/** An MCP client's side of OAuth as the SDK runs it, with the browser step done by `openBrowser`. */
class TestOAuthProvider implements OAuthClientProvider {
  information?: OAuthClientInformationMixed;
  saved?: OAuthTokens;
  verifier = '';
  pendingAuthorization?: URL;
  readonly redirectUrl = redirectUri;
  readonly clientMetadata = {
    client_name: 'SDK Agent',
    redirect_uris: [redirectUri],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
  };
  clientInformation = () => this.information;
  saveClientInformation = (information: OAuthClientInformationMixed) => void (this.information = information);
  tokens = () => this.saved;
  saveTokens = (tokens: OAuthTokens) => void (this.saved = tokens);
  saveCodeVerifier = (verifier: string) => void (this.verifier = verifier);
  codeVerifier = () => this.verifier;
  redirectToAuthorization = (url: URL) => void (this.pendingAuthorization = url);
}

describe('OAuth for MCP clients', () => {
  it('lets an SDK client register, get the user’s consent, exchange the code and call tools as that user', async () => {
    const user = await server.signUp();
    await seedApplications(server.handle.db, user.user.id, [{ company: 'Acme', title: 'Platform Engineer' }]);
    const provider = new TestOAuthProvider();

    const firstTry = new Client({ name: 'sdk-agent', version: '1.0.0' });
    const firstTransport = new StreamableHTTPClientTransport(new URL(mcpUrl()), { authProvider: provider });
    await expect(firstTry.connect(firstTransport)).rejects.toBeInstanceOf(UnauthorizedError);
    const consentPage = await server.request(provider.pendingAuthorization!.pathname + provider.pendingAuthorization!.search, { cookie: user.cookie });
    const html = await consentPage.text();
    const callback = await decide(user.cookie, hiddenFields(html), { decision: 'allow' });
    await firstTransport.finishAuth(callback.searchParams.get('code')!);

    const client = new Client({ name: 'sdk-agent', version: '1.0.0' });
    clients.push(client);
    await client.connect(new StreamableHTTPClientTransport(new URL(mcpUrl()), { authProvider: provider }));
    const result = await client.callTool({ name: 'listApplications', arguments: {} });
    await client.readResource({ uri: 'atlas://cv' }).catch(() => undefined);
    const audit = await withUser(server.handle.db, user.user.id, (tx) => tx.query.auditEvents.findMany());

    expect(provider.pendingAuthorization!.searchParams.get('code_challenge_method')).toBe('S256');
    expect(provider.pendingAuthorization!.searchParams.get('resource')).toBe(mcpUrl());
    expect(html).toContain('Connect SDK Agent to Atlas?');
    expect(html).toContain(user.user.email);
    expect(html).not.toMatch(/<script/i);
    expect(callback.origin + callback.pathname).toBe(redirectUri);
    expect(provider.saved).toMatchObject({ token_type: 'Bearer', scope: 'read write', expires_in: 3600 });
    expect(provider.saved!.access_token).toMatch(/^atlas_oat_/);
    expect(result.structuredContent).toMatchObject({ total: 1, applications: [expect.objectContaining({ company: 'Acme' })] });
    expect(audit).toEqual([expect.objectContaining({ actor: 'mcp', actorDetail: 'MCP app "SDK Agent"', recordKind: 'cv' })]);
  });

  it('publishes authorization server metadata for public clients with PKCE S256', async () => {
    const response = await fetch(`${server.url}/.well-known/oauth-authorization-server`);
    const metadata = await response.json();
    const resourceMetadata = await (await fetch(`${server.url}/.well-known/oauth-protected-resource/mcp`)).json();

    expect(metadata).toMatchObject({
      issuer: `${server.url}/`,
      authorization_endpoint: `${server.url}/authorize`,
      token_endpoint: `${server.url}/token`,
      registration_endpoint: `${server.url}/register`,
      revocation_endpoint: `${server.url}/revoke`,
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['none'],
      scopes_supported: ['read', 'write'],
    });
    expect(resourceMetadata.authorization_servers).toEqual([metadata.issuer]);
  });

  it('registers every client as public, without a secret, and refuses plain-http redirects off this machine', async () => {
    const confidential = await registerClient({ token_endpoint_auth_method: 'client_secret_post' });
    const overNetwork = await registerClient({ redirect_uris: ['http://attacker.example/callback'] });

    expect(confidential.status).toBe(201);
    expect(confidential.body).toMatchObject({ token_endpoint_auth_method: 'none', client_name: 'Test Agent' });
    expect(confidential.body).not.toHaveProperty('client_secret');
    expect(overNetwork.status).toBe(400);
    expect(overNetwork.body.error).toBe('invalid_client_metadata');
  });

  it('sends a signed-out user to sign in, and back to the same authorization request after', async () => {
    const { body: client } = await registerClient();
    const { challenge } = pkce();

    const response = await server.request(authorizationUrl({ clientId: client.client_id, challenge }));
    const location = new URL(response.headers.get('location')!, server.url);
    const returnTo = new URL(location.searchParams.get('return_to')!, server.url);

    expect(response.status).toBe(302);
    expect(location.pathname).toBe('/');
    expect(returnTo.pathname).toBe('/authorize');
    expect(Object.fromEntries(returnTo.searchParams)).toMatchObject({ client_id: client.client_id, code_challenge: challenge, state: 'state-123' });
  });

  it('requires PKCE with S256', async () => {
    const user = await server.signUp();
    const { body: client } = await registerClient();
    const plain = authorizationUrl({ clientId: client.client_id, challenge: 'x'.repeat(43) }).replace('code_challenge_method=S256', 'code_challenge_method=plain');

    const response = await server.request(plain, { cookie: user.cookie });
    const location = new URL(response.headers.get('location')!);

    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toMatch(/code_challenge_method/);
  });

  it('refuses a code with the wrong PKCE verifier', async () => {
    const issued = await authorizedCode();

    const refused = await exchange(issued, { code_verifier: pkce().verifier });

    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_grant');
  });

  it('refuses a code presented twice, and revokes the tokens issued for it', async () => {
    const issued = await authorizedCode();
    const first = await exchange(issued);

    const second = await exchange(issued);
    const afterReplay = await postToMcp(first.body.access_token);

    expect(first.status).toBe(200);
    expect(second.status).toBe(400);
    expect(second.body.error).toBe('invalid_grant');
    expect(afterReplay.status).toBe(401);
  });

  it('refuses a code exchanged with a different redirect_uri', async () => {
    const issued = await authorizedCode();

    const refused = await exchange(issued, { redirect_uri: 'http://127.0.0.1:6274/other' });

    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_grant');
  });

  it('refuses to authorize a redirect_uri the client did not register, without redirecting there', async () => {
    const user = await server.signUp();
    const { body: client } = await registerClient();

    const response = await server.request(
      authorizationUrl({ clientId: client.client_id, challenge: pkce().challenge, redirect: 'https://attacker.example/callback' }),
      { cookie: user.cookie },
    );

    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });

  it('refuses tokens for any resource but its own MCP endpoint, at authorization and at exchange', async () => {
    const user = await server.signUp();
    const { body: client } = await registerClient();
    const issued = await authorizedCode();

    const authorization = await server.request(
      authorizationUrl({ clientId: client.client_id, challenge: pkce().challenge, resource: 'https://other.example/mcp' }),
      { cookie: user.cookie },
    );
    const exchanged = await exchange(issued, { resource: 'https://other.example/mcp' });

    expect(new URL(authorization.headers.get('location')!).searchParams.get('error')).toBe('invalid_target');
    expect(exchanged.status).toBe(400);
    expect(exchanged.body.error).toBe('invalid_target');
  });

  it('refuses at /mcp a token whose grant was issued for another resource', async () => {
    const issued = await authorizedCode();
    const { body: tokens } = await exchange(issued);
    await withAuthRole(server.handle.db, (tx) =>
      tx.update(oauthGrants).set({ resource: 'https://other.example/mcp' }).where(eq(oauthGrants.userId, issued.user.user.id)),
    );

    const response = await postToMcp(tokens.access_token);

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", error_description="The access token was issued for another resource/);
  });

  it('rotates refresh tokens, and revokes the grant when a spent one comes back', async () => {
    const issued = await authorizedCode();
    const { body: first } = await exchange(issued);

    const refreshed = await token({ grant_type: 'refresh_token', client_id: issued.clientId, refresh_token: first.refresh_token });
    const replayed = await token({ grant_type: 'refresh_token', client_id: issued.clientId, refresh_token: first.refresh_token });
    const withRotatedToken = await postToMcp(refreshed.body.access_token);
    const stored = await withAuthRole(server.handle.db, (tx) => tx.select().from(oauthTokens).where(eq(oauthTokens.userId, issued.user.user.id)));

    expect(refreshed.status).toBe(200);
    expect(refreshed.body.refresh_token).not.toBe(first.refresh_token);
    expect(replayed.status).toBe(400);
    expect(replayed.body.error).toBe('invalid_grant');
    expect(withRotatedToken.status).toBe(401);
    expect(stored).toEqual([]);
  });

  it('stores only hashes of the tokens it issues', async () => {
    const issued = await authorizedCode();
    const { body: tokens } = await exchange(issued);

    const stored = await withAuthRole(server.handle.db, (tx) => tx.select().from(oauthTokens).where(eq(oauthTokens.userId, issued.user.user.id)));
    const secrets = [tokens.access_token, tokens.refresh_token].map((value: string) => value.split('.')[1]);

    expect(stored).toHaveLength(2);
    for (const secret of secrets) expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('revokes a token at the client’s request', async () => {
    const issued = await authorizedCode();
    const { body: tokens } = await exchange(issued);

    const revoke = await fetch(`${server.url}/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: issued.clientId, token: tokens.refresh_token }).toString(),
    });

    expect(revoke.status).toBe(200);
    expect((await postToMcp(tokens.access_token)).status).toBe(401);
  });

  it('sends the client an access_denied error when the user denies', async () => {
    const user = await server.signUp();
    const { body: client } = await registerClient();
    const page = await server.request(authorizationUrl({ clientId: client.client_id, challenge: pkce().challenge }), { cookie: user.cookie });

    const callback = await decide(user.cookie, hiddenFields(await page.text()), { decision: 'deny' });

    expect(callback.searchParams.get('error')).toBe('access_denied');
    expect(callback.searchParams.get('state')).toBe('state-123');
    expect(callback.searchParams.has('code')).toBe(false);
  });

  it('refuses a consent form posted from another site', async () => {
    const user = await server.signUp();

    const response = await server.request('/oauth/consent', {
      method: 'POST',
      cookie: user.cookie,
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'decision=allow',
    });

    expect(response.status).toBe(403);
  });

  it('grants read alone when the user unticks changes, and the client is then refused write tools', async () => {
    const issued = await authorizedCode({ write: false });
    const { body: tokens } = await exchange(issued);
    const [application] = await seedApplications(server.handle.db, issued.user.user.id, [{ company: 'Acme', title: 'SRE' }]);
    const client = await connectWithToken(tokens.access_token);

    const result = await client.callTool({ name: 'updateApplication', arguments: { applicationId: application!.id, status: 'applied' } });

    expect(tokens.scope).toBe('read');
    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toMatch(/allowed only to read/);
  });

  it('lists the user’s connected apps, and disconnecting one ends its tokens at once', async () => {
    const issued = await authorizedCode();
    const { body: tokens } = await exchange(issued);
    const other = await server.signUp();

    const listed = await (await server.request('/api/connected-apps', { cookie: issued.user.cookie })).json();
    const seenByOther = await (await server.request('/api/connected-apps', { cookie: other.cookie })).json();
    const [app] = listed.connectedApps;
    const byOther = await server.request(`/api/connected-apps/${app.id}`, { method: 'DELETE', cookie: other.cookie });
    const byOwner = await server.request(`/api/connected-apps/${app.id}`, { method: 'DELETE', cookie: issued.user.cookie });

    expect(listed.connectedApps).toEqual([expect.objectContaining({ clientName: 'Test Agent', scopes: ['read', 'write'] })]);
    expect(seenByOther.connectedApps).toEqual([]);
    expect(byOther.status).toBe(404);
    expect(byOwner.status).toBe(204);
    expect((await postToMcp(tokens.access_token)).status).toBe(401);
  });
});

describe('a password change', () => {
  it('disconnects every MCP app the user let in, so their access and refresh tokens stop working', async () => {
    const issued = await authorizedCode();
    const { body: tokens } = await exchange(issued);
    expect((await postToMcp(tokens.access_token)).status).toBe(200);

    const change = await server.request('/api/auth/password', {
      method: 'POST',
      cookie: issued.user.cookie,
      body: JSON.stringify({ currentPassword: 'violet-harbour-lantern-42', newPassword: 'cobalt-meadow-quartz-77' }),
    });
    const refreshed = await token({ grant_type: 'refresh_token', client_id: issued.clientId, refresh_token: tokens.refresh_token });

    expect(change.status).toBe(200);
    expect(await change.json()).toEqual({ ended: { sessions: 0, accessTokens: 0, connectedApps: 1 } });
    expect((await postToMcp(tokens.access_token)).status).toBe(401);
    expect(refreshed.status).toBe(400);
    expect((await (await server.request('/api/connected-apps', { cookie: issued.user.cookie })).json())).toEqual({ connectedApps: [] });
  });
});
