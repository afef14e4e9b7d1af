import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationStatusHistory, contacts, conversationMessages, conversations, cvs, followedBoards, outreachDrafts, searchHistory, tasks } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

interface DeletableKind {
  kind: string;
  table: string;
  /** Creates one record of this kind for the user; returns its id. */
  create(userId: string): Promise<string>;
  /** The request that deletes it from the browser. */
  path(id: string): string;
}

/** Every kind of record a user can delete one at a time (promise 19). */
const deletableKinds: DeletableKind[] = [
  {
    kind: 'application',
    table: 'applications',
    async create(userId) {
      const [application] = await seedApplications(server.handle.db, userId, [{ company: 'Acme', title: 'SRE' }]);
      await withUser(server.handle.db, userId, (tx) => tx.insert(applicationStatusHistory).values({ applicationId: application!.id, toStatus: 'saved', actor: 'web' }));
      return application!.id;
    },
    path: (id) => `/api/applications/${id}`,
  },
  {
    kind: 'conversation',
    table: 'conversations',
    async create(userId) {
      return withUser(server.handle.db, userId, async (tx) => {
        const [conversation] = await tx.insert(conversations).values({ title: 'About Acme' }).returning();
        await tx.insert(conversationMessages).values({ id: crypto.randomUUID(), conversationId: conversation!.id, role: 'user', parts: [{ type: 'text', text: 'Hi' }], position: 0 });
        return conversation!.id;
      });
    },
    path: (id) => `/api/conversations/${id}`,
  },
  {
    kind: 'draft',
    table: 'outreach_drafts',
    async create(userId) {
      const [draft] = await withUser(server.handle.db, userId, (tx) => tx.insert(outreachDrafts).values({ subject: 'Hello', body: 'Dear Dana' }).returning());
      return draft!.id;
    },
    path: (id) => `/api/drafts/${id}`,
  },
  {
    kind: 'search',
    table: 'search_history',
    async create(userId) {
      const [search] = await withUser(server.handle.db, userId, (tx) =>
        tx.insert(searchHistory).values({ query: 'golang remote', resultCount: 3, actor: 'web' }).returning(),
      );
      return search!.id;
    },
    path: (id) => `/api/searches/${id}`,
  },
  {
    kind: 'contact',
    table: 'contacts',
    async create(userId) {
      const [contact] = await withUser(server.handle.db, userId, (tx) => tx.insert(contacts).values({ email: `${crypto.randomUUID()}@example.test` }).returning());
      return contact!.id;
    },
    path: (id) => `/api/contacts/${id}`,
  },
  {
    kind: 'followed board',
    table: 'followed_boards',
    async create(userId) {
      const [board] = await withUser(server.handle.db, userId, (tx) => tx.insert(followedBoards).values({ source: 'greenhouse', board: 'acme' }).returning());
      return board!.id;
    },
    path: (id) => `/api/boards/${id}`,
  },
  {
    kind: 'task',
    table: 'tasks',
    async create(userId) {
      const [task] = await withUser(server.handle.db, userId, (tx) => tx.insert(tasks).values({ title: 'Call Dana', dueOn: '2030-01-02' }).returning());
      return task!.id;
    },
    path: (id) => `/api/tasks/${id}`,
  },
  {
    kind: 'CV',
    table: 'cvs',
    async create(userId) {
      await withUser(server.handle.db, userId, (tx) => tx.insert(cvs).values({ fileName: 'cv.md', mediaType: 'text/markdown', text: 'Ten years of Go' }));
      return userId;
    },
    path: () => '/api/cv',
  },
];

const countOf = async (table: string, id: string) => {
  const column = table === 'cvs' ? 'user_id' : 'id';
  const result = (await server.handle.db.execute(
    sql`select count(*)::int as count from ${sql.identifier(table)} where ${sql.identifier(column)} = ${id}`,
  )) as unknown as { rows: { count: number }[] };
  return result.rows[0]!.count;
};

describe('deleting one record', () => {
  it.each(deletableKinds)('deletes one $kind at once', async ({ table, create, path }) => {
    const { cookie, user } = await server.signUp();
    const id = await create(user.id);

    const response = await server.request(path(id), { method: 'DELETE', cookie });

    expect(response.status).toBe(204);
    expect(await countOf(table, id)).toBe(0);
  });

  it.each(deletableKinds.filter(({ kind }) => kind !== 'CV'))('never deletes another user’s $kind', async ({ table, create, path }) => {
    const owner = await server.signUp();
    const stranger = await server.signUp();
    const id = await create(owner.user.id);

    const response = await server.request(path(id), { method: 'DELETE', cookie: stranger.cookie });

    expect(response.status).toBe(404);
    expect(await countOf(table, id)).toBe(1);
  });

  it('takes an application’s status history with it, and records the deletion in the audit log', async () => {
    const { cookie, user } = await server.signUp();
    const id = await deletableKinds[0]!.create(user.id);

    await server.request(`/api/applications/${id}`, { method: 'DELETE', cookie });
    const history = await withUser(server.handle.db, user.id, (tx) => tx.select().from(applicationStatusHistory));
    const audit = (await (await server.request('/api/audit', { cookie })).json()) as { events: unknown[] };

    expect(history).toEqual([]);
    expect(audit.events).toEqual([expect.objectContaining({ actor: 'web', action: 'deleteApplication', recordKind: 'application', recordId: id })]);
  });
});
