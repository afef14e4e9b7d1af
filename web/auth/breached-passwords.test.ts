import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.ts';
import { startPwnedPasswordsStub, type PwnedPasswordsStub } from './test-pwned-passwords-stub.ts';

// Strong enough for zxcvbn, so only the breach check can refuse it.
const breachedPassword = 'copper-lantern-harbour-1987';
const freshPassword = 'violet-harbour-lantern-42';

let stub: PwnedPasswordsStub;
let server: TestServer;
let checkOff: TestServer;
beforeAll(async () => {
  stub = await startPwnedPasswordsStub({ [breachedPassword]: 4213 });
  server = await startTestServer({ environment: { ATLAS_HIBP_CHECK: 'true', ATLAS_HIBP_URL: stub.url } });
  checkOff = await startTestServer({ environment: { ATLAS_HIBP_CHECK: 'false', ATLAS_HIBP_URL: stub.url } });
});
afterAll(async () => {
  await server.close();
  await checkOff.close();
  await stub.close();
});

function signUp(target: TestServer, password: string) {
  return target.request('/api/auth/signup', {
    method: 'POST',
    body: JSON.stringify({ email: `${crypto.randomUUID()}@example.test`, password }),
  });
}

describe('the breached-password check', () => {
  it('refuses a password found in breaches, having sent only the first five characters of its SHA-1', async () => {
    stub.behaviour = 'answer';
    stub.requests.length = 0;
    const hash = createHash('sha1').update(breachedPassword).digest('hex').toUpperCase();

    const response = await signUp(server, breachedPassword);

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: [{ path: 'password', message: expect.stringMatching(/4,213 times in known data breaches/) }] } });
    expect(stub.requests).toEqual([expect.objectContaining({ path: `/range/${hash.slice(0, 5)}` })]);
    expect(stub.requests[0]!.headers['add-padding']).toBe('true');
    expect(JSON.stringify(stub.requests)).not.toContain(hash.slice(5));
  });

  it('accepts a password the service has not seen, decoy lines included', async () => {
    stub.behaviour = 'answer';

    expect((await signUp(server, freshPassword)).status).toBe(201);
  });

  it('never blocks sign-up when the service fails or does not answer in time', async () => {
    stub.behaviour = 'fail';
    const failed = await signUp(server, breachedPassword);
    stub.behaviour = 'hang';
    const startedAt = Date.now();
    const timedOut = await signUp(server, breachedPassword);

    expect(failed.status).toBe(201);
    expect(timedOut.status).toBe(201);
    expect(Date.now() - startedAt).toBeLessThan(5000);
  });

  it('checks the new password on a password change too', async () => {
    stub.behaviour = 'answer';
    const { cookie } = await server.signUp({ password: freshPassword });

    const response = await server.request('/api/auth/password', {
      method: 'POST',
      cookie,
      body: JSON.stringify({ currentPassword: freshPassword, newPassword: breachedPassword }),
    });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { fields: [{ path: 'newPassword' }] } });
  });

  it('asks nobody when turned off', async () => {
    stub.behaviour = 'answer';
    stub.requests.length = 0;

    const response = await signUp(checkOff, breachedPassword);

    expect(response.status).toBe(201);
    expect(stub.requests).toEqual([]);
  });
});
