import type { z } from 'zod';
import { readBoardEntries } from './board-client.ts';
import type { Posting } from './posting.ts';

/** Open job aggregators Atlas can fill the catalogue from without an account or a key. */
export const aggregatorSources = ['remotive', 'arbeitnow', 'themuse', 'remoteok', 'himalayas', 'jobicy', 'hackernews'] as const;
export type AggregatorSource = (typeof aggregatorSources)[number];

/** What an aggregator is called in the app, and what it lists. */
export const aggregatorDescriptions: Record<AggregatorSource, { name: string; covers: string }> = {
  remotive: { name: 'Remotive', covers: 'remote jobs worldwide, searched by your roles' },
  arbeitnow: { name: 'Arbeitnow', covers: 'the newest jobs in Germany and Europe, many remote or English-speaking' },
  themuse: { name: 'The Muse', covers: 'the newest jobs at companies on The Muse, mostly in the US, on site and remote' },
  remoteok: { name: 'RemoteOK', covers: 'the newest remote jobs worldwide, mostly in tech' },
  himalayas: { name: 'Himalayas', covers: 'the newest remote jobs, with the countries each hires in and often its pay' },
  jobicy: { name: 'Jobicy', covers: 'remote jobs worldwide, searched by your roles' },
  hackernews: { name: 'Hacker News: Who is hiring?', covers: "this month's thread of jobs posted by the hiring companies themselves, mostly tech" },
};

/** What one search of an aggregator brought back: the postings, and how many of its entries could not be read. */
export interface AggregatorResult {
  postings: Posting[];
  /** Entries left out because a field Atlas needs was missing or of the wrong kind; the others are kept. */
  skipped: number;
}

/**
 * An open aggregator: the postings it lists for a search (or its newest, when it cannot search).
 * The search text is words about work (roles, skills), never anything from a CV.
 */
export interface AggregatorClient {
  search(query: { words: string }): Promise<AggregatorResult>;
}

/**
 * Each entry of a source's list checked on its own: one malformed entry is counted and left out,
 * never losing the others. `toPosting` may return null for an entry that is not a posting at all
 * (a notice, a reply), which is neither kept nor counted unless `nullIsSkipped`.
 */
export function readEntries<Schema extends z.ZodType>(
  entries: unknown[],
  schema: Schema,
  toPosting: (entry: z.output<Schema>) => Posting | null,
  /** Count a null as skipped: for sources whose null means a posting Atlas cannot keep (one naming no company). */
  options: { nullIsSkipped?: boolean } = {},
): AggregatorResult {
  // Aggregators' postings are never closed by a later search, so an unreadable entry's id is not needed.
  const read = readBoardEntries(entries, schema, () => null);
  const postings: Posting[] = [];
  let skipped = read.unreadable;
  for (const entry of read.postings) {
    try {
      const posting = toPosting(entry);
      if (posting) postings.push(posting);
      else if (options.nullIsSkipped) skipped++;
    } catch {
      skipped++;
    }
  }
  return { postings, skipped };
}

/** The phrases of a search ("backend engineer OR nurse" → [["backend", "engineer"], ["nurse"]]), lower-cased. */
export function searchPhrases(words: string): string[][] {
  return words
    .toLowerCase()
    .split(/\s+or\s+|[,;]/)
    .map((phrase) => phrase.split(/\s+/).filter(Boolean))
    .filter((phrase) => phrase.length > 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a posting speaks of any of the phrases searched for, every word of a phrase as a whole
 * word in its title or opening: for sources that list their newest jobs, unsearched.
 */
export function mentionsAny(posting: Pick<Posting, 'title' | 'description'>, phrases: string[][], extra = ''): boolean {
  if (phrases.length === 0) return true;
  const text = `${posting.title} ${extra} ${posting.description.slice(0, 2000)}`.toLowerCase();
  return phrases.some((words) => words.every((word) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word)}(?![\\p{L}\\p{N}])`, 'u').test(text)));
}
