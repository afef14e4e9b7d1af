import { describe, expect, it } from 'vitest';
import { codedOccupation, expandJobCodes } from './job-codes.ts';

describe('expandJobCodes', () => {
  it('writes out a job code typed in capitals', () => {
    expect(expandJobCodes('part time SA jobs leeds')).toBe('part time sales associate jobs leeds');
  });

  it('leaves the same letters alone where they name a place or are not capitals', () => {
    expect(expandJobCodes('store manager Cape Town, SA')).toBe('store manager Cape Town, SA');
    expect(expandJobCodes('store manager jobs in SA')).toBe('store manager jobs in SA');
    expect(expandJobCodes('sa direction recrute')).toBe('sa direction recrute');
  });
});

describe('codedOccupation reading a code inside a list', () => {
  it('reads no job from a code listed among duties, and still reads one heading a title', () => {
    expect(codedOccupation('Sectievoorzitter wiskunde (2020 – 2024): PTA, toetsbeleid, afstemming')).toBeNull();
    expect(codedOccupation('Wir suchen: PTA (m/w/d)')?.code).toBe('PTA');
    expect(codedOccupation('PA – Mayfair')?.code).toBe('PA');
  });
});
