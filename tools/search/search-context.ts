import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import { candidateFrom, candidateSourceColumns, candidateSources } from '../matching/candidate.ts';
import type { CvPassage } from '../matching/cv-evidence.ts';
import type { Candidate } from '../matching/match-report.ts';
import { emptySearchProfile, type SearchProfile } from '../search-profile.ts';

/** What a search knows of the user and the request before it reads the catalogue. */
export interface SearchContext {
  profile: SearchProfile;
  /** Null when the user has no CV. */
  candidate: Candidate | null;
  /** The mean of the CV's passage vectors of `centroidModel`; null without a CV, the model, or such vectors. */
  cvCentroid: number[] | null;
  /** The wanted words as Postgres stems them, in the order they first occur (for the full-text side). */
  lexemes: string[];
}

/**
 * The user's CV, its passages and search profile, the CV's centroid, and the stems of the wanted
 * words, in one statement: each was a statement of its own, and on a server every statement is a
 * round trip inside the request's transaction. Row-level security keeps what is read the user's own.
 */
export async function loadSearchContext(db: Transaction, options: { now: Date; wanted: string; centroidModel: string | null }): Promise<SearchContext> {
  const centroid = options.centroidModel === null ? sql`null::text` : sql`(select avg(p.embedding)::text from cv_passages p where p.embedding_model = ${options.centroidModel} and p.embedding is not null)`;
  const [row] = await queryRows<{ cv_text: string | null; passages: CvPassage[]; profile: SearchProfile | null; centroid: string | null; lexemes: string[] }>(db, sql`
    select ${candidateSourceColumns}, ${centroid} as centroid,
           array(select lexeme from unnest(to_tsvector('english', ${options.wanted})) order by positions[1]) as lexemes
  `);
  const candidate = candidateFrom(candidateSources(row!), options.now);
  return {
    profile: row!.profile ?? emptySearchProfile,
    candidate,
    cvCentroid: candidate && row!.centroid ? (JSON.parse(row!.centroid) as number[]) : null,
    lexemes: row!.lexemes,
  };
}
