import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { jobs } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { inRolledBackCatalogue } from '../test-catalogue.ts';
import { openPostingConditions } from './job-filters.ts';
import { anyWordTsquery, lexicalRanking, mostWordsTsquery } from './lexical-ranking.ts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows.ts';
import { parseSearchQuery } from './search-query.ts';

describe('mostWordsTsquery', () => {
  it('asks for at least half of the words, in any combination', () => {
    expect(mostWordsTsquery(['senior', 'python', 'backend'])).toBe(
      "('senior' & 'python') | ('senior' & 'backend') | ('python' & 'backend')",
    );
  });

  it('leaves two words or fewer to the any-word stage', () => {
    expect(mostWordsTsquery(['icu', 'nurs'])).toBeNull();
  });
});

describe('lexicalRanking', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle.close());

  const posting = (title: string) => ({ source: 'greenhouse' as const, externalId: randomUUID(), company: 'Lexica', title, description: `${title}. Join our team.` });

  it('matches a posting with any one of the words, as Postgres reads the constant it is handed', async () => {
    const text = anyWordTsquery(['control', 'month-end', 'gaap', 'control']);
    expect(text).toBe("'control' | 'month-end' | 'gaap'");
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const [row] = await queryRows<{ one: boolean; none: boolean }>(db, sql`
        select to_tsvector('simple', 'GAAP reporting') @@ to_tsquery('simple', ${text}) as one,
               to_tsvector('simple', 'payroll clerk') @@ to_tsquery('simple', ${text}) as none
      `);
      expect(row).toEqual({ one: true, none: false });
    });
    expect(anyWordTsquery([])).toBeNull();
  });

  it('ranks postings with any one word only when the words together found fewer than asked', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      await db.insert(jobs).values([...Array.from({ length: 4 }, () => posting('Technical Recruiter')), ...Array.from({ length: 6 }, () => posting('Technical Writer'))]);
      const search = (fewest: number) =>
        lexicalRanking(db, { query: parseSearchQuery('technical recruiter'), conditions: [...openPostingConditions], enough: 300, limit: 300, fewest });
      const titles = async (ids: string[]) => (await db.select({ title: jobs.title }).from(jobs).where(inArray(jobs.id, ids))).map((row) => row.title);

      expect(new Set(await titles(await search(3)))).toEqual(new Set(['Technical Recruiter']));
      expect(new Set(await titles(await search(5)))).toEqual(new Set(['Technical Recruiter', 'Technical Writer']));
    });
  });
});

describe('lexicalRanking with a bounded pool', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openTestDatabase();
  });
  afterAll(() => handle.close());

  const posting = (title: string, description: string) => ({ source: 'greenhouse' as const, externalId: randomUUID(), company: 'Poolside', title, description });

  it("ranks each word's best postings when more have the words than the pool holds, and every posting when fewer do", async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const inDescription = Array.from({ length: 8 }, (_, index) => posting(`Analyst ${index}`, 'You will work with a recruiter now and then.'));
      const inTitle = [posting('Recruiter', 'Hiring.'), posting('Senior Recruiter', 'Hiring.')];
      await db.insert(jobs).values([...inDescription, ...inTitle]);
      const search = (pool: number) => lexicalRanking(db, { query: parseSearchQuery('recruiter'), conditions: [...openPostingConditions], enough: 2, limit: 2, pool });
      const titles = async (ids: string[]) => (await db.select({ title: jobs.title }).from(jobs).where(inArray(jobs.id, ids))).map((row) => row.title);

      expect(new Set(await titles(await search(3)))).toEqual(new Set(['Recruiter', 'Senior Recruiter']));
      expect(new Set(await titles(await search(50)))).toEqual(new Set(['Recruiter', 'Senior Recruiter']));
    });
  });
});

