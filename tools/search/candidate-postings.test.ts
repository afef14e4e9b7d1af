import { randomUUID } from 'node:crypto';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/database.ts';
import { jobs } from '../../db/schema.ts';
import { openTestDatabase } from '../../db/test-database.ts';
import { classifyUnreadPostings } from '../occupations/classify-unread-postings.ts';
import { occupationRulesVersion, storedOccupation } from '../occupations/posting-occupation.ts';
import { inRolledBackCatalogue } from '../test-catalogue.ts';
import { sql } from 'drizzle-orm';
import { candidatePostings, estimatedMatches, exhaustiveMaximum } from './candidate-postings.ts';
import { jobFilterConditions, openPostingConditions } from './job-filters.ts';
import { parseSearchQuery } from './search-query.ts';

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

describe('candidatePostings with a filter that leaves more postings than are ranked whole', () => {
  it('finds the postings that answer the request among those the filter keeps, and none it leaves out', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const inBerlin = (entry: ReturnType<typeof posting>) => ({ ...entry, locations: ['Berlin, Germany'] });
      const kept = Array.from({ length: exhaustiveMaximum }, (_, index) => inBerlin(posting(index % 2 ? 'Account Executive' : 'Warehouse Operative', index % 90)));
      const wanted = [inBerlin(posting('Registered Nurse', 2)), inBerlin(posting('Staff Nurse', 5))];
      const elsewhere = Array.from({ length: 20 }, (_, index) => ({ ...posting('Registered Nurse', index), locations: ['Munich, Germany'] }));
      await db.insert(jobs).values([...kept, ...wanted, ...elsewhere]);
      const narrowing = jobFilterConditions({ location: 'berlin' }, new Date('2026-06-01T00:00:00Z'));
      const query = parseSearchQuery('nurse');

      const ids = await candidatePostings(db, { conditions: [...openPostingConditions, ...narrowing], filtered: true, query: { ...query, text: query.wanted }, occupations: ['registered-nurse'], vector: null });
      const found = await db.select({ title: jobs.title, locations: jobs.locations }).from(jobs).where(inArray(jobs.id, ids));

      expect(found.filter((row) => /Nurse/.test(row.title)).map((row) => row.locations)).toEqual([['Berlin, Germany'], ['Berlin, Germany']]);
      expect(found.every((row) => row.locations[0] === 'Berlin, Germany')).toBe(true);
    });
  });
});

describe('estimatedMatches', () => {
  it("tells a filter that keeps most of the catalogue from one that keeps a few, from the planner's statistics and with the filter's values bound", async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const remote = Array.from({ length: 3000 }, (_, index) => ({ ...posting('Account Executive', index % 90), workplaceType: 'remote', locations: ['Remote'] }));
      const inBerlin = Array.from({ length: 40 }, (_, index) => ({ ...posting('Registered Nurse', index), workplaceType: 'onsite', locations: ['Berlin, Germany'] }));
      await db.insert(jobs).values([...remote, ...inBerlin]);
      await db.execute(sql`analyze jobs`);
      const now = new Date('2026-06-01T00:00:00Z');
      const estimate = (filters: Parameters<typeof jobFilterConditions>[0]) =>
        estimatedMatches(db, sql.join([...openPostingConditions, ...jobFilterConditions(filters, now)], sql` and `));

      expect(await estimate({ remoteOnly: true })).toBeGreaterThan(2000);
      expect(await estimate({ location: 'Berlin' })).toBeLessThan(500);
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

  it('reads again the postings an older version of the rules read, and leaves those the current version read', async () => {
    await inRolledBackCatalogue(handle.db, 'none', async (db) => {
      const stale = { ...posting('Lehrkraft für sonderpädagogische Förderung – auch mit Lehramt Grundschule', 1), occupation: 'primary-teacher', occupationRules: 'an-older-version' };
      const current = { ...posting('Registered Nurse', 1), occupation: 'kept-as-read', occupationRules: occupationRulesVersion };
      const inserted = await db.insert(jobs).values([stale, current]).returning({ id: jobs.id });

      await classifyUnreadPostings(db, { batchSize: 50 });
      const rows = await db.select({ title: jobs.title, occupation: jobs.occupation, rules: jobs.occupationRules }).from(jobs).where(inArray(jobs.id, inserted.map((row) => row.id)));

      expect(rows.find((row) => row.title.startsWith('Lehrkraft'))).toMatchObject({ occupation: 'special-education-teacher', rules: occupationRulesVersion });
      expect(rows.find((row) => row.title === 'Registered Nurse')?.occupation).toBe('kept-as-read');
    });
  });
});
