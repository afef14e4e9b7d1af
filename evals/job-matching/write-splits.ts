/**
 * Writes splits.json by one fixed rule, decided before any ranker was measured on the set: in each
 * data file, the CVs of each profession are taken in id order, the first to development and the
 * second to test; requests with an odd number (r1, r3, …) to development, an even one to test.
 * Usage: node --import tsx evals/job-matching/write-splits.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { loadBenchmarkSet } from './benchmark-set.ts';

const occupations = JSON.parse(readFileSync(new URL('./occupations.json', import.meta.url), 'utf8')) as { professions: Record<string, string[]> };
const professionOf = (occupation: string) => Object.entries(occupations.professions).find(([, ids]) => ids.includes(occupation))?.[0] ?? occupation;

const set = loadBenchmarkSet();
const development: string[] = [];
const test: string[] = [];
const byProfession = new Map<string, string[]>();
for (const cv of set.cvs) {
  const key = `${cv.group}/${professionOf(cv.truth.occupation)}`;
  byProfession.set(key, [...(byProfession.get(key) ?? []), cv.id]);
}
for (const ids of byProfession.values()) {
  ids.sort().forEach((id, index) => (index % 2 === 0 ? development : test).push(id));
}
for (const request of set.requests) {
  const number = Number(request.id.match(/-r(\d+)$/)?.[1] ?? 0);
  (number % 2 === 1 ? development : test).push(request.id);
}
writeFileSync(new URL('./splits.json', import.meta.url), `${JSON.stringify({ rule: 'write-splits.ts', development: development.sort(), test: test.sort() }, null, 2)}\n`);
console.log(`development: ${development.length}, test: ${test.length}`);
