import { writeFileSync } from 'node:fs';
import { loadLabelledSet } from './labelled-set.ts';
import { rubricGrade } from './rubric-grade.ts';

/**
 * Writes grades.json: every CV × posting pair graded by RUBRIC.md, computed from what each fixture
 * declares. Run it after changing a CV or posting: node --import tsx evals/match-quality/write-grades.ts
 */
const { cvs, postings } = loadLabelledSet();
const grades = Object.fromEntries(cvs.map((cv) => [cv.id, Object.fromEntries(postings.map((posting) => [posting.id, rubricGrade(cv, posting)]))]));
writeFileSync(
  new URL('./grades.json', import.meta.url),
  `${JSON.stringify({ _source: 'computed by write-grades.ts from the declared profession, level and skills of each CV and posting, by RUBRIC.md', grades }, null, 2)}\n`,
);
