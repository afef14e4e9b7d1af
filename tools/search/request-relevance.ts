import { occupationRelatedness } from '../occupations/occupation-relatedness.ts';
import type { PostingFacts } from '../matching/posting-facts.ts';
import { inverseDocumentFrequency, type TermStatistics } from './term-statistics.ts';

// BM25's usual constants (Robertson and Zaragoza, 2009).
const k1 = 1.2;
const b = 0.75;

/**
 * BM25 over the fields a posting's facts weigh (title twice, requirements, nice-to-haves less,
 * boilerplate not at all) with the catalogue's rarity of each word: how well each posting's words
 * answer the wanted words.
 */
export function bm25Scores(queryTerms: string[], postings: Map<string, PostingFacts>, statistics: TermStatistics): Map<string, number> {
  const asked = new Map<string, number>();
  for (const term of queryTerms) asked.set(term, (asked.get(term) ?? 0) + 1);
  const lengths = new Map([...postings].map(([id, facts]) => [id, [...facts.terms.values()].reduce((sum, count) => sum + count, 0)]));
  const averageLength = [...lengths.values()].reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.size) || 1;
  const scores = new Map<string, number>();
  for (const [id, facts] of postings) {
    let score = 0;
    const length = lengths.get(id)!;
    for (const [term, count] of asked) {
      const tf = facts.terms.get(term) ?? 0;
      if (tf === 0) continue;
      score += count * inverseDocumentFrequency(statistics, term) * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength)));
    }
    scores.set(id, score);
  }
  return scores;
}

/** How close a posting's occupation is to the nearest of those asked for. */
function closestRelatedness(occupations: string[], postingOccupation: string): number {
  return Math.max(0, ...occupations.map((occupation) => occupationRelatedness(occupation, postingOccupation)));
}

/**
 * How well a posting answers the wanted part of a request, 0–1: its occupation against the one the
 * request names (when both are known), its words (BM25, relative to the best candidate) and its
 * meaning (embedding cosine).
 */
export function requestRelevance(options: { occupations: string[]; posting: PostingFacts; words: number; meaning: number | null }): number {
  const { occupations, posting, words, meaning } = options;
  const meaningFit = meaning === null ? words : Math.min(1, Math.max(0, (meaning - 0.2) / 0.5));
  if (occupations.length === 0) return 0.7 * words + 0.3 * meaningFit;
  const postingOccupation = posting.occupation?.occupation;
  const role = postingOccupation ? closestRelatedness(occupations, postingOccupation) : 0.6 * words;
  return 0.6 * role + 0.28 * words + 0.12 * meaningFit;
}

// Cosine above which a posting is about what was asked even when it shares no word with it: unrelated
// job texts sit around 0.1–0.35 with the offline model, related ones 0.5 and up. Below it, the
// postings closest in meaning still answer when they stand out from the rest.
const meaningFloor = 0.45;
const standOutFloor = 0.2;
const standOutMargin = 0.05;

/**
 * Whether a posting answers the request at all: it shares a wanted word, is in the occupation asked
 * for or a related one, or is close in meaning. A search lists only those, however many pass the
 * filters, so "analytics engineer" does not list the office manager.
 */
export function answersRequest(options: { occupations: string[]; posting: PostingFacts; words: number; meaning: number | null; bestMeaning: number }): boolean {
  const { occupations, posting, words, meaning, bestMeaning } = options;
  if (words > 0) return true;
  const postingOccupation = posting.occupation?.occupation;
  if (postingOccupation && closestRelatedness(occupations, postingOccupation) > 0) return true;
  if (meaning === null) return false;
  return meaning >= meaningFloor || (meaning >= standOutFloor && meaning >= bestMeaning - standOutMargin);
}
