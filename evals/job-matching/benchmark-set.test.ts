import { describe, expect, it } from 'vitest';
import { levels, loadBenchmarkSet } from './benchmark-set.ts';
import { gradeForCv, gradeForRequest } from './grade-pairs.ts';
import { loadSplits } from './measure-job-matching.ts';

describe('the job-matching benchmark set', () => {
  const set = loadBenchmarkSet();
  const splits = loadSplits();

  it('holds at least 32 CVs over 16 professions, 400 postings and 56 requests', () => {
    expect(set.cvs.length).toBeGreaterThanOrEqual(32);
    expect(new Set(set.cvs.map((cv) => cv.truth.occupation)).size).toBeGreaterThanOrEqual(16);
    expect(set.postings.length).toBeGreaterThanOrEqual(400);
    expect(set.requests.length).toBeGreaterThanOrEqual(56);
  });

  it('puts every CV and request in exactly one half, and nothing else', () => {
    const items = [...set.cvs, ...set.requests].map((item) => item.id).sort();
    expect([...splits.keys()].sort()).toEqual(items);
    expect([...splits.values()].filter((half) => half === 'test').length).toBeGreaterThanOrEqual(items.length / 3);
  });

  it('gives every CV postings to apply to today and every request at least one good posting', () => {
    for (const cv of set.cvs) {
      const grades = set.postings.map((posting) => gradeForCv(cv.truth, posting.truth));
      expect(grades.filter((grade) => grade === 3).length, cv.id).toBeGreaterThanOrEqual(5);
    }
    for (const request of set.requests) {
      const grades = set.postings.map((posting) => gradeForRequest(request.truth, posting.truth, posting.postedDaysAgo));
      expect(grades.filter((grade) => grade >= 2).length, request.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('grades another profession 0 and the same job where the person lives 3', () => {
    const cv = set.cvs[0]!;
    const elsewhere = set.postings.find((posting) => posting.truth.occupation !== cv.truth.occupation && !cv.truth.neighbours.includes(posting.truth.occupation))!;
    expect(gradeForCv(cv.truth, elsewhere.truth)).toBe(0);
    const same = { ...elsewhere.truth, occupation: cv.truth.occupation, level: cv.truth.level, city: cv.truth.city, country: cv.truth.country, workplace: 'onsite' as const, skills: cv.truth.skills.slice(0, 2), languages: cv.truth.languages.slice(0, 1) };
    expect(gradeForCv(cv.truth, same)).toBe(3);
    const index = levels.indexOf(cv.truth.level);
    const twoSteps = levels[index + 2] ?? levels[index - 2]!;
    expect(gradeForCv(cv.truth, { ...same, level: twoSteps })).toBe(0);
    const oneStep = levels[index + 1] ?? levels[index - 1]!;
    expect(gradeForCv(cv.truth, { ...same, level: oneStep })).toBe(2);
  });
});
