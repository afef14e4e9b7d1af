import { request as httpRequest } from 'node:http';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { createAccessToken, revokeAccessToken, type AccessTokenScope } from '../../mcp/access-tokens.ts';
import { tools } from '../../tools/index.ts';
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

async function userWithToken(scopes: AccessTokenScope[] = ['read', 'write'], options: { expiresInDays?: number; now?: Date } = {}) {
  const user = await createTestUser(server.handle.db);
  const { token, accessToken } = await createAccessToken(server.handle.db, {
    userId: user.id,
    name: 'MCP test',
    scopes,
    expiresInDays: options.expiresInDays,
    now: options.now ?? new Date(),
  });
  return { user, token, tokenId: accessToken.id };
}

async function connect(token: string) {
  const client = new Client({ name: 'atlas-test', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL('/mcp', server.url), {
    requestInit: { headers: { Authorization: `Bearer ${token}` } },
  });
  await client.connect(transport);
  clients.push(client);
  return client;
}

/** A raw MCP initialize request, for the answers an SDK client would not show. */
function postInitialize(headers: Record<string, string>, baseUrl = server.url) {
  return fetch(`${baseUrl}/mcp`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1.0.0' } },
    }),
  });
}

describe('MCP over Streamable HTTP', () => {
  it('lists every tool with its effect as annotations and its output schema', async () => {
    const { token } = await userWithToken();
    const client = await connect(token);

    const { tools: listed } = await client.listTools();
    const byName = Object.fromEntries(listed.map((tool) => [tool.name, tool]));

    expect(client.getServerVersion()?.name).toBe('atlas');
    expect(Object.keys(byName).sort()).toEqual(tools.map((tool) => tool.name).sort());
    expect(byName.listApplications!.annotations).toMatchObject({ readOnlyHint: true, openWorldHint: false });
    // readOnlyHint false and destructiveHint true are MCP's defaults, so they are left out.
    expect(byName.updateApplication!.annotations).toEqual({ idempotentHint: true, openWorldHint: false });
    expect(byName.saveJob!.annotations).toEqual({ destructiveHint: false, idempotentHint: true, openWorldHint: false });
    expect(byName.listApplications!.outputSchema?.properties).toHaveProperty('applications');
    expect(byName.updateApplication!.inputSchema.required).toEqual(['applicationId']);
  });

  it('returns the token owner’s applications as structured content, and nobody else’s', async () => {
    const alice = await userWithToken(['read']);
    const bob = await userWithToken(['read']);
    await seedApplications(server.handle.db, alice.user.id, [
      { company: 'Acme', title: 'Backend Engineer', status: 'applied' },
      { company: 'Globex', title: 'Platform Engineer' },
    ]);

    const seenByAlice = await (await connect(alice.token)).callTool({ name: 'listApplications', arguments: {} });
    const seenByBob = await (await connect(bob.token)).callTool({ name: 'listApplications', arguments: {} });

    expect(seenByAlice.isError).toBeFalsy();
    expect(seenByAlice.structuredContent).toMatchObject({ total: 2 });
    expect((seenByAlice.structuredContent as { applications: { company: string }[] }).applications.map((a) => a.company).sort()).toEqual([
      'Acme',
      'Globex',
    ]);
    expect(JSON.parse((seenByAlice.content as { text: string }[])[0]!.text)).toEqual(seenByAlice.structuredContent);
    expect(seenByBob.structuredContent).toEqual({ applications: [], total: 0 });
  });

  it('answers a call of every tool with a result or an error the client can read, never a crash', async () => {
    const { token } = await userWithToken(['read', 'write']);
    const client = await connect(token);

    for (const tool of tools) {
      const result = await client.callTool({ name: tool.name, arguments: {} });
      const text = (result.content as { text: string }[])[0]!.text;

      if (result.isError) expect(text, tool.name).not.toMatch(/failed on Atlas's side|\n\s+at /);
      else expect(tool.output.safeParse(result.structuredContent).success, tool.name).toBe(true);
    }
  });

  it('answers bad arguments with a tool error that names the problem', async () => {
    const { token } = await userWithToken();
    const client = await connect(token);

    const result = await client.callTool({ name: 'listApplications', arguments: { status: 'ghosted' } });

    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toMatch(/status/);
    expect((result.content as { text: string }[])[0]!.text).not.toMatch(/\n\s+at /);
  });

  it('answers a missing application with a not-found tool error', async () => {
    const { token } = await userWithToken();
    const client = await connect(token);
    const applicationId = crypto.randomUUID();

    const result = await client.callTool({ name: 'updateApplication', arguments: { applicationId, status: 'applied' } });

    expect(result).toEqual({ isError: true, content: [{ type: 'text', text: `Application ${applicationId} was not found` }] });
  });

  it('lets a write token change an application, recorded and audited as made over MCP with that token', async () => {
    const { user, token } = await userWithToken(['read', 'write']);
    const [application] = await seedApplications(server.handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);
    const client = await connect(token);

    const result = await client.callTool({
      name: 'updateApplication',
      arguments: { applicationId: application!.id, status: 'interviewing' },
    });
    const history = await withUser(server.handle.db, user.id, (tx) => tx.query.applicationStatusHistory.findMany());
    const audit = await withUser(server.handle.db, user.id, (tx) => tx.query.auditEvents.findMany());

    expect(result.structuredContent).toMatchObject({ statusChanged: true, application: { status: 'interviewing' } });
    expect(history).toEqual([expect.objectContaining({ toStatus: 'interviewing', actor: 'mcp' })]);
    expect(audit).toEqual([
      expect.objectContaining({ actor: 'mcp', actorDetail: 'access token "MCP test"', recordId: application!.id, clientAddress: expect.stringMatching(/127\.0\.0\.1/) }),
    ]);
  });

  it('refuses a write tool to a read-only token and leaves the row unchanged', async () => {
    const { user, token } = await userWithToken(['read']);
    const [application] = await seedApplications(server.handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);
    const client = await connect(token);

    const result = await client.callTool({
      name: 'updateApplication',
      arguments: { applicationId: application!.id, status: 'withdrawn' },
    });
    const [unchanged] = await withUser(server.handle.db, user.id, (tx) => tx.query.applications.findMany());

    expect(result.isError).toBe(true);
    expect((result.content as { text: string }[])[0]!.text).toMatch(/read-only.*write scope/);
    expect(unchanged?.status).toBe('saved');
  });
});

describe('MCP authorization', () => {
  const metadataUrl = () => `${server.url}/.well-known/oauth-protected-resource/mcp`;

  it('asks for a token, pointing at the resource metadata, when none is sent', async () => {
    const response = await postInitialize({});

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain(`resource_metadata="${metadataUrl()}"`);
    expect(response.headers.get('www-authenticate')).toContain('scope="read write"');
    expect(response.headers.get('www-authenticate')).not.toContain('error=');
  });

  it('refuses an unknown, a revoked and an expired token as invalid_token', async () => {
    const valid = await userWithToken();
    const revoked = await userWithToken();
    await revokeAccessToken(server.handle.db, { userId: revoked.user.id, tokenId: revoked.tokenId, now: new Date() });
    const expired = await userWithToken(['read'], { expiresInDays: 1, now: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) });
    const wrongSecret = `${valid.token.split('.')[0]}.${'a'.repeat(24)}`;

    for (const token of [wrongSecret, revoked.token, expired.token]) {
      const response = await postInitialize({ authorization: `Bearer ${token}` });
      const challenge = response.headers.get('www-authenticate');

      expect(response.status).toBe(401);
      expect(challenge).toMatch(/^Bearer error="invalid_token"/);
      expect(challenge).toContain(`resource_metadata="${metadataUrl()}"`);
    }
  });

  it('accepts a valid token sent from the app’s own origin', async () => {
    const { token } = await userWithToken();

    const response = await postInitialize({ authorization: `Bearer ${token}`, origin: server.url });

    expect(response.status).toBe(200);
    expect((await response.json()).result.serverInfo.name).toBe('atlas');
  });

  it('refuses a request from a foreign origin even with a valid token', async () => {
    const { token } = await userWithToken();

    const response = await postInitialize({ authorization: `Bearer ${token}`, origin: 'https://evil.example' });

    expect(response.status).toBe(403);
  });

  it('refuses a request addressed to another host name, so a rebound DNS name cannot reach a local server', async () => {
    const { token } = await userWithToken();
    const { port } = new URL(server.url);

    const status = await new Promise<number>((resolve, reject) => {
      const sent = httpRequest(
        { host: '127.0.0.1', port, path: '/mcp', method: 'POST', headers: { host: `attacker.example:${port}`, authorization: `Bearer ${token}` } },
        (response) => resolve(response.statusCode!),
      );
      sent.on('error', reject);
      sent.end();
    });

    expect(status).toBe(403);
  });

  it('limits requests per token, answering 429 with Retry-After', async () => {
    const limited = await startTestServer({ environment: { ATLAS_MCP_REQUESTS_PER_MINUTE: '2' } });
    try {
      const user = await createTestUser(limited.handle.db);
      const { token } = await createAccessToken(limited.handle.db, { userId: user.id, name: 'Busy', scopes: ['read'], now: new Date() });
      const other = await createTestUser(limited.handle.db);
      const { token: otherToken } = await createAccessToken(limited.handle.db, { userId: other.id, name: 'Quiet', scopes: ['read'], now: new Date() });
      const post = (bearer: string) => postInitialize({ authorization: `Bearer ${bearer}` }, limited.url);

      const statuses = [(await post(token)).status, (await post(token)).status];
      const third = await post(token);
      const otherTokensFirst = await post(otherToken);

      expect(statuses).toEqual([200, 200]);
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(otherTokensFirst.status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('refuses a JSON-RPC batch as the current protocol says, running none of its calls', async () => {
    const { token } = await userWithToken();
    const call = (id: number) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name: 'listApplications', arguments: {} } });

    const response = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify(Array.from({ length: 100 }, (_, index) => call(index + 1))),
    });

    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32600, message: expect.stringMatching(/batch/i) } });
  });

  it('answers malformed JSON with a JSON-RPC parse error', async () => {
    const { token } = await userWithToken();

    const response = await fetch(`${server.url}/mcp`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: '{"jsonrpc": "2.0", "id": 1, "method": ',
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringMatching(/Parse error/) } });
  });

  it('answers GET and DELETE with 405, since the server keeps no sessions', async () => {
    const { token } = await userWithToken();

    for (const method of ['GET', 'DELETE']) {
      const response = await fetch(`${server.url}/mcp`, { method, headers: { authorization: `Bearer ${token}` } });

      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
  });

  it('publishes protected resource metadata at the MCP path and at the root', async () => {
    const expected = {
      resource: `${server.url}/mcp`,
      authorization_servers: [`${server.url}/`],
      scopes_supported: ['read', 'write'],
      bearer_methods_supported: ['header'],
    };

    const atPath = await fetch(metadataUrl());
    const atRoot = await fetch(`${server.url}/.well-known/oauth-protected-resource`);

    expect(atPath.status).toBe(200);
    expect(await atPath.json()).toEqual(expected);
    expect(await atRoot.json()).toEqual(expected);
  });
});
