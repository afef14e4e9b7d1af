import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementsSent } from '../../bench/count-statements.ts';
import { loadConfig } from '../../config.ts';
import { z } from 'zod';
import type { Database, DatabaseHandle } from '../../db/database.ts';
import { auditEvents, cvs } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { createTestUser } from '../../db/test-users.ts';
import { withUser } from '../../db/with-user.ts';
import { defineTool } from '../define-tool.ts';
import { listApplications } from '../list-applications.ts';
import { runTool } from '../run-tool.ts';
import { seedApplications } from '../test-pipeline.ts';
import { updateApplication } from '../update-application.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const auditLogOf = (userId: string) => withUser(handle.db, userId, (tx) => tx.select().from(auditEvents));

/** A read tool that declares nothing about the audit log, as a tool added later might. */
const peekAtCv = defineTool({
  name: 'peekAtCv',
  title: 'Peek at the CV',
  description: 'Reads the CV file name.',
  effect: 'read',
  input: z.object({}),
  output: z.object({ fileName: z.string().nullable() }),
  async run(_input, { db }) {
    const [cv] = await db.select({ fileName: cvs.fileName }).from(cvs);
    return { fileName: cv?.fileName ?? null };
  },
});

describe('the audit hook in runTool', () => {
  it('records a write with who made it, from where, and the record it changed', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);
    const at = new Date('2026-03-01T10:00:00Z');

    await runTool(
      updateApplication,
      { applicationId: application!.id, status: 'applied' },
      { database: handle.db, userId: user.id, actor: 'mcp', actorDetail: 'access token "Claude Desktop"', clientAddress: '203.0.113.7', now: () => at },
    );

    expect(await auditLogOf(user.id)).toEqual([
      expect.objectContaining({
        actor: 'mcp',
        actorDetail: 'access token "Claude Desktop"',
        clientAddress: '203.0.113.7',
        action: 'updateApplication',
        recordKind: 'application',
        recordId: application!.id,
        createdAt: at,
      }),
    ]);
  });

  it('logs a read of the CV by a tool that declares nothing about auditing', async () => {
    const user = await createTestUser(handle.db);
    await withUser(handle.db, user.id, (tx) => tx.insert(cvs).values({ fileName: 'cv.pdf', mediaType: 'application/pdf', text: 'Ten years of Go' }));

    const result = await runTool(peekAtCv, {}, { database: handle.db, userId: user.id, actor: 'agent' });

    expect(result.fileName).toBe('cv.pdf');
    expect(await auditLogOf(user.id)).toEqual([
      expect.objectContaining({ actor: 'agent', action: 'peekAtCv', recordKind: 'cv', recordId: null }),
    ]);
  });

  it('does not log reads of records that are not sensitive', async () => {
    const user = await createTestUser(handle.db);
    await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);

    await runTool(listApplications, {}, { database: handle.db, userId: user.id, actor: 'web' });

    expect(await auditLogOf(user.id)).toEqual([]);
  });

  it('logs nothing for a write that failed, since nothing changed', async () => {
    const user = await createTestUser(handle.db);

    const failure = runTool(
      updateApplication,
      { applicationId: crypto.randomUUID(), status: 'applied' },
      { database: handle.db, userId: user.id, actor: 'web' },
    );

    await expect(failure).rejects.toThrow(/not found/);
    expect(await auditLogOf(user.id)).toEqual([]);
  });

  it('keeps ids and names only, never what was written', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);
    const marker = `private-note-${crypto.randomUUID()}`;

    await runTool(updateApplication, { applicationId: application!.id, notes: marker }, { database: handle.db, userId: user.id, actor: 'web' });

    expect(JSON.stringify(await auditLogOf(user.id))).not.toContain(marker);
  });
});

// Round trips are node-postgres's; embedded PGlite has none to save.
describe.skipIf(!loadConfig().DATABASE_URL)('the audit hook on a PostgreSQL server', () => {
  it("reads a read tool's counters a last time with its COMMIT, in one round trip", async () => {
    const user = await createTestUser(handle.db);
    await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);

    let listed: unknown;
    const sent = await statementsSent(async () => {
      listed = await runTool(listApplications, {}, { database: handle.db, userId: user.id, actor: 'web' });
    });

    expect(listed).toEqual(expect.objectContaining({ total: 1 }));
    expect(sent).toHaveLength(3);
    expect(sent[0]).toMatch(/^begin; select set_config/);
    expect(sent[2]).toMatch(/sensitive_scan_counts.*; commit$/);
  });

  it('still logs a read of the CV by a read tool, after its transaction', async () => {
    const user = await createTestUser(handle.db);
    await withUser(handle.db, user.id, (tx) => tx.insert(cvs).values({ fileName: 'cv.pdf', mediaType: 'application/pdf', text: 'Ten years of Go' }));

    const sent = await statementsSent(() => runTool(peekAtCv, {}, { database: handle.db, userId: user.id, actor: 'agent', clientAddress: '203.0.113.7' }));

    expect(sent.at(-1)).toBe('commit');
    expect(await auditLogOf(user.id)).toEqual([
      expect.objectContaining({ actor: 'agent', action: 'peekAtCv', recordKind: 'cv', recordId: null, clientAddress: '203.0.113.7' }),
    ]);
  });

  it('leaves an enclosing transaction to its own COMMIT when called inside one', async () => {
    const user = await createTestUser(handle.db);
    await seedApplications(handle.db, user.id, [{ company: 'Acme', title: 'SRE' }]);

    const sent = await statementsSent(() =>
      handle.db.transaction((tx) => runTool(listApplications, {}, { database: tx as unknown as Database, userId: user.id, actor: 'web' })),
    );

    expect(sent.filter((statement) => /commit$/i.test(statement))).toEqual(['commit']);
  });
});
