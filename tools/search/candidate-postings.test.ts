import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { jobs } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { classifyUnreadPostings } from '../occupations/classify-unread-postings.ts';
import { storedOccupation } from '../occupations/posting-occupation.ts';
import { inRolledBackCatalogue } from '../test-catalogue.ts';
import { candidatePostings, exhaustiveMaximum } from './candidate-postings.ts';
import { openPostingConditions } from './job-filters.ts';

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openTestDatabase();
});
afterAll(() => handle.close());

const day = 24 * 60 * 60 * 1000;
const posting = (title: string, daysAgo: number) => {
  const description = `We are hiring: ${title}. Join our team.`;
  return { source: 'greenhouse', externalId: randomUUID(), company: 'Acme', title, description, publishedAt: new Date(Date.UTC(2026, 5, 1) - daysAgo * day), occupation: storedOccupation({ title, description }) };
};

describe('candidatePostings on a catalogue too big to rank whole', () => {
  it('takes the newest postings filed under the occupation sought, a few of related ones, and none of others', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const others = Array.from({ length: exhaustiveMaximum }, (_, index) => posting(index % 2 ? 'Account Executive' : 'Warehouse Operative', index % 90));
      const nurses = Array.from({ length: 12 }, (_, index) => posting(index % 3 ? 'Registered Nurse' : 'Staff Nurse - Acute Medical Unit', index));
      const icu = [posting('ICU Nurse', 3), posting('Critical Care Nurse', 40)];
      await db.insert(jobs).values([...others, ...nurses, ...icu]);

      const ids = await candidatePostings(db, { conditions: [...openPostingConditions], filtered: false, query: null, occupations: ['registered-nurse'], vector: null });
      const found = await db.select({ title: jobs.title }).from(jobs).where(inArray(jobs.id, ids));
      const titles = found.map((row) => row.title);

      expect(titles.filter((title) => /Nurse/.test(title)).length).toBe(14);
      expect(titles.filter((title) => !/Nurse/.test(title))).toEqual([]);
    });
  });
});

describe('classifyUnreadPostings', () => {
  it('files postings written before occupations were stored under theirs, and those that name none under none', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const unread = [
        { ...posting('Senior Backend Engineer (Go)', 1), occupation: null },
        { ...posting('Moonlight Juggler', 1), occupation: null },
      ];
      const inserted = await db.insert(jobs).values(unread).returning({ id: jobs.id });

      await classifyUnreadPostings(db, { batchSize: 1 });
      const rows = await db.select({ title: jobs.title, occupation: jobs.occupation }).from(jobs).where(inArray(jobs.id, inserted.map((row) => row.id)));

      expect(Object.fromEntries(rows.map((row) => [row.title, row.occupation]))).toEqual({ 'Senior Backend Engineer (Go)': 'backend-engineer', 'Moonlight Juggler': '' });
    });
  });
});
