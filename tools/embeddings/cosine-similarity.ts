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
