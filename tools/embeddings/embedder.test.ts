import { describe, expect, it } from 'vitest';
import { storedVectorDimensions, toStoredVector } from './embedder.ts';

const cosine = (a: number[], b: number[]) => {
  const dot = a.reduce((sum, value, index) => sum + value * b[index]!, 0);
  const norm = (v: number[]) => Math.sqrt(v.reduce((sum, value) => sum + value * value, 0));
  return dot / (norm(a) * norm(b));
};

describe('toStoredVector', () => {
  it('pads a narrower embedding without changing cosine similarity', () => {
    const a = [0.1, 0.7, -0.2];
    const b = [0.3, -0.1, 0.9];

    const storedA = toStoredVector(a);
    const storedB = toStoredVector(b);

    expect(storedA).toHaveLength(storedVectorDimensions);
    expect(cosine(storedA, storedB)).toBeCloseTo(cosine(a, b), 12);
  });

  it('refuses an embedding wider than the column', () => {
    expect(() => toStoredVector(new Array(1024).fill(0.1))).toThrow(/1024 dimensions/);
  });
});
