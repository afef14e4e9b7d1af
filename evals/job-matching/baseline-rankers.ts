/**
 * The plain baselines MEASURING.md names, over the set's own postings: TF-IDF cosine and BM25. No
 * stemming, no stop words, no model: what any keyword search does, so Atlas must do better.
 */
import type { ScoredRanking } from './ranking-metrics.ts';

export interface BaselineDocument {
  id: string;
  title: string;
  description: string;
}

const tokens = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function counts(words: string[]) {
  const map = new Map<string, number>();
  for (const word of words) map.set(word, (map.get(word) ?? 0) + 1);
  return map;
}

/** Title counted twice, then the description. */
const documentWords = (document: BaselineDocument) => [...tokens(document.title), ...tokens(document.title), ...tokens(document.description)];

function documentFrequencies(documents: string[][]) {
  const frequencies = new Map<string, number>();
  for (const words of documents) for (const word of new Set(words)) frequencies.set(word, (frequencies.get(word) ?? 0) + 1);
  return frequencies;
}

const sorted = (scores: ScoredRanking) => scores.sort((left, right) => right.score - left.score || left.id.localeCompare(right.id));

/** TF-IDF cosine: tf × log(N / df) on both sides, cosine of the two vectors. */
export function createTfIdfRanker(documents: BaselineDocument[]) {
  const words = documents.map(documentWords);
  const frequencies = documentFrequencies(words);
  const idf = (word: string) => Math.log(documents.length / (frequencies.get(word) ?? documents.length));
  const weigh = (list: string[]) => {
    const vector = new Map([...counts(list)].map(([word, count]) => [word, count * idf(word)] as const));
    const norm = Math.sqrt([...vector.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
    return { vector, norm };
  };
  const vectors = words.map(weigh);
  return (query: string): ScoredRanking => {
    const asked = weigh(tokens(query));
    return sorted(
      documents.map((document, index) => {
        const { vector, norm } = vectors[index]!;
        let dot = 0;
        for (const [word, value] of asked.vector) dot += value * (vector.get(word) ?? 0);
        return { id: document.id, score: dot / (norm * asked.norm) };
      }),
    );
  };
}

/** Okapi BM25 with k1 = 1.2 and b = 0.75, the title boosted by counting it twice; query words weigh by how often they occur. */
export function createBm25Ranker(documents: BaselineDocument[], parameters = { k1: 1.2, b: 0.75 }) {
  const { k1, b } = parameters;
  const words = documents.map(documentWords);
  const frequencies = documentFrequencies(words);
  const termCounts = words.map(counts);
  const averageLength = words.reduce((sum, list) => sum + list.length, 0) / Math.max(1, documents.length);
  const idf = (word: string) => {
    const df = frequencies.get(word) ?? 0;
    return Math.log(1 + (documents.length - df + 0.5) / (df + 0.5));
  };
  return (query: string): ScoredRanking => {
    const asked = counts(tokens(query));
    return sorted(
      documents.map((document, index) => {
        const length = words[index]!.length;
        let score = 0;
        for (const [word, queryCount] of asked) {
          const tf = termCounts[index]!.get(word) ?? 0;
          if (tf === 0) continue;
          score += queryCount * idf(word) * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / averageLength)));
        }
        return { id: document.id, score };
      }),
    );
  };
}
