import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserTables } from '../../db/user-tables.ts';
import { seedApplications } from '../../tools/test-pipeline.ts';
import { signUpWithEveryKindOfRecord, userRowCounts } from '../account/test-account-records.ts';
import { readZip } from '../account/test-zip.ts';
import { startTestServer, type TestServer } from '../test-server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('GET /api/export.json', () => {
  it('holds every row of the user from every table, and nothing of another user', async () => {
    const owner = await signUpWithEveryKindOfRecord(server);
    const stranger = await signUpWithEveryKindOfRecord(server);

    const response = await server.request('/api/export.json', { cookie: owner.cookie });
    const text = await response.text();
    const exported = JSON.parse(text) as { format: string; records: Record<string, Record<string, unknown>[]> };
    const counts = await userRowCounts(server.handle.db, owner.user.id);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="atlas-export-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(exported.format).toBe('atlas-export');
    expect(Object.keys(exported.records).sort()).toEqual([...counts.keys()].sort());
    for (const [table, count] of counts) expect({ table, rows: exported.records[table]!.length }).toEqual({ table, rows: count });
    expect([...counts.values()].filter((count) => count === 0)).toEqual([]);
    expect(text).toContain(owner.marker);
    expect(text).not.toContain(stranger.marker);
    expect(text).not.toContain(stranger.user.email);
  });

  it('never contains a password hash, token hashes, encrypted Google tokens or vectors', async () => {
    const owner = await signUpWithEveryKindOfRecord(server);

    const text = await (await server.request('/api/export.json', { cookie: owner.cookie })).text();
    const exported = JSON.parse(text) as { records: Record<string, Record<string, unknown>[]> };

    expect(text).not.toContain(owner.secret);
    expect(text).not.toContain(owner.token.split('.')[1]);
    expect(text).not.toContain('$argon2id$');
    expect(exported.records.users![0]).toMatchObject({ id: owner.user.id, email: owner.user.email });
    expect(exported.records.users![0]).not.toHaveProperty('password_hash');
    expect(exported.records.gmail_connections![0]).not.toHaveProperty('refresh_token_encrypted');
    expect(exported.records.cv_passages![0]).not.toHaveProperty('embedding');
    expect(exported.records.access_tokens![0]).toMatchObject({ name: `Laptop ${owner.marker}` });
  });

  it('is recorded in the audit log as an export of the account from this browser', async () => {
    const owner = await server.signUp();

    await (await server.request('/api/export.json', { cookie: owner.cookie })).text();
    const audit = (await (await server.request('/api/audit', { cookie: owner.cookie })).json()) as { events: unknown[] };

    expect(audit.events).toEqual([
      expect.objectContaining({ actor: 'web', actorDetail: 'browser session', action: 'exportJson', recordKind: 'account', clientAddress: '127.0.0.1' }),
    ]);
  });

  it('needs a signed-in user', async () => {
    const response = await server.request('/api/export.json');

    expect(response.status).toBe(401);
  });
});

describe('GET /api/export.zip', () => {
  it('holds one CSV per kind of record and the pipeline once more per application group', async () => {
    const owner = await signUpWithEveryKindOfRecord(server);

    const response = await server.request('/api/export.zip', { cookie: owner.cookie });
    const files = await readZip(Buffer.from(await response.arrayBuffer()));
    const tables = await findUserTables(server.handle.db);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect([...files.keys()].sort()).toEqual(
      [...tables.map((table) => `${table.name}.csv`), 'pipeline-by-group/Backup_plan_ B.csv', 'pipeline-by-group/Dream jobs.csv'].sort(),
    );
    expect(files.get('applications.csv')!.split('\n')[0]).toMatch(/^id,user_id,job_id,company,title,/);
    expect(files.get('pipeline-by-group/Dream jobs.csv')).toContain(`Acme ${owner.marker}`);
    expect(files.get('pipeline-by-group/Dream jobs.csv')).not.toContain('Globex');
    expect(files.get('cvs.csv')).toContain(`Ten years of Go ${owner.marker}`);
    expect([...files.values()].join('\n')).not.toContain(owner.secret);
  });

  it('keeps a cell a stranger wrote from running as a spreadsheet formula', async () => {
    const owner = await server.signUp();
    await seedApplications(server.handle.db, owner.user.id, [{ company: '=HYPERLINK("http://evil.test","Acme")', title: 'SRE' }]);

    const files = await readZip(Buffer.from(await (await server.request('/api/export.zip', { cookie: owner.cookie })).arrayBuffer()));

    expect(files.get('applications.csv')).toContain(`"'=HYPERLINK(""http://evil.test"",""Acme"")"`);
  });
});
