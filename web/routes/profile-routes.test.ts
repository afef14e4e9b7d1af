import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

function putProfile(cookie: string, profile: unknown) {
  return server.request('/api/profile', { method: 'PUT', cookie, body: JSON.stringify(profile) });
}

describe('search profile API', () => {
  it('starts empty and replaces the whole profile on PUT', async () => {
    const { cookie } = await server.signUp();

    const before = await (await server.request('/api/profile', { cookie })).json();
    await putProfile(cookie, { targetRoles: ['Data Engineer'], locations: ['Lisbon'], salaryFloor: 60_000, salaryCurrency: 'EUR' });
    const replaced = await putProfile(cookie, { targetRoles: ['Analytics Engineer', 'analytics engineer'], seniority: 'senior' });
    const after = await (await server.request('/api/profile', { cookie })).json();

    expect(before).toEqual({
      profile: {
        targetRoles: [],
        seniority: null,
        locations: [],
        remotePreference: null,
        salaryFloor: null,
        salaryCurrency: null,
        dealBreakers: [],
        companiesToAvoid: [],
        updatedAt: null,
      },
    });
    expect(replaced.status).toBe(200);
    expect(after.profile).toMatchObject({
      targetRoles: ['Analytics Engineer'],
      seniority: 'senior',
      locations: [],
      salaryFloor: null,
      salaryCurrency: null,
      updatedAt: expect.any(String),
    });
  });

  it('refuses unknown fields and values out of range, naming each', async () => {
    const { cookie } = await server.signUp();

    const response = await putProfile(cookie, { remotePreference: 'sometimes', salaryFloor: -5, favouriteColour: 'blue' });

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields.map((field: { path: string }) => field.path).sort()).toEqual(['', 'remotePreference', 'salaryFloor']);
  });

  it('shows each user only their own profile', async () => {
    const alice = await server.signUp();
    const bob = await server.signUp();
    await putProfile(alice.cookie, { companiesToAvoid: ['Initech'] });

    const bobs = await (await server.request('/api/profile', { cookie: bob.cookie })).json();

    expect(bobs.profile.companiesToAvoid).toEqual([]);
  });
});
