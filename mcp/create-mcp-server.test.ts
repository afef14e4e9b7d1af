import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { applicationStatusHistory, briefings } from '../db/schema.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { withUser } from '../db/with-user.ts';
import { seedCv, seedJobs } from '../tools/test-catalogue.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { AuthenticationError } from '../tools/errors.ts';
import { createMcpServer, type McpCaller } from './create-mcp-server.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const clients: Client[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

const today = new Date('2031-06-09T09:00:00Z');

/** The SDK client talking to the adapter in-process, as the user of a read token. */
async function connectAs(userId: string, options: Partial<McpCaller> = {}) {
  const server = createMcpServer({ database: handle.db, userId, scopes: ['read'], actor: 'mcp', now: () => today, logError: () => {}, ...options });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'adapter-test', version: '1.0.0' });
  await client.connect(clientSide);
  clients.push(client);
  return client;
}

function textOf(contents: ({ text: string } | { blob: string })[]) {
  return contents.map((content) => ('text' in content ? content.text : '')).join('\n');
}

describe('MCP resources', () => {
  it('lists the CV, the pipeline and the postings in the pipeline', async () => {
    const user = await createTestUser(handle.db);
    const [job] = await seedJobs(handle.db, [{ title: 'Data Engineer', company: 'Initech' }]);
    await seedApplications(handle.db, user.id, [
      { company: 'Initech', title: 'Data Engineer', jobId: job!.id },
      { company: 'Acme', title: 'Typed by hand' },
    ]);
    const client = await connectAs(user.id);

    const { resources } = await client.listResources();
    const { resourceTemplates } = await client.listResourceTemplates();

    expect(resources.map((resource) => resource.uri)).toEqual(['atlas://cv', 'atlas://pipeline', `atlas://jobs/${job!.id}`]);
    expect(resources[2]).toMatchObject({ name: 'Data Engineer at Initech', mimeType: 'text/markdown' });
    expect(resourceTemplates).toEqual([expect.objectContaining({ uriTemplate: 'atlas://jobs/{id}' })]);
  });

  it('reads the user’s CV text', async () => {
    const user = await createTestUser(handle.db);
    await seedCv(handle.db, user.id, [{ section: 'Experience', text: 'Built payment systems in Go at Globex for five years.' }]);
    const client = await connectAs(user.id);

    const { contents } = await client.readResource({ uri: 'atlas://cv' });

    expect(contents).toEqual([{ uri: 'atlas://cv', mimeType: 'text/plain', text: 'Built payment systems in Go at Globex for five years.' }]);
  });

  it('says there is no CV yet rather than inventing one', async () => {
    const user = await createTestUser(handle.db);
    const client = await connectAs(user.id);

    await expect(client.readResource({ uri: 'atlas://cv' })).rejects.toMatchObject({ code: -32002, message: expect.stringMatching(/No CV uploaded/) });
  });

  it('reads the pipeline as Markdown by stage, with the ids tools take, and only the user’s own', async () => {
    const user = await createTestUser(handle.db);
    const other = await createTestUser(handle.db);
    const [applied] = await seedApplications(handle.db, user.id, [
      { company: 'Acme', title: 'Backend Engineer', status: 'applied', notes: 'Referred by Sam' },
      { company: 'Globex', title: 'SRE', status: 'saved' },
    ]);
    await seedApplications(handle.db, other.id, [{ company: 'Hooli', title: 'Someone else’s role' }]);
    const client = await connectAs(user.id);

    const { contents } = await client.readResource({ uri: 'atlas://pipeline' });
    const markdown = textOf(contents);

    expect(contents[0]).toMatchObject({ uri: 'atlas://pipeline', mimeType: 'text/markdown' });
    expect(markdown).toContain('2 applications');
    expect(markdown.indexOf('## Saved (1)')).toBeLessThan(markdown.indexOf('## Applied (1)'));
    expect(markdown).toContain(`**Backend Engineer** at Acme (group General; updated`);
    expect(markdown).toContain(`application id ${applied!.id}`);
    expect(markdown).toContain('Notes: Referred by Sam');
    expect(markdown).not.toContain('Hooli');
  });

  it('reads any catalogue posting by id, and says when there is none', async () => {
    const user = await createTestUser(handle.db);
    const [job] = await seedJobs(handle.db, [
      { title: 'ML Engineer', company: 'Umbrella', locations: ['Berlin'], salaryMin: 80000, salaryMax: 95000, salaryCurrency: 'EUR', description: 'Train ranking models.' },
    ]);
    const client = await connectAs(user.id);

    const { contents } = await client.readResource({ uri: `atlas://jobs/${job!.id}` });
    const missing = client.readResource({ uri: `atlas://jobs/${crypto.randomUUID()}` });

    expect(textOf(contents)).toMatch(/^# ML Engineer\n/);
    expect(textOf(contents)).toContain('- Salary: 80000–95000 EUR a year');
    expect(textOf(contents)).toContain('Train ranking models.');
    await expect(missing).rejects.toMatchObject({ code: -32002 });
    await expect(client.readResource({ uri: 'atlas://jobs/not-an-id' })).rejects.toMatchObject({ code: -32002 });
  });
});

describe('MCP prompts', () => {
  it('offers a weekly review and tailored outreach', async () => {
    const user = await createTestUser(handle.db);
    const client = await connectAs(user.id);

    const { prompts } = await client.listPrompts();

    expect(prompts.map((prompt) => prompt.name)).toEqual(['weekly-review', 'tailor-outreach']);
    expect(prompts[1]!.arguments).toEqual([expect.objectContaining({ name: 'id', required: true })]);
  });

  it('builds the weekly review from this week’s status changes and the attached pipeline', async () => {
    const user = await createTestUser(handle.db);
    const [application, older] = await seedApplications(handle.db, user.id, [
      { company: 'Acme', title: 'Backend Engineer', status: 'interviewing' },
      { company: 'Globex', title: 'SRE', status: 'applied' },
    ]);
    await withUser(handle.db, user.id, (tx) =>
      tx.insert(applicationStatusHistory).values([
        { userId: user.id, applicationId: application!.id, fromStatus: 'applied', toStatus: 'interviewing', actor: 'web', changedAt: new Date('2031-06-07T10:00:00Z') },
        { userId: user.id, applicationId: older!.id, fromStatus: 'saved', toStatus: 'applied', actor: 'web', changedAt: new Date('2031-05-01T10:00:00Z') },
      ]),
    );
    const client = await connectAs(user.id);

    const { messages } = await client.getPrompt({ name: 'weekly-review' });
    const instructions = (messages[0]!.content as { text: string }).text;

    expect(instructions).toContain('Today is 2031-06-09');
    expect(instructions).toContain('- 2031-06-07: Backend Engineer at Acme: applied → interviewing');
    expect(instructions).not.toContain('saved → applied');
    expect(messages[1]!.content).toMatchObject({ type: 'resource', resource: { uri: 'atlas://pipeline', mimeType: 'text/markdown' } });
  });

  it('includes the latest weekly briefing in the weekly review, when there is one', async () => {
    const user = await createTestUser(handle.db);
    const client = await connectAs(user.id);
    const before = await client.getPrompt({ name: 'weekly-review' });
    await withUser(handle.db, user.id, (tx) =>
      tx.insert(briefings).values([
        { weekOf: '2031-06-02', facts: {}, text: 'Your briefing for the week of 2031-06-02.\nNothing in your pipeline moved in the past 7 days.' },
        { weekOf: '2031-06-09', facts: {}, text: 'Your briefing for the week of 2031-06-09.\n1 interview ahead: Acme on 2031-06-11.' },
      ]),
    );

    const { messages } = await client.getPrompt({ name: 'weekly-review' });
    const instructions = (messages[0]!.content as { text: string }).text;

    expect((before.messages[0]!.content as { text: string }).text).not.toContain('weekly briefing');
    expect(instructions).toContain("Atlas's weekly briefing for the week of 2031-06-09, assembled from my own data:\nYour briefing for the week of 2031-06-09.\n1 interview ahead: Acme on 2031-06-11.");
    expect(instructions).not.toContain('week of 2031-06-02');
  });

  it('tailors outreach to an application’s posting with the CV attached, stating only CV facts', async () => {
    const user = await createTestUser(handle.db);
    const [job] = await seedJobs(handle.db, [{ title: 'Staff Engineer', company: 'Initech', description: 'Lead the billing platform.' }]);
    const [application] = await seedApplications(handle.db, user.id, [{ company: 'Initech', title: 'Staff Engineer', jobId: job!.id }]);
    await seedCv(handle.db, user.id, [{ section: 'Experience', text: 'Led billing at Globex.' }]);
    const client = await connectAs(user.id);

    const byApplication = await client.getPrompt({ name: 'tailor-outreach', arguments: { id: application!.id } });
    const byJob = await client.getPrompt({ name: 'tailor-outreach', arguments: { id: job!.id } });
    const resources = byApplication.messages.slice(1).map((message) => (message.content as { resource: { uri: string; text: string } }).resource);

    expect((byApplication.messages[0]!.content as { text: string }).text).toMatch(/Staff Engineer at Initech[\s\S]*only facts about me that my CV says/);
    expect(resources).toEqual([
      expect.objectContaining({ uri: `atlas://jobs/${job!.id}`, text: expect.stringContaining('Lead the billing platform.') }),
      expect.objectContaining({ uri: 'atlas://cv', text: 'Led billing at Globex.' }),
    ]);
    expect((byApplication.messages[0]!.content as { text: string }).text).toContain(`draftOutreach tool can write and save it, checked against my CV: applicationId ${application!.id}`);
    expect(byJob.messages.slice(1)).toEqual(byApplication.messages.slice(1));
  });

  it('refuses outreach for an id that is neither the user’s application nor a posting', async () => {
    const user = await createTestUser(handle.db);
    const other = await createTestUser(handle.db);
    const [othersApplication] = await seedApplications(handle.db, other.id, [{ company: 'Hooli', title: 'Not yours' }]);
    const client = await connectAs(user.id);

    await expect(client.getPrompt({ name: 'tailor-outreach', arguments: { id: othersApplication!.id } })).rejects.toMatchObject({
      message: expect.stringMatching(/Application or job .* was not found/),
    });
  });
});

describe('a credential revoked while a client is connected', () => {
  it('refuses every later tool call, resource read and prompt', async () => {
    const user = await createTestUser(handle.db);
    let revoked = false;
    const client = await connectAs(user.id, {
      recheckCredential: async () => {
        if (revoked) throw new AuthenticationError('ATLAS_TOKEN was revoked');
      },
    });
    const before = await client.callTool({ name: 'listApplications', arguments: {} });

    revoked = true;
    const after = await client.callTool({ name: 'listApplications', arguments: {} });

    expect(before.isError).toBeFalsy();
    expect(after).toEqual({ isError: true, content: [{ type: 'text', text: 'ATLAS_TOKEN was revoked' }] });
    await expect(client.readResource({ uri: 'atlas://pipeline' })).rejects.toMatchObject({ message: expect.stringMatching(/ATLAS_TOKEN was revoked/) });
    await expect(client.getPrompt({ name: 'weekly-review' })).rejects.toMatchObject({ message: expect.stringMatching(/ATLAS_TOKEN was revoked/) });
  });
});

describe('MCP tasks', () => {
  it('adds, lists and completes a task with a write token, and a read token can only list', async () => {
    const user = await createTestUser(handle.db);
    const writer = await connectAs(user.id, { scopes: ['read', 'write'] });
    const reader = await connectAs(user.id);

    const created = await writer.callTool({ name: 'createTask', arguments: { title: 'Prepare the Initech case study', dueOn: '2031-06-10' } });
    const { task } = created.structuredContent as { task: { id: string; state: string } };
    const completed = await writer.callTool({ name: 'updateTask', arguments: { taskId: task.id, done: true } });
    const listed = await reader.callTool({ name: 'listTasks', arguments: { show: 'all' } });
    const refused = await reader.callTool({ name: 'createTask', arguments: { title: 'Not allowed' } });

    expect(task.state).toBe('upcoming');
    expect(completed.structuredContent).toMatchObject({ task: { id: task.id, state: 'done' }, deleted: false });
    expect((listed.structuredContent as { tasks: { title: string }[] }).tasks.map((each) => each.title)).toEqual(['Prepare the Initech case study']);
    expect(refused).toMatchObject({ isError: true, content: [{ text: expect.stringContaining('createTask changes your data, but this access token is read-only') }] });
  });
});
