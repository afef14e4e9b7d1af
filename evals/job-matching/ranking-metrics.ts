/** A ranker's output: every posting it returns with the score it ranked by, best first. Equal scores are ties. */
export type ScoredRanking = { id: string; score: number }[];

/** Grades of 2 or 3 count as relevant for precision (MEASURING.md). */
export const relevantGrade = 2;

const gain = (grade: number) => 2 ** grade - 1;
const discount = (position: number) => 1 / Math.log2(position + 2);

/**
 * Runs of equal scores as [start, end) positions. A ranker that ties is scored as the mean over
 * every order within its ties (MEASURING.md): each member of a run gets the mean of the run's
 * position weights, which is that expectation exactly, since it is linear in the weights.
 */
function tieRuns(ranking: ScoredRanking): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let index = 1; index <= ranking.length; index += 1) {
    if (index === ranking.length || ranking[index]!.score !== ranking[start]!.score) {
      runs.push([start, index]);
      start = index;
    }
  }
  return runs;
}

function expectedAt(ranking: ScoredRanking, k: number, weight: (position: number) => number, value: (id: string) => number) {
  let total = 0;
  for (const [start, end] of tieRuns(ranking)) {
    if (start >= k) break;
    let weights = 0;
    for (let position = start; position < Math.min(end, k); position += 1) weights += weight(position);
    let values = 0;
    for (let position = start; position < end; position += 1) values += value(ranking[position]!.id);
    total += (weights / (end - start)) * values;
  }
  return total;
}

/**
 * NDCG@k with the gain 2^grade − 1 and discount 1 / log2(rank + 1), over the ideal order of every
 * graded posting; a posting with no grade counts as 0. 1 when nothing is relevant.
 */
export function ndcgAt(k: number, ranking: ScoredRanking, grades: Map<string, number>): number {
  const ideal = [...grades.values()].sort((left, right) => right - left).slice(0, k).reduce((sum, grade, index) => sum + gain(grade) * discount(index), 0);
  if (ideal === 0) return 1;
  return expectedAt(ranking, k, discount, (id) => gain(grades.get(id) ?? 0)) / ideal;
}

/** Expected share of the first k with grade ≥ 2; a ranking shorter than k counts its gaps as misses. */
export function precisionAt(k: number, ranking: ScoredRanking, grades: Map<string, number>): number {
  return expectedAt(ranking, k, () => 1, (id) => ((grades.get(id) ?? 0) >= relevantGrade ? 1 : 0)) / k;
}

/** The best precision@k any ranker could reach: fewer than k good postings cap it below 1. */
export function bestPrecisionAt(k: number, grades: Map<string, number>): number {
  return Math.min(k, [...grades.values()].filter((grade) => grade >= relevantGrade).length) / k;
}

/** Ids in rank order as a ranking without ties. */
export function strictRanking(ids: string[]): ScoredRanking {
  return ids.map((id, index) => ({ id, score: -index }));
}
