import { describe, expect, it } from 'vitest';
import { matches, mismatch } from './matcher.ts';

describe('mismatch', () => {
  it('accepts any wording a contains-matcher allows, and names the field that differs', () => {
    expect(matches({ query: { $contains: 'typescript' }, remoteOnly: true }, { query: 'Senior TypeScript backend', remoteOnly: true, limit: 20 })).toBe(true);
    expect(mismatch({ query: { $contains: 'go' }, remoteOnly: true }, { query: 'Go developer', remoteOnly: false })).toBe('$.remoteOnly: expected true, got false');
  });

  it('checks absent fields, ranges, list members and negation', () => {
    expect(matches({ status: { $absent: true } }, { notes: 'x' })).toBe(true);
    expect(matches({ status: { $absent: true } }, { status: 'applied' })).toBe(false);
    expect(matches({ days: { $between: [7, 16] } }, { days: 14 })).toBe(true);
    expect(matches({ jobIds: { $includes: 'b' } }, { jobIds: ['a', 'b'] })).toBe(true);
    expect(matches({ applicationId: { $not: 'a' } }, { applicationId: 'a' })).toBe(false);
    expect(matches({ status: { $oneOf: ['offer', 'accepted'] } }, { status: 'offer' })).toBe(true);
    expect(matches({ jobs: { $length: 0 } }, { jobs: [] })).toBe(true);
  });
});
