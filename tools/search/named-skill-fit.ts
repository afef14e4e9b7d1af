import type { PostingFacts } from '../matching/posting-facts.ts';
import { languageSkillNames } from '../skills/skill-catalogue.ts';
import { findSkills } from '../skills/find-skills.ts';

// A skill the request names and the posting never asks for is a real gap, but one the wanted words
// and the occupation may outweigh: two such gaps cost about as much as a level a step off.
const perMissingSkill = 0.85;
const missingCounted = 2;

/** The catalogue skills a typed request names, under any of their names and languages ("ondernemingsraad" is a works council). */
export function skillsNamed(request: string): string[] {
  return [...new Set(findSkills(request).map((mention) => mention.skill))].filter((skill) => !languageSkillNames.has(skill));
}

/**
 * How well a posting answers the skills a request names, as a factor on its relevance: each named
 * skill the posting neither requires nor prefers lowers it, the first two counted.
 */
export function namedSkillFit(named: string[], posting: Pick<PostingFacts, 'skills'>): number {
  if (named.length === 0) return 1;
  const asked = new Set([...posting.skills.required, ...posting.skills.preferred]);
  const missing = named.filter((skill) => !asked.has(skill)).length;
  return perMissingSkill ** Math.min(missingCounted, missing);
}
