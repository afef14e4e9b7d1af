import { inverseDocumentFrequency, type TermStatistics } from '../search/term-statistics.ts';

/** A term-count vector weighted by rarity: (1 + log tf) × idf, with its length. */
export interface WeightedTerms {
  weights: Map<string, number>;
  norm: number;
}

export function weighTerms(counts: Map<string, number>, statistics: TermStatistics): WeightedTerms {
  const weights = new Map<string, number>();
  let squares = 0;
  for (const [term, count] of counts) {
    if (count <= 0) continue;
    const weight = (1 + Math.log(count)) * inverseDocumentFrequency(statistics, term);
    weights.set(term, weight);
    squares += weight * weight;
  }
  return { weights, norm: Math.sqrt(squares) || 1 };
}

/** Cosine of two weighted term vectors. */
export function termCosine(left: WeightedTerms, right: WeightedTerms): number {
  const [small, large] = left.weights.size <= right.weights.size ? [left, right] : [right, left];
  let dot = 0;
  for (const [term, weight] of small.weights) dot += weight * (large.weights.get(term) ?? 0);
  return dot / (left.norm * right.norm);
}

/**
 * How much of what a posting asks for the CV covers: the rarity-weighted share of the posting's
 * requirement terms that the CV uses at all. Common words weigh little, distinctive ones much.
 */
export function requirementCoverage(requirements: Map<string, number>, cvTerms: Map<string, number>, statistics: TermStatistics): number | null {
  let total = 0;
  let covered = 0;
  for (const term of requirements.keys()) {
    const weight = inverseDocumentFrequency(statistics, term);
    total += weight;
    if (cvTerms.has(term)) covered += weight;
  }
  return total === 0 ? null : covered / total;
}
