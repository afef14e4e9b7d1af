import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Transaction } from '../../db/database.ts';
import { jobDiscovery } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { loadCandidate } from '../matching/candidate.ts';
import { occupationTaxonomy } from '../occupations/occupation-taxonomy.ts';
import { UpstreamError } from '../errors.ts';
import { TokenDecryptionError, type TokenCipher } from '../gmail/token-cipher.ts';
import { loadSearchProfile } from '../search-profile.ts';
import { aggregatorDescriptions, aggregatorSources } from './aggregator-client.ts';
import { savePosting } from './catalogue.ts';
import type { JobSources } from './job-sources.ts';
import { keyedSourceDescriptions, keyedSources, type KeyedSource } from './keyed-sources.ts';
import { loadSourceKey, savedSourceKeys } from './source-keys.ts';

/** Every source discovery can search: the open aggregators, then the ones a user switches on with their own key. */
export const discoverySources = [...aggregatorSources, ...keyedSources] as const;
export type DiscoverySource = (typeof discoverySources)[number];
const isKeyed = (source: DiscoverySource): source is KeyedSource => (keyedSources as readonly string[]).includes(source);

export const sourceReportSchema = z.object({
  source: z.enum(discoverySources),
  state: z.enum(['waiting', 'searching', 'done', 'failed', 'off']),
  found: z.number().int(),
  added: z.number().int(),
  /** Entries the source listed that could not be read (a field missing or of the wrong kind), left out. */
  skipped: z.number().int().default(0),
  /** Why the source failed, in words the user can act on; never a posting's or CV's text. */
  failure: z.string().nullable(),
});
export const discoveryReportSchema = z.object({ searchedFor: z.array(z.string()), sources: z.array(sourceReportSchema) });
export type DiscoveryReport = z.infer<typeof discoveryReportSchema>;

/** What the Jobs page and Settings show: consent, each source on or off, and the latest run. */
export interface DiscoveryStatus {
  consented: boolean;
  sources: {
    source: DiscoverySource;
    name: string;
    covers: string;
    /** Searched in a run: switched on, and for a keyed source its key saved. */
    enabled: boolean;
    /** For a keyed source: where its key comes from, the form's fields, and whether the user saved one (never the key). */
    key?: { from: string; fields: { name: string; label: string; secret: boolean }[]; savedAt: string | null };
  }[];
  /** Whether this Atlas can store keys (ATLAS_ENCRYPTION_KEYS is set). */
  keysCanBeSaved?: boolean;
  state: 'idle' | 'running';
  startedAt: string | null;
  finishedAt: string | null;
  report: DiscoveryReport | null;
}

export async function discoveryStatus(db: Transaction, options: { keysCanBeSaved?: boolean } = {}): Promise<DiscoveryStatus> {
  const [row] = await db.select().from(jobDiscovery).limit(1);
  const disabled = new Set(row?.disabledSources ?? []);
  const saved = new Map((await savedSourceKeys(db)).map(({ source, savedAt }) => [source, savedAt]));
  return {
    consented: row !== undefined,
    sources: [
      ...aggregatorSources.map((source) => ({ source, ...aggregatorDescriptions[source], enabled: !disabled.has(source) })),
      ...keyedSources.map((source) => {
        const { name, covers, keyFrom, fields } = keyedSourceDescriptions[source];
        const savedAt = saved.get(source) ?? null;
        return { source, name, covers, enabled: savedAt !== null && !disabled.has(source), key: { from: keyFrom, fields, savedAt } };
      }),
    ],
    keysCanBeSaved: options.keysCanBeSaved,
    state: row?.state ?? 'idle',
    startedAt: row?.startedAt?.toISOString() ?? null,
    finishedAt: row?.finishedAt?.toISOString() ?? null,
    report: row?.report ? discoveryReportSchema.parse(row.report) : null,
  };
}

/** The user's consent and choice of sources; turning every source off keeps the consent, and finds nothing. */
export async function saveDiscoverySettings(db: Transaction, options: { userId: string; enabled: Partial<Record<DiscoverySource, boolean>>; now: Date }) {
  const [row] = await db.select().from(jobDiscovery).limit(1);
  // A source not named keeps its switch; a keyed source without a key keeps it too, for when its key is saved.
  const wasDisabled = new Set(row?.disabledSources ?? []);
  const disabledSources = discoverySources.filter((source) => !(options.enabled[source] ?? !wasDisabled.has(source)));
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

/** A keyed source searched with the user's own credentials, decrypted for this search only and never logged. */
async function searchWithKey(
  database: Database,
  options: { userId: string; source: KeyedSource; jobSources: JobSources; cipher: TokenCipher | null; query: { words: string } },
) {
  const { source, cipher } = options;
  const name = keyedSourceDescriptions[source].name;
  if (!cipher) throw new UpstreamError(name, 'your saved key cannot be read: this Atlas has no ATLAS_ENCRYPTION_KEYS');
  let credentials;
  try {
    credentials = await withUser(database, options.userId, (db) => loadSourceKey(db, { userId: options.userId, source, cipher }));
  } catch (error) {
    if (error instanceof TokenDecryptionError || error instanceof z.ZodError || error instanceof SyntaxError) {
      throw new UpstreamError(name, 'your saved key could not be read; save it again in Settings');
    }
    throw error;
  }
  if (!credentials) throw new UpstreamError(name, 'has no key saved; add yours in Settings');
  const client = options.jobSources.keyed[source] as { search(query: { words: string }, credentials: unknown): ReturnType<JobSources['keyed'][KeyedSource]['search']> };
  return client.search(options.query, credentials);
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
  options: {
    userId: string;
    jobSources: JobSources;
    now: () => Date;
    onPostingsAdded?: () => void;
    /** Decrypts the users' own keys for keyed sources; null when this Atlas has no ATLAS_ENCRYPTION_KEYS. */
    cipher?: TokenCipher | null;
  },
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
    // A keyed source the user has no key for is not theirs to search, so it is not in their report.
    report.sources = status.sources.filter(({ key }) => !key || key.savedAt !== null).map(({ source, enabled }) => ({ source, state: enabled ? 'waiting' : 'off', found: 0, added: 0, skipped: 0, failure: null }));
    await save(false);
    for (const entry of report.sources) {
      if (entry.state === 'off') continue;
      entry.state = 'searching';
      await save(false);
      try {
        const query = { words: words.join(' OR ') };
        const { postings, skipped } = isKeyed(entry.source)
          ? await searchWithKey(database, { userId, source: entry.source, jobSources, cipher: options.cipher ?? null, query })
          : await jobSources.aggregators[entry.source].search(query);
        entry.found = postings.length;
        entry.skipped = skipped;
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
