import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { NotFoundError } from './errors.ts';
import { listContacts } from './list-contacts.ts';
import { runTool } from './run-tool.ts';
import { saveContact } from './save-contact.ts';
import { seedApplications } from './test-pipeline.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const context = (userId: string) => ({ database: handle.db, userId, actor: 'agent' as const });

describe('saveContact and listContacts', () => {
  it('adds a person, changes the same person when told their address again, and links them to an application', async () => {
    const user = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Kestrel', title: 'Product Designer' }]);

    const first = await runTool(saveContact, { email: 'sam@kestrel.example', name: 'Sam Reyes' }, context(user.id));
    const second = await runTool(saveContact, { email: 'Sam@Kestrel.example', role: 'Hiring manager', applicationId: application!.id }, context(user.id));
    const { people } = await runTool(listContacts, { query: 'hiring' }, context(user.id));

    expect(first).toMatchObject({ created: true, person: { name: 'Sam Reyes', role: null, applications: [] } });
    expect(second).toMatchObject({ created: false, person: { id: first.person.id, name: 'Sam Reyes', role: 'Hiring manager' } });
    expect(people).toEqual([expect.objectContaining({ id: first.person.id, applications: [expect.objectContaining({ company: 'Kestrel', title: 'Product Designer' })] })]);
  });

  it('refuses to add someone without an address, or to link an application the user does not have', async () => {
    const user = await createTestUser(handle.db);
    const stranger = await createTestUser(handle.db);
    const [theirs] = await seedApplications(handle.db, stranger.id, [{ company: 'Elsewhere', title: 'Analyst' }]);

    await expect(runTool(saveContact, { name: 'No Address' }, context(user.id))).rejects.toThrow(/email address is needed/);
    await expect(runTool(saveContact, { email: 'a@b.example', applicationId: theirs!.id }, context(user.id))).rejects.toBeInstanceOf(NotFoundError);
    expect((await runTool(listContacts, {}, context(user.id))).people).toEqual([]);
  });
});
