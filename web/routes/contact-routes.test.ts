import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSyncRun, runSync } from '../../tools/gmail/sync.ts';
import { connectedUser, startGmailWorld, stubMessage, type GmailWorld } from '../../tools/gmail/test-gmail-setup.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let world: GmailWorld;
let server: TestServer;
beforeAll(async () => {
  world = await startGmailWorld({
    mailbox: (userEmail) => [
      stubMessage({ id: 'm1', from: '"Maya Okafor" <maya.okafor@quillstone.com>', to: userEmail, subject: 'Interview invitation: Product Engineer', snippet: "We'd like to invite you to an interview." }),
      stubMessage({ id: 'm2', from: '"Maya O." <maya@quillstone.com>', to: userEmail, subject: 'Re: Product Engineer role', snippet: 'Thanks for getting back to me, Friday works.' }),
      stubMessage({ id: 'm3', from: '"Lumen Health" <no-reply@hire.lever.co>', to: userEmail, subject: 'Thank you for applying to Lumen Health', snippet: 'We have received your application for Staff Software Engineer.' }),
      stubMessage({ id: 'm4', from: '"Chris" <chris.recruits@gmail.com>', to: userEmail, subject: 'Re: Tessellate role', snippet: 'Tessellate would like to schedule a phone screen.' }),
    ],
  });
  server = await startTestServer({ dependencies: { gmail: world.gmail } });
});
afterAll(async () => {
  await server?.close();
  await world?.close();
});

/** A signed-in user whose matched mail has been synced. */
async function syncedAccount() {
  const { cookie, user } = await server.signUp();
  const { applications } = await connectedUser(server.handle.db, world, user);
  await requestSyncRun(server.handle.db, { userId: user.id, gmail: world.gmail, now: new Date() });
  await runSync(server.handle.db, { userId: user.id, gmail: world.gmail, now: () => new Date() });
  return { cookie, applications };
}

const json = (body: object) => ({ body: JSON.stringify(body) });

describe('contacts from matched mail', () => {
  it('lists the people who wrote about an application, linked to it, and no automated senders', async () => {
    const { cookie, applications } = await syncedAccount();
    const quillstone = applications.find((application) => application.company === 'Quillstone')!;

    const { contacts } = await (await server.request('/api/contacts', { cookie })).json();

    expect(contacts).toEqual([
      expect.objectContaining({ name: 'Maya O.', email: 'maya@quillstone.com', company: 'Quillstone', role: null, applications: [expect.objectContaining({ id: quillstone.id })] }),
      expect.objectContaining({ name: 'Maya Okafor', email: 'maya.okafor@quillstone.com', company: 'Quillstone', role: null, applications: [expect.objectContaining({ id: quillstone.id })] }),
    ]);
  });

  it('lets the user add a role, merge two addresses of one person, and delete a contact', async () => {
    const { cookie } = await syncedAccount();
    const { contacts } = await (await server.request('/api/contacts', { cookie })).json();
    const [short, full] = contacts as { id: string }[];

    const edited = await server.request(`/api/contacts/${full!.id}`, { method: 'PATCH', cookie, ...json({ role: 'Technical recruiter' }) });
    const merged = await server.request('/api/contacts/merge', { method: 'POST', cookie, ...json({ keepId: full!.id, mergeId: short!.id }) });
    const afterMerge = await (await server.request('/api/contacts', { cookie })).json();
    const deleted = await server.request(`/api/contacts/${full!.id}`, { method: 'DELETE', cookie });
    const afterDelete = await (await server.request('/api/contacts', { cookie })).json();

    expect((await edited.json()).contact).toMatchObject({ role: 'Technical recruiter' });
    expect((await merged.json()).contact).toMatchObject({ id: full!.id, name: 'Maya Okafor', role: 'Technical recruiter' });
    expect(afterMerge.contacts).toHaveLength(1);
    expect(deleted.status).toBe(204);
    expect(afterDelete.contacts).toEqual([]);
  });

  it("shows another user's contact to nobody else", async () => {
    const { cookie } = await syncedAccount();
    const { contacts } = await (await server.request('/api/contacts', { cookie })).json();
    const stranger = await server.signUp();

    const patch = await server.request(`/api/contacts/${contacts[0].id}`, { method: 'PATCH', cookie: stranger.cookie, ...json({ role: 'x' }) });

    expect(patch.status).toBe(404);
    expect((await (await server.request('/api/contacts', { cookie: stranger.cookie })).json()).contacts).toEqual([]);
  });
});

describe('the People page over REST', () => {
  it('adds a person by hand, refuses the same address again with a reason, finds people by a word, and shows mail, last contact and next step', async () => {
    const { cookie } = await syncedAccount();
    const { contacts: before } = await (await server.request('/api/contacts', { cookie })).json();
    const maya = (before as { id: string; email: string }[]).find((person) => person.email === 'maya.okafor@quillstone.com')!;
    await server.request('/api/tasks', { method: 'POST', cookie, ...json({ title: 'Send Maya the portfolio link', dueOn: '2026-12-20', contactId: maya.id }) });

    const added = await server.request('/api/contacts', { method: 'POST', cookie, ...json({ email: 'sam@kestrel.example', name: 'Sam Reyes', company: 'Kestrel', role: 'Hiring manager' }) });
    const again = await server.request('/api/contacts', { method: 'POST', cookie, ...json({ email: 'SAM@kestrel.example' }) });
    const found = await (await server.request('/api/contacts?q=kestrel', { cookie })).json();
    const { contacts: after } = await (await server.request('/api/contacts', { cookie })).json();

    expect(added.status).toBe(201);
    expect((await added.json()).contact).toMatchObject({ name: 'Sam Reyes', company: 'Kestrel', role: 'Hiring manager', applications: [], messages: [], lastContact: null, nextStep: null });
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe('SAM@kestrel.example is already among your people');
    expect(found.contacts.map((person: { email: string }) => person.email)).toEqual(['sam@kestrel.example']);
    expect(after.find((person: { id: string }) => person.id === maya.id)).toMatchObject({
      messages: [{ subject: 'Interview invitation: Product Engineer', kind: 'interview_invitation', receivedAt: expect.any(String) }],
      lastContact: { direction: 'from them', subject: 'Interview invitation: Product Engineer' },
      nextStep: { title: 'Send Maya the portfolio link', dueOn: '2026-12-20' },
    });
  });
});

describe('review queue over REST', () => {
  it('lists signals waiting for review and applies the user’s correction', async () => {
    const { cookie, applications } = await syncedAccount();
    const tessellate = applications.find((application) => application.company === 'Tessellate')!;

    const { signals } = await (await server.request('/api/gmail/signals?review=needs_review', { cookie })).json();
    const answer = await server.request(`/api/gmail/signals/${signals[0].id}/review`, { method: 'POST', cookie, ...json({ decision: 'confirm' }) });
    const status = await (await server.request('/api/gmail', { cookie })).json();

    expect(signals).toMatchObject([{ messageId: 'm4', kind: 'interview_invitation', applicationId: tessellate.id, review: 'needs_review' }]);
    expect((await answer.json()).signal).toMatchObject({ review: 'confirmed' });
    expect(status.reviewQueue).toBe(0);
  });

  it('refuses to track a role without its title, and one for a message already about a tracked application', async () => {
    const { cookie } = await syncedAccount();
    const { signals } = await (await server.request('/api/gmail/signals', { cookie })).json();

    const untitled = await server.request(`/api/gmail/signals/${signals[0].id}/review`, { method: 'POST', cookie, ...json({ decision: 'track', title: ' ' }) });
    const tracked = await server.request(`/api/gmail/signals/${signals[0].id}/review`, { method: 'POST', cookie, ...json({ decision: 'track', title: 'Designer' }) });

    expect(untitled.status).toBe(400);
    expect((await untitled.json()).error.fields[0].path).toBe('title');
    expect(tracked.status).toBe(400);
  });

  it('refuses an unknown decision naming the field', async () => {
    const { cookie } = await syncedAccount();
    const { signals } = await (await server.request('/api/gmail/signals', { cookie })).json();

    const response = await server.request(`/api/gmail/signals/${signals[0].id}/review`, { method: 'POST', cookie, ...json({ decision: 'ignore' }) });

    expect(response.status).toBe(400);
    expect((await response.json()).error.fields[0].path).toBe('decision');
  });
});
