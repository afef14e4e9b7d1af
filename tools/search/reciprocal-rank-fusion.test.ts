import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';

describe('reciprocalRankFusion', () => {
  it('puts an id both rankings agree on above ids only one of them ranks first', () => {
    const lexical = ['keyword-only', 'both', 'lexical-tail'];
    const semantic = ['meaning-only', 'both'];

    expect(reciprocalRankFusion([lexical, semantic])).toEqual(['both', 'keyword-only', 'meaning-only', 'lexical-tail']);
  });

  it('keeps a single ranking as it is', () => {
    expect(reciprocalRankFusion([['c', 'a', 'b']])).toEqual(['c', 'a', 'b']);
  });
});
