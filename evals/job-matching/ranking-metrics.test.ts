import { describe, expect, it } from 'vitest';
import { bestPrecisionAt, ndcgAt, precisionAt, strictRanking, type ScoredRanking } from './ranking-metrics.ts';

const grades = new Map([
  ['strong', 3],
  ['good', 2],
  ['partial', 1],
  ['miss', 0],
]);

function permutations<Item>(items: Item[]): Item[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

/** The metric averaged over every order of each run of tied scores, by brute force. */
function meanOverTieOrders(ranking: ScoredRanking, metric: (strict: ScoredRanking) => number) {
  const runs: ScoredRanking[] = [];
  for (const entry of ranking) {
    const last = runs.at(-1);
    if (last && last[0]!.score === entry.score) last.push(entry);
    else runs.push([entry]);
  }
  let orders: string[][] = [[]];
  for (const run of runs) {
    const runOrders = permutations(run.map((entry) => entry.id));
    orders = orders.flatMap((prefix) => runOrders.map((order) => [...prefix, ...order]));
  }
  return orders.reduce((sum, order) => sum + metric(strictRanking(order)), 0) / orders.length;
}

describe('ndcgAt', () => {
  it('is 1 for the ideal order and lower when a strong match sinks', () => {
    expect(ndcgAt(10, strictRanking(['strong', 'good', 'partial', 'miss']), grades)).toBe(1);
    expect(ndcgAt(10, strictRanking(['miss', 'partial', 'good', 'strong']), grades)).toBeLessThan(0.6);
  });

  it('counts a relevant posting the ranker never returned as a miss', () => {
    const ideal = 7 + 3 / Math.log2(3) + 1 / 2;

    expect(ndcgAt(10, strictRanking(['good']), grades)).toBeCloseTo(3 / ideal, 10);
  });

  it('is 1 when nothing is relevant', () => {
    expect(ndcgAt(5, strictRanking(['a', 'b']), new Map([['a', 0]]))).toBe(1);
  });

  it('scores a ranker that ties everything as the mean over every order', () => {
    const tied = ['miss', 'strong', 'partial', 'good'].map((id) => ({ id, score: 0.5 }));

    for (const k of [1, 2, 3, 4]) {
      expect(ndcgAt(k, tied, grades)).toBeCloseTo(meanOverTieOrders(tied, (strict) => ndcgAt(k, strict, grades)), 10);
    }
  });

  it('scores partial ties as the mean over the orders within each tie', () => {
    const ranking = [
      { id: 'partial', score: 0.9 },
      { id: 'miss', score: 0.7 },
      { id: 'strong', score: 0.7 },
      { id: 'good', score: 0.1 },
      { id: 'other', score: 0.1 },
    ];

    for (const k of [1, 2, 3, 5]) {
      expect(ndcgAt(k, ranking, grades)).toBeCloseTo(meanOverTieOrders(ranking, (strict) => ndcgAt(k, strict, grades)), 10);
    }
  });

  it('gives a ranker no credit for the order its ties happen to come out in', () => {
    const one = [
      { id: 'strong', score: 1 },
      { id: 'miss', score: 1 },
    ];
    const other = [
      { id: 'miss', score: 1 },
      { id: 'strong', score: 1 },
    ];

    expect(ndcgAt(1, one, grades)).toBe(ndcgAt(1, other, grades));
    expect(ndcgAt(1, one, grades)).toBeLessThan(ndcgAt(1, strictRanking(['strong', 'miss']), grades));
  });
});

describe('precisionAt', () => {
  it('counts grades 2 and 3 among the first k, a short ranking counting its gaps as misses', () => {
    expect(precisionAt(5, strictRanking(['strong', 'miss', 'good', 'partial', 'miss']), grades)).toBe(0.4);
    expect(precisionAt(5, strictRanking(['strong']), grades)).toBe(0.2);
  });

  it('expects, for a tie across the cut-off, the share of relevant postings in the tie', () => {
    const ranking = [
      { id: 'strong', score: 2 },
      { id: 'good', score: 1 },
      { id: 'miss', score: 1 },
      { id: 'partial', score: 1 },
    ];

    // One of the three tied fills position 2; a third of the time it is the good one.
    expect(precisionAt(2, ranking, grades)).toBeCloseTo((1 + 1 / 3) / 2, 10);
    expect(precisionAt(2, ranking, grades)).toBeCloseTo(meanOverTieOrders(ranking, (strict) => precisionAt(2, strict, grades)), 10);
  });

  it('gives a ranker that ties everything the expected value', () => {
    const tied = ['miss', 'strong', 'partial', 'good', 'other'].map((id) => ({ id, score: 0 }));

    // Two of the five are relevant, so each position is relevant two times in five.
    expect(precisionAt(3, tied, grades)).toBeCloseTo(2 / 5, 10);
    expect(precisionAt(3, tied, grades)).toBeCloseTo(meanOverTieOrders(tied, (strict) => precisionAt(3, strict, grades)), 10);
  });
});

describe('bestPrecisionAt', () => {
  it('is capped below 1 when there are fewer than k good postings', () => {
    expect(bestPrecisionAt(5, grades)).toBe(0.4);
    expect(bestPrecisionAt(1, grades)).toBe(1);
  });
});
