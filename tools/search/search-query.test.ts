import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from './search-query.ts';

describe('parseSearchQuery', () => {
  it('separates wanted words and phrases from excluded ones, keeping the request as typed without them', () => {
    expect(parseSearchQuery(' senior "product manager" -java -"project manager" or Node.js ')).toEqual({
      text: 'senior "product manager" -java -"project manager" or Node.js',
      wanted: 'senior product manager Node.js',
      excluded: '-java -"project manager"',
      terms: ['senior', 'product', 'manager', 'node.js'],
      request: 'senior "product manager" or Node.js',
    });
  });
});
