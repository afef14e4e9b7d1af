import { and, asc, eq, inArray, isNull, ne, notInArray, or } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { jobChunks, jobs } from '../../db/schema.ts';
import { catalogueChanged } from '../search/term-statistics.ts';
import { occupationRulesVersion, storedOccupation } from '../occupations/posting-occupation.ts';
import type { BoardSource, Posting } from './posting.ts';
import { contentHash, dedupeKey } from './posting-identity.ts';

export type CatalogueJob = typeof jobs.$inferSelect;
export type SaveOutcome = 'added' | 'updated' | 'unchanged';

/** What a board refresh did to the catalogue. */
export interface RefreshCounts {
  added: number;
  updated: number;
  closed: number;
  unchanged: number;
}

/** The columns a posting sets; everything the catalogue derives or tracks over time is left out. */
function postingColumns(posting: Posting, board: string | null) {
  return {
    company: posting.company,
    title: posting.title,
    locations: posting.locations,
    workplaceType: posting.workplaceType,
    employmentType: posting.employmentType,
    salaryMin: posting.salaryMin,
    salaryMax: posting.salaryMax,
    salaryCurrency: posting.salaryCurrency,
    description: posting.description,
    board,
    url: posting.url,
    applyUrl: posting.applyUrl,
    publishedAt: posting.publishedAt,
    contentHash: contentHash(posting),
    dedupeKey: dedupeKey(posting),
    occupation: storedOccupation(posting),
    occupationRules: occupationRulesVersion,
  };
}

type PostingColumns = ReturnType<typeof postingColumns>;

function sameValue(stored: unknown, incoming: unknown): boolean {
  if (stored instanceof Date || incoming instanceof Date) {
    return (stored as Date | null)?.getTime() === (incoming as Date | null)?.getTime();
  }
  if (Array.isArray(stored) && Array.isArray(incoming)) {
    return stored.length === incoming.length && stored.every((value, index) => value === incoming[index]);
  }
  return stored === incoming;
}

function hasChanged(stored: CatalogueJob, columns: PostingColumns): boolean {
  if (stored.closedAt) return true;
  // The occupation is read from the other columns, so it changes only when they do (or when it was never read).
  return (Object.keys(columns) as (keyof PostingColumns)[]).some((column) => column !== 'occupation' && column !== 'occupationRules' && !sameValue(stored[column], columns[column]));
}

/**
 * An open posting from another source that is this one under another name (same content hash or
 * same company, title and first location), so the catalogue lists the role once.
 */
async function findOriginal(db: Transaction, posting: Posting, columns: PostingColumns): Promise<string | null> {
  const [original] = await db
    .select({ id: jobs.id })
    .from(jobs)
    .where(
      and(
        ne(jobs.source, posting.source),
        isNull(jobs.closedAt),
        isNull(jobs.duplicateOf),
        or(eq(jobs.contentHash, columns.contentHash), eq(jobs.dedupeKey, columns.dedupeKey)),
      ),
    )
    .orderBy(asc(jobs.createdAt))
    .limit(1);
  return original?.id ?? null;
}

async function writePosting(
  db: Transaction,
  posting: Posting,
  stored: CatalogueJob | undefined,
  options: { board: string | null; now: Date },
): Promise<{ job: CatalogueJob; outcome: SaveOutcome }> {
  const columns = postingColumns(posting, options.board);
  const { now } = options;
  if (!stored) {
    const duplicateOf = await findOriginal(db, posting, columns);
    const values = {
      ...columns,
      source: posting.source,
      externalId: posting.externalId,
      duplicateOf,
      lastSeenAt: now,
      updatedAt: posting.updatedAt ?? posting.publishedAt ?? now,
    };
    // Another refresh may insert the same posting between our read and this write; theirs is as good.
    const [job] = await db
      .insert(jobs)
      .values(values)
      .onConflictDoUpdate({ target: [jobs.source, jobs.externalId], set: { ...columns, lastSeenAt: now, closedAt: null } })
      .returning();
    return { job: job!, outcome: 'added' };
  }
  const changed = hasChanged(stored, columns);
  // New words need new vectors: the posting waits for the embedding pass, out of search by meaning meanwhile.
  const reworded = (['title', 'company', 'locations', 'description'] as const).some((column) => !sameValue(stored[column], columns[column]));
  const [job] = await db
    .update(jobs)
    .set(
      changed
        ? { ...columns, lastSeenAt: now, updatedAt: now, closedAt: null, ...(reworded ? { embedding: null, embeddingModel: null } : {}) }
        : { lastSeenAt: now, occupation: columns.occupation, occupationRules: columns.occupationRules },
    )
    .where(eq(jobs.id, stored.id))
    .returning();
  // Vectors of the old words would still answer for the posting by meaning until the embedding pass.
  if (changed && reworded) await db.delete(jobChunks).where(eq(jobChunks.jobId, stored.id));
  return { job: job!, outcome: changed ? 'updated' : 'unchanged' };
}

/**
 * Saves one posting, idempotent on (source, external id); a new one is merged into an open duplicate
 * from another source. `board` is known when the posting came through a board's API.
 */
export async function savePosting(db: Transaction, posting: Posting, options: { board: string | null; now: Date }) {
  catalogueChanged();
  const [stored] = await db
    .select()
    .from(jobs)
    .where(and(eq(jobs.source, posting.source), eq(jobs.externalId, posting.externalId)));
  return writePosting(db, posting, stored, { board: options.board ?? stored?.board ?? null, now: options.now });
}

/**
 * Brings one board's postings in the catalogue in line with what the board lists now: new ones
 * added, changed ones updated, ones it no longer lists closed. Run it in a transaction of its own
 * (or a savepoint) so a failure part-way changes nothing.
 */
export async function refreshBoardPostings(
  db: Transaction,
  options: {
    source: BoardSource;
    board: string;
    postings: Posting[];
    now: Date;
    /** Ids the board still lists but whose entries could not be read: those postings are not closed. */
    stillListed?: string[];
    /** False when an entry could not be read even for its id: any open posting might be that one, so none is closed. */
    closeVanished?: boolean;
  },
): Promise<RefreshCounts> {
  const { source, board, now } = options;
  // A board that lists a posting twice must not count it twice.
  const postings = [...new Map(options.postings.map((posting) => [posting.externalId, posting])).values()];
  const externalIds = postings.map((posting) => posting.externalId);
  const storedRows =
    externalIds.length === 0
      ? []
      : await db.select().from(jobs).where(and(eq(jobs.source, source), inArray(jobs.externalId, externalIds)));
  const stored = new Map(storedRows.map((row) => [row.externalId, row]));

  catalogueChanged();
  const counts: RefreshCounts = { added: 0, updated: 0, closed: 0, unchanged: 0 };
  for (const posting of postings) {
    const { outcome } = await writePosting(db, posting, stored.get(posting.externalId), { board, now });
    counts[outcome] += 1;
  }

  if (options.closeVanished === false) return counts;
  const listedIds = [...new Set([...externalIds, ...(options.stillListed ?? [])])];
  const vanished = and(eq(jobs.source, source), eq(jobs.board, board), isNull(jobs.closedAt));
  const closed = await db
    .update(jobs)
    .set({ closedAt: now })
    .where(listedIds.length === 0 ? vanished : and(vanished, notInArray(jobs.externalId, listedIds)))
    .returning({ id: jobs.id });
  counts.closed = closed.length;
  return counts;
}
