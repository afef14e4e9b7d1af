import { describe, expect, it } from 'vitest';
import { createBm25Ranker, createTfIdfRanker } from './baseline-rankers.ts';

// "engineer" is in every posting; "kafka" in one.
const documents = [
  { id: 'common-only', title: 'Engineer', description: 'An engineer for our engineering team: engineer work.' },
  { id: 'rare', title: 'Engineer', description: 'Streams events through Kafka.' },
  { id: 'neither', title: 'Engineer', description: 'Builds dashboards.' },
  { id: 'other', title: 'Accountant', description: 'Month-end close and reconciliations.' },
];

describe('createBm25Ranker', () => {
  it('puts a posting with the rare query word above one with only a common word', () => {
    const ranking = createBm25Ranker(documents)('kafka engineer');

    expect(ranking[0]!.id).toBe('rare');
    expect(ranking.find((entry) => entry.id === 'rare')!.score).toBeGreaterThan(ranking.find((entry) => entry.id === 'common-only')!.score);
  });

  it('scores a posting with none of the query words 0', () => {
    const ranking = createBm25Ranker(documents)('kafka');

    expect(ranking.find((entry) => entry.id === 'other')!.score).toBe(0);
    expect(ranking.find((entry) => entry.id === 'neither')!.score).toBe(0);
  });

  it('boosts a word in the title above the same word in the description', () => {
    const ranker = createBm25Ranker([
      { id: 'titled', title: 'Nurse', description: 'Ward care for adults.' },
      { id: 'mentioned', title: 'Carer', description: 'Ward care for adults, nurse led.' },
      { id: 'filler', title: 'Driver', description: 'Deliveries.' },
    ]);

    expect(ranker('nurse').map((entry) => entry.id).slice(0, 2)).toEqual(['titled', 'mentioned']);
  });

  it('returns every posting, best first, ties broken by id', () => {
    const ranking = createBm25Ranker(documents)('plumber');

    expect(ranking.map((entry) => entry.id)).toEqual(['common-only', 'neither', 'other', 'rare']);
    expect(new Set(ranking.map((entry) => entry.score))).toEqual(new Set([0]));
  });
});

describe('createTfIdfRanker', () => {
  it('puts a posting with the rare query word above one with only a common word', () => {
    const ranking = createTfIdfRanker(documents)('kafka engineer');

    expect(ranking[0]!.id).toBe('rare');
  });

  it('gives a word every posting has no weight', () => {
    const ranking = createTfIdfRanker(documents.filter((document) => document.id !== 'other'))('engineer');

    expect(ranking.every((entry) => entry.score === 0)).toBe(true);
  });
});
