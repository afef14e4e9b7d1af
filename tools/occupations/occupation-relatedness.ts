import { occupationTaxonomy } from './occupation-taxonomy.ts';

/**
 * How close two occupations are, 0–1: the same one; a specialty and its broader occupation; two
 * specialties of one occupation, or occupations linked as related; then sharing an ISCO-08 unit,
 * minor or sub-major group. Two occupations in different sub-major groups are unrelated.
 */
export function occupationRelatedness(left: string, right: string): number {
  if (left === right) return 1;
  const taxonomy = occupationTaxonomy();
  const a = taxonomy.get(left);
  const b = taxonomy.get(right);
  if (!a || !b) return 0;
  if (a.parent === b.id || b.parent === a.id) return 0.75;
  const related = (a.related ?? []).includes(b.id) || (b.related ?? []).includes(a.id);
  const siblings = a.parent !== undefined && a.parent === b.parent;
  if (related || siblings) return 0.45;
  if (a.isco === b.isco) return 0.35;
  if (a.isco.slice(0, 3) === b.isco.slice(0, 3)) return 0.25;
  if (a.isco.slice(0, 2) === b.isco.slice(0, 2)) return 0.12;
  return 0;
}

/**
 * How well a person in one occupation fits a job in another, 0–1. As relatedness, but one way, and
 * reading a broad title as what it most often means. Under an umbrella title ("Software Engineer")
 * a specialist is qualified for the plain posting, while a specialty job asks more than the broad
 * title shows. Where the plain title most often means one practice (a "Pharmacist" posting is
 * community pharmacy, a "Staff Nurse" one ward nursing), that practice and the plain title are the
 * same work, and every other specialty is a neighbour of it, whichever side holds it.
 */
export function occupationFit(person: string, job: string): number {
  if (person === job) return 1;
  const taxonomy = occupationTaxonomy();
  const personParent = taxonomy.get(person)?.parent;
  const jobParent = taxonomy.get(job)?.parent;
  const broad = personParent === job ? taxonomy.get(job) : jobParent === person ? taxonomy.get(person) : undefined;
  if (!broad) return occupationRelatedness(person, job);
  const specialty = broad.id === job ? person : job;
  if (broad.plainTitleMeans === specialty) return 0.95;
  if (broad.plainTitleMeans !== undefined) return neighbourPractice;
  return broad.id === job ? 0.9 : 0.75;
}

/** A specialty beside the practice a broad title means: a stretch a person would consider, not the same job. */
const neighbourPractice = 0.55;
