import { describe, expect, it } from 'vitest';
import { skillInSense } from './skill-sense.ts';

describe('skillInSense', () => {
  it('takes a skill in the sense of the kind of work that uses it', () => {
    expect(skillInSense('Python', 'backend-engineer')).toBe(true);
    expect(skillInSense('Patient care', 'registered-nurse')).toBe(true);
  });

  it('does not take "Python" in a reptile house for the programming language', () => {
    expect(skillInSense('Python', 'zookeeper')).toBe(false);
  });

  it('takes a software skill out of sense in nursing', () => {
    expect(skillInSense('Kubernetes', 'registered-nurse')).toBe(false);
  });

  it('counts languages as skills in every kind of work', () => {
    expect(skillInSense('German', 'zookeeper')).toBe(true);
  });

  it('takes every skill in its sense when the occupation is unknown', () => {
    expect(skillInSense('Python', null)).toBe(true);
  });

  it('does not take "airflow" in ventilation for Apache Airflow', () => {
    expect(skillInSense('Apache Airflow', 'ventilation-engineer')).toBe(false);
  });
});
