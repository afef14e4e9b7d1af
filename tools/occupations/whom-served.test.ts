import { describe, expect, it } from 'vitest';
import { withoutWhomServed } from './whom-served.ts';

describe('withoutWhomServed', () => {
  it('keeps the job named before "to" and drops whom it serves', () => {
    expect(withoutWhomServed('PA to the Chief Executive')).toBe('PA');
    expect(withoutWhomServed(' executive assistant to the ceo ')).toBe(' executive assistant');
  });

  it('leaves a title that serves no one whole', () => {
    expect(withoutWhomServed('Executive Assistant – Private Equity')).toBe('Executive Assistant – Private Equity');
  });
});
