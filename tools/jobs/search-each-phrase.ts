import { searchPhrases, type AggregatorResult } from './aggregator-client.ts';
import type { Posting } from './posting.ts';

/** Roles a user names beyond the third are rare, and each phrase costs a request from the source's daily allowance. */
const phrasesAsked = 3;

/**
 * A source that searches by keywords, asked once per phrase of the search ("backend engineer OR
 * nurse" is two requests), at most three; with no phrase at all it is asked once with `null`, for its
 * newest jobs. A job listed for two phrases is kept once, as first listed.
 */
export async function searchEachPhrase(words: string, searchOne: (phrase: string | null) => Promise<AggregatorResult>): Promise<AggregatorResult> {
  const phrases = searchPhrases(words)
    .slice(0, phrasesAsked)
    .map((phrase) => phrase.join(' '));
  const byId = new Map<string, Posting>();
  let skipped = 0;
  for (const phrase of phrases.length > 0 ? phrases : [null]) {
    const found = await searchOne(phrase);
    skipped += found.skipped;
    for (const posting of found.postings) if (!byId.has(posting.externalId)) byId.set(posting.externalId, posting);
  }
  return { postings: [...byId.values()], skipped };
}
