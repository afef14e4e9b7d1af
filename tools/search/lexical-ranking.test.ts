import { describe, expect, it } from 'vitest';
import { mostWordsTsquery } from './lexical-ranking.ts';

describe('mostWordsTsquery', () => {
  it('asks for at least half of the words, in any combination', () => {
    expect(mostWordsTsquery(['senior', 'python', 'backend'])).toBe(
      "('senior' & 'python') | ('senior' & 'backend') | ('python' & 'backend')",
    );
  });

  it('leaves two words or fewer to the any-word stage', () => {
    expect(mostWordsTsquery(['icu', 'nurs'])).toBeNull();
  });
});
