import { describe, expect, it } from 'vitest';
import type { Posting } from './posting.ts';
import { searchEachPhrase } from './search-each-phrase.ts';

const posting = (externalId: string, title: string) => ({ externalId, title }) as Posting;

describe('searchEachPhrase', () => {
  it('asks once per phrase, at most three, and keeps a job listed for two phrases once', async () => {
    const asked: (string | null)[] = [];
    const result = await searchEachPhrase('Backend Engineer OR nurse, teacher; pilot', async (phrase) => {
      asked.push(phrase);
      return { postings: [posting('shared', 'first listing'), posting(`own-${asked.length}`, phrase ?? '')], skipped: 1 };
    });

    expect(asked).toEqual(['backend engineer', 'nurse', 'teacher']);
    expect(result.postings.map(({ externalId }) => externalId)).toEqual(['shared', 'own-1', 'own-2', 'own-3']);
    expect(result.postings[0]!.title).toBe('first listing');
    expect(result.skipped).toBe(3);
  });

  it('asks once for the newest jobs when the search names nothing', async () => {
    const asked: (string | null)[] = [];
    await searchEachPhrase('  ', async (phrase) => {
      asked.push(phrase);
      return { postings: [], skipped: 0 };
    });

    expect(asked).toEqual([null]);
  });
});
