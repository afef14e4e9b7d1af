import { describe, expect, it } from 'vitest';
import { occupationRelatedness } from './occupation-relatedness.ts';

describe('occupationRelatedness', () => {
  it('is 1 for the same occupation', () => {
    expect(occupationRelatedness('registered-nurse', 'registered-nurse')).toBe(1);
  });

  it('ranks a specialty with its broader occupation above two sibling specialties', () => {
    const parent = occupationRelatedness('icu-nurse', 'registered-nurse');
    const siblings = occupationRelatedness('icu-nurse', 'emergency-nurse');

    expect(parent).toBe(0.75);
    expect(occupationRelatedness('registered-nurse', 'icu-nurse')).toBe(parent);
    expect(siblings).toBeLessThan(parent);
    expect(siblings).toBeGreaterThan(0);
  });

  it('counts occupations the taxonomy links as related, in either direction', () => {
    expect(occupationRelatedness('data-analyst', 'data-scientist')).toBe(0.45);
    expect(occupationRelatedness('data-scientist', 'data-analyst')).toBe(0.45);
    expect(occupationRelatedness('accountant', 'auditor')).toBe(0.45);
  });

  it('falls off with the ISCO-08 group the two share', () => {
    // Unit group 2411 and minor group 241: an accountant and a financial adviser share only the minor group.
    const minorGroup = occupationRelatedness('accountant', 'financial-advisor');
    // 2211 and 2221 share only the sub-major group 22.
    const subMajorGroup = occupationRelatedness('doctor', 'registered-nurse');

    expect(minorGroup).toBe(0.25);
    expect(subMajorGroup).toBe(0.12);
  });

  it('is 0 for occupations in different sub-major groups', () => {
    expect(occupationRelatedness('registered-nurse', 'backend-engineer')).toBe(0);
    expect(occupationRelatedness('electrician', 'accountant')).toBe(0);
  });

  it('keeps a veterinary nurse apart from a nurse', () => {
    expect(occupationRelatedness('veterinary-nurse', 'registered-nurse')).toBe(0);
  });

  it('is symmetric', () => {
    const pairs: [string, string][] = [
      ['backend-engineer', 'frontend-engineer'],
      ['accountant', 'financial-analyst'],
      ['icu-nurse', 'midwife'],
      ['electrician', 'hvac-technician'],
    ];
    for (const [left, right] of pairs) expect(occupationRelatedness(left, right)).toBe(occupationRelatedness(right, left));
  });

  it('is 0 for an occupation it does not know', () => {
    expect(occupationRelatedness('registered-nurse', 'astronaut')).toBe(0);
  });
});
