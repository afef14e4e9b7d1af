/** Cosine similarity of two vectors of one model: 1 for the same direction, 0 for unrelated. */
export function cosineSimilarity(first: number[], second: number[]): number {
  if (first.length !== second.length) {
    throw new Error(`Cannot compare vectors of ${first.length} and ${second.length} dimensions`);
  }
  let dot = 0;
  let firstNorm = 0;
  let secondNorm = 0;
  for (let index = 0; index < first.length; index++) {
    dot += first[index]! * second[index]!;
    firstNorm += first[index]! ** 2;
    secondNorm += second[index]! ** 2;
  }
  return firstNorm === 0 || secondNorm === 0 ? 0 : dot / Math.sqrt(firstNorm * secondNorm);
}

/** The direction several vectors of one model share: their unit vectors summed, scaled to length 1. */
export function meanDirection(vectors: number[][]): number[] {
  const sum = new Array<number>(vectors[0]?.length ?? 0).fill(0);
  for (const vector of vectors) {
    const norm = Math.sqrt(vector.reduce((total, value) => total + value * value, 0));
    if (norm === 0) continue;
    vector.forEach((value, index) => (sum[index]! += value / norm));
  }
  const length = Math.sqrt(sum.reduce((total, value) => total + value * value, 0));
  return length === 0 ? sum : sum.map((value) => value / length);
}
