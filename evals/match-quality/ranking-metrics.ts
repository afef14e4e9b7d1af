/** Grades run 0–3 (RUBRIC.md); a grade of 2 or more counts as relevant for precision. */
export const relevantGrade = 2;

const gain = (grade: number) => 2 ** grade - 1;

/**
 * Normalised discounted cumulative gain at k (Järvelin and Kekäläinen, 2002), with the exponential
 * gain 2^grade − 1: the ranking's discounted gain over the best possible ordering of every graded
 * posting. An item a ranker did not return counts as not ranked. 1 when nothing is relevant at all.
 */
export function ndcgAt(k: number, ranking: string[], grades: Map<string, number>): number {
  const discounted = (values: number[]) => values.slice(0, k).reduce((total, value, index) => total + gain(value) / Math.log2(index + 2), 0);
  const ideal = discounted([...grades.values()].sort((left, right) => right - left));
  if (ideal === 0) return 1;
  return discounted(ranking.map((id) => grades.get(id) ?? 0)) / ideal;
}

/** Share of the first k results graded relevant (2 or 3); a ranking shorter than k counts its gaps as misses. */
export function precisionAt(k: number, ranking: string[], grades: Map<string, number>): number {
  return ranking.slice(0, k).filter((id) => (grades.get(id) ?? 0) >= relevantGrade).length / k;
}
