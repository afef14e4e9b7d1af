import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { openTestDatabase } from '../db/test-database.ts';
import { createTestUser } from '../db/test-users.ts';
import { followCompany } from './follow-company.ts';
import { boardNameGuesses } from './jobs/find-company-board.ts';
import { freshBoardFixture, startHttpStub, stubJobSources, uniqueName, type HttpStub } from './jobs/test-job-sources.ts';
import { runTool } from './run-tool.ts';

let handle: DatabaseHandle;
let stub: HttpStub;
beforeAll(async () => {
  handle = await openTestDatabase();
  stub = await startHttpStub();
});
afterAll(async () => {
  await stub.close();
  await handle.close();
});

const follow = async (company: string) => {
  const user = await createTestUser(handle.db);
  return runTool(followCompany, { company }, { database: handle.db, userId: user.id, actor: 'agent', jobSources: stubJobSources(stub) });
};

describe('boardNameGuesses', () => {
  it('spells a company name the ways board names do, without legal suffixes', () => {
    expect(boardNameGuesses('Acme Robotics, Inc.')).toEqual(['acmerobotics', 'acme-robotics', 'acme_robotics', 'acme']);
    expect(boardNameGuesses('Harbor & Pine GmbH')).toEqual(['harborandpine', 'harbor-and-pine', 'harbor_and_pine', 'harbor', 'harborpine']);
  });
});

describe('followCompany', () => {
  it('finds the board a company publishes on by trying its name on each service, follows it and imports its postings', async () => {
    const name = uniqueName('Zorblax');
    const slug = name.toLowerCase();
    const lever = freshBoardFixture<{ categories?: unknown }[]>('lever-postings.json');
    // Lever names no company in its postings API: the posting pages do, and tests cannot reach them,
    // so the postings are filed under the board's name, which is the company's.
    stub.on(`/v0/postings/${slug}`, { body: lever });

    const result = await follow(name);

    expect(result.followed).toMatchObject({ board: { source: 'lever', board: slug, company: name }, counts: { added: lever.length } });
    expect(result.note).toContain(`Following ${name} on lever`);
    expect(stub.requests.some((request) => request.pathname === `/v1/boards/${slug}/jobs`)).toBe(true);
  });

  it('follows nothing and says what to do when no board is found', async () => {
    const result = await follow(uniqueName('Nowhere Labs'));

    expect(result).toMatchObject({ followed: null });
    expect(result.note).toMatch(/No public job board was found .* careers page or board address/);
  });
});
