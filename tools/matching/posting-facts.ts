import type { OccupationMatch } from '../occupations/find-occupation.ts';
import { occupationOfPosting } from '../occupations/posting-occupation.ts';
import { readPostingPlace, type PostingPlace } from '../places/posting-place.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { textTerms } from '../text/text-terms.ts';
import { postingLevel, type CareerLevel, type LevelBasis } from './career-level.ts';
import { languagePairsIn, type LanguagePair } from './language-pairs.ts';
import { requiredLanguages } from './language-requirements.ts';
import { postingSkills, weighPostingText } from './posting-requirements.ts';
import { statedYearsOfExperience } from './years-of-experience.ts';

/** What matching reads off a posting once: the job, its level, where it is, what it needs. */
export interface PostingFacts {
  occupation: OccupationMatch | null;
  level: CareerLevel | null;
  /** Whether the title names the level or the years asked only suggest it; null with no level. */
  levelBasis: LevelBasis | null;
  place: PostingPlace;
  languages: Set<string>;
  /** The language pairs the title and text state ("DE>EN"), as a translator's work is defined by them. */
  languagePairs: LanguagePair[];
  requirementsText: string;
  /** Years of experience the requirements state, if they do. */
  requiredYears: number | null;
  /** Catalogue skills the title and requirements ask for, and those only preferred. */
  skills: { required: string[]; preferred: string[] };
  /** Term counts of the requirements alone, for how much of them a CV covers. */
  requirementTerms: Map<string, number>;
  /** Weighted term counts: the title counts twice, nice-to-haves less, company boilerplate not at all. */
  terms: Map<string, number>;
}

export interface PostingText {
  id: string;
  title: string;
  description: string;
  locations: string[];
  workplaceType: string | null;
}

function addTerms(counts: Map<string, number>, terms: string[], weight: number) {
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + weight);
}

// Least recently used first (a Map keeps insertion order): a search touches a few hundred postings,
// so the postings users actually see stay while a 100k catalogue streams past.
const cache = new Map<string, { key: string; facts: PostingFacts }>();
const cacheLimit = 20_000;

/**
 * Reads a posting's facts; kept per posting while its text is unchanged, since the same postings
 * are scored on every search. Reading them (skills, sections, terms) costs far more than scoring.
 */
export function postingFacts(posting: PostingText): PostingFacts {
  const key = `${posting.title}\u0000${posting.locations.join('|')}\u0000${posting.workplaceType}\u0000${posting.description}`;
  const hit = cache.get(posting.id);
  if (hit && hit.key === key) {
    cache.delete(posting.id);
    cache.set(posting.id, hit);
    return hit.facts;
  }
  const weighed = weighPostingText(posting.description);
  const { required, preferred } = weighed;
  const requirementsText = required.join('\n');
  const language = detectLanguage(posting.description);
  const terms = new Map<string, number>();
  const requirementTerms = new Map<string, number>();
  addTerms(requirementTerms, textTerms(requirementsText, language), 1);
  addTerms(terms, textTerms(posting.title, language), 2);
  for (const [term, count] of requirementTerms) terms.set(term, (terms.get(term) ?? 0) + count);
  addTerms(terms, textTerms(preferred.join('\n'), language), 0.6);
  // A title that names no occupation may still say it in the opening lines ("We are hiring a nurse").
  const occupation = occupationOfPosting(posting);
  const level = postingLevel({ title: posting.title, requirementsText });
  const facts: PostingFacts = {
    occupation,
    level: level?.level ?? null,
    levelBasis: level?.basis ?? null,
    place: readPostingPlace(posting),
    languages: requiredLanguages(posting),
    languagePairs: languagePairsIn(`${posting.title}\n${posting.description}`),
    requirementsText,
    requiredYears: statedYearsOfExperience(requirementsText),
    skills: postingSkills(posting, weighed),
    requirementTerms,
    terms,
  };
  cache.delete(posting.id);
  if (cache.size >= cacheLimit) cache.delete(cache.keys().next().value!);
  cache.set(posting.id, { key, facts });
  return facts;
}

