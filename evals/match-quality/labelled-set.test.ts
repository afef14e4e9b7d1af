import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadLabelledSet } from './labelled-set.ts';
import { rubricGrade } from './rubric-grade.ts';

describe('the match-quality labelled set', () => {
  const { cvs, postings } = loadLabelledSet();

  it('holds at least 10 CVs of different professions and 100 postings', () => {
    expect(new Set(cvs.map((cv) => cv.profession)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(cvs.map((cv) => cv.level)).size).toBeGreaterThanOrEqual(4);
    expect(postings.length).toBeGreaterThanOrEqual(100);
  });

  it('grades every CV × posting pair as RUBRIC.md says (rewrite grades.json with write-grades.ts after an edit)', () => {
    const { grades } = JSON.parse(readFileSync(new URL('./grades.json', import.meta.url), 'utf8')) as { grades: Record<string, Record<string, number>> };
    const expected = Object.fromEntries(cvs.map((cv) => [cv.id, Object.fromEntries(postings.map((posting) => [posting.id, rubricGrade(cv, posting)]))]));
    expect(grades).toEqual(expected);
  });

  it('gives every CV at least five relevant postings, so precision@5 can reach 1', () => {
    for (const cv of cvs) expect(postings.filter((posting) => rubricGrade(cv, posting) >= 2).length).toBeGreaterThanOrEqual(5);
  });
});
