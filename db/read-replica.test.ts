import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../ops/backup/throwaway-cluster.ts';
import type { DatabaseHandle } from './database.ts';
import { openReadReplica, ReplicaUnreachableError } from './read-replica.ts';
import { openTestDatabase } from './test-database.ts';
import { createTestUser } from './test-users.ts';
import { withUser } from './with-user.ts';

// Reads a healthy replica serves, read-your-writes and row-level security there are proven with a
// real streaming replica in web/app-processes-behind-a-load-balancer.test.ts.
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

describe('openReadReplica', () => {
  it('answers from the primary, as the acting user, while the replica cannot be reached, and says so once per outage', async () => {
    const user = await createTestUser(handle.db);
    const reports: unknown[] = [];
    const served: string[] = [];
    // Nothing listens there: the connection is refused at once.
    const replica = openReadReplica({ url: `postgres://postgres@127.0.0.1:${await freePort()}/atlas`, onRead: (servedBy) => served.push(servedBy), onUnreachable: (error) => reports.push(error) });
    try {
      const answers = [];
      for (let read = 0; read < 2; read += 1) {
        answers.push(
          await withUser(handle.db, user.id, (primary) =>
            replica.read({ userId: user.id, primary }, async (reads, servedBy) => {
              const result = (await reads.execute(sql`select current_setting('app.user_id') as "actingUser"`)) as unknown as { rows: { actingUser: string }[] };
              return { servedBy, actingUser: result.rows[0]!.actingUser };
            }),
          ),
        );
      }

      expect(answers).toEqual([
        { servedBy: 'primary', actingUser: user.id },
        { servedBy: 'primary', actingUser: user.id },
      ]);
      expect(served).toEqual(['primary', 'primary']);
      expect(reports).toHaveLength(1);
      expect(reports[0]).toBeInstanceOf(ReplicaUnreachableError);
    } finally {
      await replica.close();
    }
  });
});
