import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { loadConfig } from '../../config.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { createSharedRequestLimits, openSharedRequestLimits } from './shared-request-limits.ts';
import { freshBoardFixture, startHttpStub, stubJobSources, type HttpStub } from './test-job-sources.ts';

let handle: DatabaseHandle;
let stub: HttpStub;
beforeAll(async () => {
  [handle, stub] = await Promise.all([openTestDatabase(), startHttpStub()]);
});
afterAll(() => Promise.all([handle.close(), stub.close()]));

/** Counts apart from any other test (or earlier run) on the same database server. */
const namespace = () => `test-${crypto.randomUUID()}:`;

describe('request limits towards job sources, shared through the database', () => {
  it('lets two app processes together send a source no more than its allowance', async () => {
    stub.on('/api/v2/remote-jobs', { body: freshBoardFixture('jobicy-remote-jobs.json') });
    const shared = namespace();
    const rateLimits = { jobicy: { requests: 1, perMs: 24 * 60 * 60_000 } };
    const processA = stubJobSources(stub, { rateLimits, requestLimits: createSharedRequestLimits(handle.db, { namespace: shared }) });
    const processB = stubJobSources(stub, { rateLimits, requestLimits: createSharedRequestLimits(handle.db, { namespace: shared }) });
    stub.requests.length = 0;

    await processA.aggregators.jobicy.search({ words: 'python' });
    const second = processB.aggregators.jobicy.search({ words: 'python' });

    await expect(second).rejects.toThrow('Jobicy: has had as many requests as it allows for now; try again in 24 hours');
    expect(stub.requests).toHaveLength(1);
  });

  it('waits for the next window when it is near, and counts each user key apart', async () => {
    const waits: number[] = [];
    const limits = createSharedRequestLimits(handle.db, {
      namespace: namespace(),
      wait: (ms) => {
        waits.push(ms);
        return new Promise((resolve) => setTimeout(resolve, ms));
      },
    });
    const limit = { requests: 2, perMs: 300 };

    for (let request = 0; request < 3; request++) await limits.limiter('Adzuna', limit, 'app-id-1').take();
    await limits.limiter('Adzuna', limit, 'app-id-2').take();

    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(300);
  });
});

describe('the shared request limits an app process opens', () => {
  const databaseUrl = loadConfig().DATABASE_URL;

  it.skipIf(databaseUrl)('are left out on the embedded database, whose one process counts alone', async () => {
    expect(await openSharedRequestLimits(undefined)).toBeUndefined();
  });

  // A job source is asked from inside a tool's transaction: with every one of the app's connections
  // held by such a transaction, counting must still get a connection.
  it.skipIf(!databaseUrl)('count while tool transactions hold every connection of the app’s pool', async () => {
    const limits = (await openSharedRequestLimits(databaseUrl))!;
    try {
      const user = await createTestUser(handle.db);
      const limit = { requests: 100, perMs: 60_000 };
      const service = `Test board ${crypto.randomUUID()}`;

      const calls = Array.from({ length: 10 }, () => withUser(handle.db, user.id, () => limits.store.limiter(service, limit).take()));

      await expect(Promise.all(calls)).resolves.toHaveLength(10);
    } finally {
      await limits.close();
    }
  });
});
