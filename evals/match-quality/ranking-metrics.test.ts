import { describe, expect, it } from 'vitest';
import { ndcgAt, precisionAt } from './ranking-metrics.ts';

const grades = new Map([
  ['strong', 3],
  ['good', 2],
  ['partial', 1],
  ['miss', 0],
]);

describe('ndcgAt', () => {
  it('is 1 for the ideal order and lower when a strong match sinks', () => {
    expect(ndcgAt(10, ['strong', 'good', 'partial', 'miss'], grades)).toBe(1);
    expect(ndcgAt(10, ['miss', 'partial', 'good', 'strong'], grades)).toBeLessThan(0.6);
  });

  it('counts a relevant posting the ranker never returned as a miss', () => {
    expect(ndcgAt(10, ['good'], grades)).toBeCloseTo(3 / (7 + 3 / Math.log2(3) + 1 / 2), 5);
  });
});

describe('precisionAt', () => {
  it('counts grades 2 and 3 among the first k, a short ranking counting its gaps as misses', () => {
    expect(precisionAt(5, ['strong', 'miss', 'good', 'partial', 'miss'], grades)).toBe(0.4);
    expect(precisionAt(5, ['strong'], grades)).toBe(0.2);
  });
});
