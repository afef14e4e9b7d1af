import { describe, expect, it } from 'vitest';
import { occupationOfTitle } from './find-occupation.ts';
import { firstJobWithSharedWords } from './slash-shared-words.ts';

describe('firstJobWithSharedWords', () => {
  it('gives the first of two slashed jobs the words that follow the second', () => {
    expect(firstJobWithSharedWords('Projektleiter / Oberbauleiter Hochbau')).toBe('Projektleiter Hochbau');
    expect(firstJobWithSharedWords('Site Manager / Contracts Manager Groundworks')).toBe('Site Manager Manager Groundworks');
  });

  it('is null without a spaced slash, with more than two jobs, or with nothing to share', () => {
    expect(firstJobWithSharedWords('Projektleiter Hochbau')).toBeNull();
    expect(firstJobWithSharedWords('Fahrer / Lagerist')).toBeNull();
    expect(firstJobWithSharedWords('A / B / C D')).toBeNull();
    expect(firstJobWithSharedWords('Head of Sales and Marketing / Director EMEA')).toBeNull();
  });
});

describe('occupationOfTitle with two slashed jobs', () => {
  it('reads the shared words with the first job when that names the job more fully', () => {
    expect(occupationOfTitle('Projektleiter / Oberbauleiter Hochbau')?.occupation).toBe('construction-manager');
  });

  it('keeps the title as written when the slash adds nothing', () => {
    expect(occupationOfTitle('Sales / Marketing Manager')?.occupation).toBe('marketing-manager');
  });
});
