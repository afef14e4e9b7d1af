import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { createMcpServer } from './create-mcp-server.ts';

type Hints = { readOnlyHint: boolean; destructiveHint?: boolean; idempotentHint?: boolean; openWorldHint: boolean };

const read = (openWorldHint = false): Hints => ({ readOnlyHint: true, openWorldHint });
const write = (hints: { destructive?: boolean; idempotent?: boolean; openWorld?: boolean }): Hints => ({
  readOnlyHint: false,
  destructiveHint: hints.destructive ?? false,
  idempotentHint: hints.idempotent ?? false,
  openWorldHint: hints.openWorld ?? false,
});

/**
 * What each tool really does. Open world: it fetches pages or calls job board or Gmail APIs.
 * Destructive: it deletes or overwrites something the user had. Idempotent: the same call again
 * changes nothing more. A new tool fails this test until it is given a row.
 */
const expected: Record<string, Hints> = {
  listApplications: read(),
  updateApplication: write({ destructive: true, idempotent: true }),
  scoreMatch: read(),
  getResume: read(),
  saveJob: write({ idempotent: true }),
  searchJobs: read(),
  listSearchHistory: read(),
  deleteSearch: write({ destructive: true, idempotent: true }),
  importJob: write({ idempotent: true, openWorld: true }),
  followBoard: write({ idempotent: true, openWorld: true }),
  followCompany: write({ idempotent: true, openWorld: true }),
  listFollowedBoards: read(),
  unfollowBoard: write({ destructive: true, idempotent: true }),
  refreshBoards: write({ idempotent: true, openWorld: true }),
  getCv: read(),
  getSearchProfile: read(),
  rememberPreference: write({ destructive: true, idempotent: true }),
  draftOutreach: write({}),
  startInterviewPractice: write({}),
  tailorResume: write({}),
  submitInterviewAnswers: write({ destructive: true }),
  // It may ask Gmail for new mail first (syncFirst).
  readGmailMetadata: read(true),
  labelThread: write({ destructive: true, idempotent: true, openWorld: true }),
  createTask: write({}),
  listTasks: read(),
  updateTask: write({ destructive: true, idempotent: true }),
  getBriefing: read(),
  listContacts: read(),
  saveContact: write({ destructive: true, idempotent: true }),
};

describe('MCP tool annotations', () => {
  it('tell the truth about every listed tool: reads, deletes, repeats and reaching outside Atlas', async () => {
    // Listing tools touches no data, so no database is opened.
    const server = createMcpServer({ database: undefined as unknown as Database, userId: 'nobody', scopes: ['read'], actor: 'mcp', logError: () => {} });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    await server.connect(serverSide);
    const client = new Client({ name: 'annotations-test', version: '1.0.0' });
    await client.connect(clientSide);

    const { tools } = await client.listTools();
    await client.close();
    const actual = Object.fromEntries(
      tools.map((tool) => {
        const { title: _title, ...hints } = tool.annotations ?? {};
        // A hint left out means the MCP default: not read-only, and destructive unless it says otherwise.
        const withDefaults = hints.readOnlyHint ? hints : { readOnlyHint: false, destructiveHint: true, ...hints };
        return [tool.name, withDefaults];
      }),
    );

    expect(actual).toEqual(expected);
  });
});
