import type { Posting } from './posting.ts';

/** Open job aggregators Atlas can fill the catalogue from without an account or a key. */
export const aggregatorSources = ['remotive', 'arbeitnow'] as const;
export type AggregatorSource = (typeof aggregatorSources)[number];

/** What an aggregator is called in the app, and what it lists. */
export const aggregatorDescriptions: Record<AggregatorSource, { name: string; covers: string }> = {
  remotive: { name: 'Remotive', covers: 'remote jobs worldwide, searched by your roles' },
  arbeitnow: { name: 'Arbeitnow', covers: 'the newest jobs in Germany and Europe, many remote or English-speaking' },
};

/**
 * An open aggregator: the postings it lists for a search (or its newest, when it cannot search).
 * The search text is words about work (roles, skills), never anything from a CV.
 */
export interface AggregatorClient {
  search(query: { words: string }): Promise<Posting[]>;
}
