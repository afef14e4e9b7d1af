/**
 * For authors of the set: prints, for each CV and request, how many postings of the whole set it
 * grades 3, 2 and 1, and its best possible P@5, so a data file can be checked against its intent.
 * Usage: node --import tsx evals/job-matching/check-data-file.ts [data-file-name.json]
 */
import { loadBenchmarkSet } from './benchmark-set.ts';
import { gradeForCv, gradeForRequest } from './grade-pairs.ts';

const set = loadBenchmarkSet({ only: process.argv[2] });
const count = (grades: number[], grade: number) => grades.filter((value) => value === grade).length;
const line = (id: string, grades: number[]) => {
  const good = count(grades, 3) + count(grades, 2);
  console.log(`${id.padEnd(44)} 3:${count(grades, 3)} 2:${count(grades, 2)} 1:${count(grades, 1)}  best P@5 ${Math.min(5, good) / 5}`);
};
console.log(`${set.cvs.length} CVs, ${set.postings.length} postings, ${set.requests.length} requests`);
for (const cv of set.cvs) line(cv.id, set.postings.map((posting) => gradeForCv(cv.truth, posting.truth)));
for (const request of set.requests) {
  line(request.id, set.postings.map((posting) => gradeForRequest(request.truth, posting.truth, posting.postedDaysAgo)));
}
