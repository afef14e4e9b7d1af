import { seniorityLevels } from '../../tools/matching/experience-fit.ts';
import type { LabelledCv, LabelledPosting } from './labelled-set.ts';

/**
 * Professions close enough that a candidate of one could credibly apply to the other (RUBRIC.md);
 * the relation goes both ways.
 */
const adjacentProfessions: [string, string][] = [
  ['backend', 'devops'],
  ['backend', 'frontend'],
  ['backend', 'sales-engineering'],
  ['frontend', 'design'],
  ['data-science', 'data-analysis'],
  ['data-analysis', 'finance'],
  ['product', 'design'],
  ['product', 'marketing'],
  ['marketing', 'sales'],
  ['sales', 'sales-engineering'],
  ['finance', 'operations'],
  ['nursing', 'recruiting'],
];

export function areAdjacent(left: string, right: string) {
  return adjacentProfessions.some(([one, other]) => (one === left && other === right) || (one === right && other === left));
}

/** How many steps apart two levels are on intern, junior, mid, senior, lead, principal. */
export function levelGap(left: LabelledCv['level'], right: LabelledPosting['level']) {
  return Math.abs(seniorityLevels.indexOf(left) - seniorityLevels.indexOf(right));
}

/** Share of the posting's declared required skills that the CV declares. */
export function skillOverlap(cv: LabelledCv, posting: LabelledPosting) {
  const held = new Set(cv.skills.map((skill) => skill.toLowerCase()));
  return posting.skills.filter((skill) => held.has(skill.toLowerCase())).length / Math.max(1, posting.skills.length);
}

/**
 * The grade RUBRIC.md gives a CV × posting pair, computed from what each declares (profession,
 * level, skills) rather than judged by a person: 3 strong, 2 good, 1 partial, 0 not a fit.
 */
export function rubricGrade(cv: LabelledCv, posting: LabelledPosting): 0 | 1 | 2 | 3 {
  if (cv.profession !== posting.profession) {
    // Adjacent: a credible stretch, unless the level is far off too.
    return areAdjacent(cv.profession, posting.profession) && levelGap(cv.level, posting.level) <= 2 ? 1 : 0;
  }
  const gap = levelGap(cv.level, posting.level);
  const overlap = skillOverlap(cv, posting);
  if (gap <= 1 && overlap >= 0.5) return 3;
  if ((gap <= 1 && overlap > 0) || (gap === 2 && overlap >= 0.5)) return 2;
  return 1;
}
