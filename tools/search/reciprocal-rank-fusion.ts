/** The constant from Cormack, Clarke and Büttcher (SIGIR 2009): it damps the weight of the very top ranks. */
export const reciprocalRankConstant = 60;

/**
 * Fuses ranked lists of ids into one: each id scores the sum of 1 / (k + rank) over the lists it
 * appears in (rank 1 first). Ties keep the better single rank, then the id, so the order is stable.
 */
export function reciprocalRankFusion(rankings: string[][], k = reciprocalRankConstant): string[] {
  const scores = new Map<string, { score: number; bestRank: number }>();
  for (const ranking of rankings) {
    ranking.forEach((id, index) => {
      const rank = index + 1;
      const entry = scores.get(id) ?? { score: 0, bestRank: Infinity };
      scores.set(id, { score: entry.score + 1 / (k + rank), bestRank: Math.min(entry.bestRank, rank) });
    });
  }
  return [...scores.entries()]
    .sort(([idA, a], [idB, b]) => b.score - a.score || a.bestRank - b.bestRank || idA.localeCompare(idB))
    .map(([id]) => id);
}
