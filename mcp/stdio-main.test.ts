import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { CreateMessageRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, it, vi } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { tools as atlasTools } from '../tools/index.ts';
import { seedCv } from '../tools/test-catalogue.ts';
import { seedApplications } from '../tools/test-pipeline.ts';
import { createAccessToken } from './access-tokens.ts';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));
const databaseUrl = loadConfig().DATABASE_URL;

/** Holds the prepared PGlite folder and each spawned server's copy of it. */
let folder: string | undefined;
let aliceToken: string;
let aliceWriteToken: string;
let aliceExtensionKey: string;
let aliceApplicationId: string;

// PGlite lets one process open a data folder at a time, so the folder is prepared and closed before the spawn.
beforeAll(async () => {
  if (!databaseUrl) folder = await mkdtemp(join(tmpdir(), 'atlas-stdio-'));
  const handle = databaseUrl ? await openTestDatabase() : await openDatabase({ kind: 'pglite', dataDir: join(folder!, 'prepared') });
  try {
    if (folder) await handle.migrate();
    const alice = await createTestUser(handle.db);
    const bob = await createTestUser(handle.db);
    const [application] = await seedApplications(handle.db, alice.id, [{ company: 'Acme', title: 'Backend Engineer' }]);
    aliceApplicationId = application!.id;
    await seedCv(handle.db, alice.id, [{ section: 'Experience', text: 'Built payment systems in Go at Globex for five years.' }]);
    await seedApplications(handle.db, bob.id, [{ company: 'Globex', title: 'Bob’s role' }]);
    ({ token: aliceToken } = await createAccessToken(handle.db, { userId: alice.id, name: 'Claude Desktop', scopes: ['read'], now: new Date() }));
    ({ token: aliceWriteToken } = await createAccessToken(handle.db, { userId: alice.id, name: 'Drafting', scopes: ['read', 'write'], now: new Date() }));
    ({ token: aliceExtensionKey } = await createAccessToken(handle.db, { userId: alice.id, name: 'Browser extension', scopes: ['save-jobs'], now: new Date() }));
  } finally {
    await handle.close();
  }
});
afterAll(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

/**
 * Where a spawned server finds its data: the shared Postgres server, or a copy of the prepared PGlite
 * folder of its own, so that servers started side by side never wait on one folder's lock.
 */
async function databaseEnvironment(): Promise<Record<string, string>> {
  if (databaseUrl) return { DATABASE_URL: databaseUrl };
  const copy = join(folder!, randomUUID());
  await cp(join(folder!, 'prepared'), copy, { recursive: true });
  return { ATLAS_DATA_DIR: copy };
}

const serverCommand = [process.execPath, ['--import', 'tsx', 'mcp/stdio-main.ts']] as const;
// Each test starts the server as a new process, compiling its TypeScript and opening the database:
// seconds on an idle machine, but a busy 2-core one has taken over 30.
const spawnTimeout = 90_000;

// Most of each test is a new server process loading the app on one core, so tests run side by side,
// one process per core.
vi.setConfig({ maxConcurrency: availableParallelism() });

describe.concurrent('MCP over stdio', () => {
  it('started as Claude Desktop starts it, serves the token owner’s tools, resources and prompts, and nobody else’s data', async ({ expect }) => {
    const client = new Client({ name: 'atlas-test', version: '1.0.0' });
    // Started the way README's claude_desktop_config.json starts it: node and the absolute path of mcp/bin.js,
    // from a directory that is not the repository, with only the variables the config names.
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [join(repositoryRoot, 'mcp', 'bin.js')],
        cwd: tmpdir(),
        env: { ...(await databaseEnvironment()), ATLAS_TOKEN: aliceToken },
        stderr: 'pipe',
      }),
    );
    try {
      const { tools } = await client.listTools();
      const result = await client.callTool({ name: 'listApplications', arguments: {} });
      const { contents } = await client.readResource({ uri: 'atlas://pipeline' });
      const { prompts } = await client.listPrompts();

      expect(tools.map((tool) => tool.name).sort()).toEqual(atlasTools.map((tool) => tool.name).sort());
      expect(result.structuredContent).toMatchObject({ total: 1, applications: [expect.objectContaining({ company: 'Acme' })] });
      expect(contents[0]).toMatchObject({ mimeType: 'text/markdown', text: expect.stringContaining('**Backend Engineer** at Acme') });
      expect(JSON.stringify(contents)).not.toContain('Globex');
      expect(prompts.map((prompt) => prompt.name)).toEqual(['weekly-review', 'tailor-outreach']);
    } finally {
      await client.close();
    }
  }, spawnTimeout);

  it('without a model key, drafts outreach with the desktop client’s own model through sampling', async ({ expect }) => {
    const client = new Client({ name: 'atlas-test', version: '1.0.0' }, { capabilities: { sampling: {} } });
    const asked: string[] = [];
    client.setRequestHandler(CreateMessageRequestSchema, async (request) => {
      asked.push(JSON.stringify(request.params.messages));
      const draft = {
        subject: 'Backend Engineer at Acme',
        body: 'Hello,\n\nI built payment systems in Go at Globex for five years.\n\nBest regards',
        evidence: [{ passage: 'P1', quote: 'Built payment systems in Go at Globex for five years' }],
        claims: [{ text: 'built payment systems in Go at Globex for five years', passages: ['P1'] }],
      };
      return { model: 'desktop-model', role: 'assistant', content: { type: 'text', text: JSON.stringify(draft) } };
    });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [join(repositoryRoot, 'mcp', 'bin.js')],
        cwd: tmpdir(),
        env: { ...(await databaseEnvironment()), ATLAS_TOKEN: aliceWriteToken },
        stderr: 'pipe',
      }),
    );
    try {
      const result = await client.callTool({ name: 'draftOutreach', arguments: { applicationId: aliceApplicationId } });

      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ rewritten: false, draft: { subject: 'Backend Engineer at Acme', flaggedClaims: [] } });
      expect(asked).toHaveLength(1);
      expect(asked[0]).toContain('Built payment systems in Go at Globex for five years.');
    } finally {
      await client.close();
    }
  }, spawnTimeout);

  it('refuses to start with an invalid token, explaining on stderr and writing nothing to stdout', async ({ expect }) => {
    const run = promisify(execFile)(serverCommand[0], [...serverCommand[1]], {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH, ...(await databaseEnvironment()), ATLAS_TOKEN: `atlas_pat_${'a'.repeat(24)}.${'b'.repeat(24)}` },
    });

    await expect(run).rejects.toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/ATLAS_TOKEN is not a valid/) });
  }, spawnTimeout);

  it("refuses to start with the browser extension's save-jobs key", async ({ expect }) => {
    const run = promisify(execFile)(serverCommand[0], [...serverCommand[1]], {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH, ...(await databaseEnvironment()), ATLAS_TOKEN: aliceExtensionKey },
    });

    await expect(run).rejects.toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/browser extension key, which only saves jobs/) });
  }, spawnTimeout);

  it('refuses to start without a token, saying how to get one', async ({ expect }) => {
    const run = promisify(execFile)(serverCommand[0], [...serverCommand[1]], {
      cwd: repositoryRoot,
      env: { PATH: process.env.PATH, ...(await databaseEnvironment()) },
    });

    await expect(run).rejects.toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/ATLAS_TOKEN is not set/) });
  }, spawnTimeout);
});
