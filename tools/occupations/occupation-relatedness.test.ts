import { describe, expect, it } from 'vitest';
import { occupationFit, occupationRelatedness } from './occupation-relatedness.ts';

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

describe('occupationFit', () => {
  it('fits a specialist to a job under an umbrella title, better than the other way round', () => {
    expect(occupationFit('backend-engineer', 'software-engineer')).toBe(0.9);
    expect(occupationFit('software-engineer', 'backend-engineer')).toBe(0.75);
  });

  it('reads a plain title as the practice it most often means: the same work as that practice, a neighbour of every other', () => {
    // A "Pharmacist" posting is most often community pharmacy; a "Staff Nurse" one is ward nursing.
    expect(occupationFit('community-pharmacist', 'pharmacist')).toBe(0.95);
    expect(occupationFit('pharmacist', 'community-pharmacist')).toBe(0.95);
    const hospitalToPlain = occupationFit('hospital-pharmacist', 'pharmacist');
    const wardToEmergency = occupationFit('registered-nurse', 'emergency-nurse');
    const intensiveToWard = occupationFit('icu-nurse', 'registered-nurse');

    for (const neighbour of [hospitalToPlain, wardToEmergency, intensiveToWard]) {
      expect(neighbour).toBeLessThan(0.75);
      expect(neighbour).toBeGreaterThan(occupationRelatedness('icu-nurse', 'emergency-nurse'));
    }
    // A controller is a neighbour of an accountant's plain practice, not a specialty of it.
    expect(occupationFit('accountant', 'controller')).toBe(wardToEmergency);
  });

  it('keeps sibling specialties a stretch', () => {
    expect(occupationFit('community-pharmacist', 'hospital-pharmacist')).toBe(occupationRelatedness('community-pharmacist', 'hospital-pharmacist'));
  });
});
