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
