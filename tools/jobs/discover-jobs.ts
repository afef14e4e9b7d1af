import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../../db/database.ts';
import { jobDiscovery } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { loadCandidate } from '../matching/candidate.ts';
import { occupationTaxonomy } from '../occupations/occupation-taxonomy.ts';
import { UpstreamError } from '../errors.ts';
import { loadSearchProfile } from '../search-profile.ts';
import { aggregatorDescriptions, aggregatorSources, type AggregatorSource } from './aggregator-client.ts';
import { savePosting } from './catalogue.ts';
import type { JobSources } from './job-sources.ts';

export const sourceReportSchema = z.object({
  source: z.enum(aggregatorSources),
  state: z.enum(['waiting', 'searching', 'done', 'failed', 'off']),
  found: z.number().int(),
  added: z.number().int(),
  /** Why the source failed, in words the user can act on; never a posting's or CV's text. */
  failure: z.string().nullable(),
});
export const discoveryReportSchema = z.object({ searchedFor: z.array(z.string()), sources: z.array(sourceReportSchema) });
export type DiscoveryReport = z.infer<typeof discoveryReportSchema>;

/** What the Jobs page and Settings show: consent, each source on or off, and the latest run. */
export interface DiscoveryStatus {
  consented: boolean;
  sources: { source: AggregatorSource; name: string; covers: string; enabled: boolean }[];
  state: 'idle' | 'running';
  startedAt: string | null;
  finishedAt: string | null;
  report: DiscoveryReport | null;
}

export async function discoveryStatus(db: Transaction): Promise<DiscoveryStatus> {
  const [row] = await db.select().from(jobDiscovery).limit(1);
  const disabled = new Set(row?.disabledSources ?? []);
  return {
    consented: row !== undefined,
    sources: aggregatorSources.map((source) => ({ source, ...aggregatorDescriptions[source], enabled: !disabled.has(source) })),
    state: row?.state ?? 'idle',
    startedAt: row?.startedAt?.toISOString() ?? null,
    finishedAt: row?.finishedAt?.toISOString() ?? null,
    report: row?.report ? discoveryReportSchema.parse(row.report) : null,
  };
}

/** The user's consent and choice of sources; turning every source off keeps the consent, and finds nothing. */
export async function saveDiscoverySettings(db: Transaction, options: { userId: string; enabled: Partial<Record<AggregatorSource, boolean>>; now: Date }) {
  const current = await discoveryStatus(db);
  const disabledSources = current.sources.filter(({ source, enabled }) => !(options.enabled[source] ?? enabled)).map(({ source }) => source);
  await db
    .insert(jobDiscovery)
    .values({ userId: options.userId, consentedAt: options.now, disabledSources, updatedAt: options.now })
    .onConflictDoUpdate({ target: jobDiscovery.userId, set: { disabledSources, updatedAt: options.now } });
  return discoveryStatus(db);
}

/** Withdrawing consent: no more runs, and the setting goes. Postings already in the catalogue stay (they are public). */
export async function withdrawDiscovery(db: Transaction) {
  await db.delete(jobDiscovery);
}

/**
 * The words a run searches for: the roles the user's profile names, else the occupations their CV
 * names in the taxonomy's English wording. Only these words leave Atlas, never the CV or the profile.
 */
export async function discoverySearchWords(db: Transaction, now: Date): Promise<string[]> {
  const profile = await loadSearchProfile(db);
  if (profile.targetRoles.length > 0) return profile.targetRoles.slice(0, 3);
  const candidate = await loadCandidate(db, now);
  const taxonomy = occupationTaxonomy();
  return (candidate?.facts.occupations ?? [])
    .slice(0, 3)
    .flatMap(({ occupation }) => taxonomy.get(occupation)?.titles.find((title) => /^[a-z ]+$/.test(title)) ?? []);
}

const stalledAfterMs = 15 * 60_000;
/** How long the catalogue's discovered postings are trusted before the next visit refreshes them. */
export const refreshAfterMs = 24 * 60 * 60_000;

/** Whether the user's discovered postings are a day old (or were never fetched), so a visit should refresh them. */
export function discoveryIsDue(status: DiscoveryStatus, now: Date) {
  if (!status.consented || status.state === 'running') return false;
  return status.finishedAt === null || Date.parse(status.finishedAt) < now.getTime() - refreshAfterMs;
}

/** Claims a run for the user unless one is going (another tab, the daily refresh); false when not consented or busy. */
async function claimRun(database: Database, userId: string, now: Date) {
  return withUser(database, userId, async (db) => {
    const [row] = await db.select().from(jobDiscovery).for('update');
    // A run that has said nothing for a quarter of an hour died with its process: it is taken over.
    const going = row?.state === 'running' && row.updatedAt.getTime() > now.getTime() - stalledAfterMs;
    if (!row || going) return false;
    await db.update(jobDiscovery).set({ state: 'running', startedAt: now, finishedAt: null, updatedAt: now }).where(eq(jobDiscovery.userId, userId));
    return true;
  });
}

function describeFailure(error: unknown) {
  return error instanceof UpstreamError ? error.message : 'the search could not be completed';
}

/**
 * One discovery run for a user who consented: each enabled aggregator searched for the user's roles,
 * in turn, its postings added to the shared catalogue, and the report saved after every step so the
 * page shows progress. A source that fails is reported and skipped; it never stops the others.
 * Returns the report, or null when there was nothing to run (no consent, or a run already going).
 */
export async function runJobDiscovery(
  database: Database,
  options: { userId: string; jobSources: JobSources; now: () => Date; onPostingsAdded?: () => void },
): Promise<DiscoveryReport | null> {
  const { userId, jobSources, now } = options;
  if (!(await claimRun(database, userId, now()))) return null;
  const report: DiscoveryReport = { searchedFor: [], sources: [] };
  const save = (finished: boolean) =>
    withUser(database, userId, (db) =>
      db
        .update(jobDiscovery)
        .set({ report, updatedAt: now(), ...(finished ? { state: 'idle' as const, finishedAt: now() } : {}) })
        .where(eq(jobDiscovery.userId, userId)),
    );
  try {
    const { words, status } = await withUser(database, userId, async (db) => ({ words: await discoverySearchWords(db, now()), status: await discoveryStatus(db) }));
    report.searchedFor = words;
    report.sources = status.sources.map(({ source, enabled }) => ({ source, state: enabled ? 'waiting' : 'off', found: 0, added: 0, failure: null }));
    await save(false);
    for (const entry of report.sources) {
      if (entry.state === 'off') continue;
      entry.state = 'searching';
      await save(false);
      try {
        const postings = await jobSources.aggregators[entry.source].search({ words: words.join(' OR ') });
        entry.found = postings.length;
        const outcomes = await withUser(database, userId, async (db) => {
          const saved = [];
          for (const posting of postings) saved.push((await savePosting(db, posting, { board: null, now: now() })).outcome);
          return saved;
        });
        entry.added = outcomes.filter((outcome) => outcome === 'added').length;
        entry.state = 'done';
        if (entry.found > 0) options.onPostingsAdded?.();
      } catch (error) {
        entry.state = 'failed';
        entry.failure = describeFailure(error);
      }
      await save(false);
    }
  } finally {
    await save(true);
  }
  return report;
}
