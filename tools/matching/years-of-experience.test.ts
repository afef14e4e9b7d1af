import { describe, expect, it } from 'vitest';
import { statedYearsOfExperience, yearsFromDateRanges } from './years-of-experience.ts';

describe('statedYearsOfExperience', () => {
  it('reads the years a sentence about experience states, taking the lower bound of a range', () => {
    expect(statedYearsOfExperience('You have 3-5 years of experience with Python. Founded 12 years ago.')).toBe(3);
    expect(statedYearsOfExperience("At least five years' experience in B2B sales")).toBe(5);
    expect(statedYearsOfExperience('We have been around for 10 years.')).toBeNull();
  });

  it('does not take years given as a ceiling for who is welcome as years asked for', () => {
    expect(statedYearsOfExperience("We welcome newly registered nurses and nurses with up to two years' experience.")).toBeNull();
    expect(statedYearsOfExperience('Berufseinsteiger oder bis zu 2 Jahren Erfahrung')).toBeNull();
    expect(statedYearsOfExperience('Less than 3 years of experience is fine; you need 1 year of experience with Excel.')).toBe(1);
  });
});

describe('yearsFromDateRanges', () => {
  const now = new Date('2026-01-15T00:00:00Z');

  it('adds up jobs and counts overlapping ones once', () => {
    const history = ['Engineer, Acme, Jan 2016 – Dec 2019', 'Consultant, 06/2019 - 06/2020', 'Lead, Globex, 2021 – present'].join('\n');

    // January 2016 to June 2020 is 53 months, January 2021 to January 2026 another 60.
    expect(yearsFromDateRanges(history, now)).toBe(9.4);
  });

  it('finds nothing in text without date ranges', () => {
    expect(yearsFromDateRanges('Python, SQL, Kubernetes', now)).toBeNull();
  });
});

describe('yearsFromDateRanges with a job that began "since" a date', () => {
  it('counts "seit 04/2016" and "since March 2019" up to now, overlapping ranges once', () => {
    const now = new Date('2026-04-15T00:00:00Z');
    expect(yearsFromDateRanges('seit 04/2016   Kalkulator Hochbau', now)).toBe(10);
    expect(yearsFromDateRanges('Since March 2019: Staff Nurse', now)).toBe(7.1);
    expect(yearsFromDateRanges('depuis 2020 — Souscriptrice\n2018 – 2021 Assistante', now)).toBe(8.3);
  });

  it('does not read a start with an end written after it as open', () => {
    expect(yearsFromDateRanges('seit 2016 bis 2018', new Date('2026-01-01T00:00:00Z'))).toBe(2);
  });
});

describe('yearsFromDateRanges with months named in the CV\'s language', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  it.each([
    ['septembre 2019 – août 2021', 1.9],
    ['März 2018 – Dezember 2020', 2.8],
    ['settembre 2015 - giugno 2019', 3.8],
    ['janeiro 2017 – fevereiro 2019', 2.1],
    ['Acheteuse projet — Occitane · depuis septembre 2021', 5.3],
    ['desde marzo de 2019', 7.8],
    ['sinds maart 2020', 6.8],
  ])('reads "%s" as %s years', (text, years) => {
    expect(yearsFromDateRanges(text, now)).toBe(years);
  });
});
