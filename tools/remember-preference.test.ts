import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { ValidationError } from './errors.ts';
import { getSearchProfile } from './get-search-profile.ts';
import { rememberPreference } from './remember-preference.ts';
import { runTool } from './run-tool.ts';
import { loadSearchProfile } from './search-profile.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const asAgent = (userId: string) => ({ database: handle.db, userId, actor: 'agent' as const, now: () => new Date('2026-11-20T10:00:00Z') });

describe('rememberPreference', () => {
  it('keeps what the user stated and reports which fields changed', async () => {
    const user = await createTestUser(handle.db);

    const result = await runTool(
      rememberPreference,
      {
        targetRoles: { add: ['Backend Engineer', 'Platform Engineer'] },
        seniority: 'senior',
        remotePreference: 'remote',
        salaryFloor: 85_000,
        salaryCurrency: 'eur',
        companiesToAvoid: { add: ['Initech'] },
      },
      asAgent(user.id),
    );

    expect(result.profile).toEqual({
      targetRoles: ['Backend Engineer', 'Platform Engineer'],
      seniority: 'senior',
      locations: [],
      remotePreference: 'remote',
      salaryFloor: 85_000,
      salaryCurrency: 'EUR',
      dealBreakers: [],
      companiesToAvoid: ['Initech'],
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(result.changed.sort()).toEqual(['companiesToAvoid', 'remotePreference', 'salaryCurrency', 'salaryFloor', 'seniority', 'targetRoles']);
  });

  it('adds to and removes from lists without touching the fields left out', async () => {
    const user = await createTestUser(handle.db);
    await runTool(rememberPreference, { targetRoles: { add: ['SRE'] }, locations: { add: ['Berlin', 'Lisbon'] }, seniority: 'staff' }, asAgent(user.id));

    const result = await runTool(
      rememberPreference,
      { locations: { add: ['berlin', 'Amsterdam'], remove: ['LISBON'] }, dealBreakers: { add: ['on-call rotations'] } },
      asAgent(user.id),
    );

    expect(result.profile).toMatchObject({
      targetRoles: ['SRE'],
      seniority: 'staff',
      locations: ['Berlin', 'Amsterdam'],
      dealBreakers: ['on-call rotations'],
    });
    expect(result.changed.sort()).toEqual(['dealBreakers', 'locations']);
  });

  it('clears a value given as null', async () => {
    const user = await createTestUser(handle.db);
    await runTool(rememberPreference, { salaryFloor: 70_000, salaryCurrency: 'GBP' }, asAgent(user.id));

    const result = await runTool(rememberPreference, { salaryFloor: null, salaryCurrency: null }, asAgent(user.id));

    expect(result.profile).toMatchObject({ salaryFloor: null, salaryCurrency: null });
  });

  it('refuses a call that states no preference, and a currency that is not an ISO code', async () => {
    const user = await createTestUser(handle.db);

    const nothing = await runTool(rememberPreference, {}, asAgent(user.id)).catch((error: unknown) => error);
    const badCurrency = await runTool(rememberPreference, { salaryCurrency: 'euros' }, asAgent(user.id)).catch((error: unknown) => error);

    expect(nothing).toBeInstanceOf(ValidationError);
    expect(badCurrency).toMatchObject({ fields: [{ path: 'salaryCurrency', message: expect.stringContaining('ISO 4217') }] });
  });

  it('keeps each user’s profile to themselves', async () => {
    const alice = await createTestUser(handle.db);
    const bob = await createTestUser(handle.db);
    await runTool(rememberPreference, { targetRoles: { add: ['Data Engineer'] } }, asAgent(alice.id));

    const bobsProfile = await withUser(handle.db, bob.id, (tx) => loadSearchProfile(tx));
    const bobsView = await runTool(getSearchProfile, {}, asAgent(bob.id));

    expect(bobsProfile.targetRoles).toEqual([]);
    expect(bobsView).toMatchObject({ isEmpty: true, profile: { updatedAt: null } });
  });
});

describe('getSearchProfile', () => {
  it('returns the stored profile and says it is not empty', async () => {
    const user = await createTestUser(handle.db);
    await runTool(rememberPreference, { locations: { add: ['Berlin'] }, remotePreference: 'hybrid' }, asAgent(user.id));

    const result = await runTool(getSearchProfile, {}, asAgent(user.id));

    expect(result).toMatchObject({ isEmpty: false, profile: { locations: ['Berlin'], remotePreference: 'hybrid' } });
  });
});
