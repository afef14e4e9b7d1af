import { occupationOfTitle } from '../occupations/find-occupation.ts';
import { readCandidatePlace, type CandidatePlace } from '../places/candidate-place.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { textTerms } from '../text/text-terms.ts';
import { candidateLevel, type CareerLevel } from './career-level.ts';
import { spokenLanguages } from './language-requirements.ts';

/** What matching reads off a CV once: the person's occupations, level, home and languages. */
export interface CandidateFacts {
  /** Occupations the CV's titles name, most recent and most often first; weights 0–1, the first 1. */
  occupations: { occupation: string; weight: number }[];
  recentTitle: string | null;
  level: CareerLevel | null;
  place: CandidatePlace;
  languages: Set<string>;
  terms: Map<string, number>;
}

// A headline or job title is a short line; a long one is a paragraph, read only for its opening.
const titleLineLength = 120;

/**
 * The occupations a CV names, weighted by where: a job title near the top (the headline, the latest
 * job) counts most, later ones less, and a title a line mentions in passing less still.
 */
function cvOccupations(lines: string[]) {
  const weights = new Map<string, number>();
  let firstTitle: string | null = null;
  let matched = 0;
  for (const line of lines) {
    const short = line.length <= titleLineLength;
    const match = occupationOfTitle(short ? line : line.slice(0, 160));
    if (!match) continue;
    firstTitle ??= short ? line : null;
    const weight = (short ? 1 : 0.5) / (1 + 0.35 * matched);
    weights.set(match.occupation, (weights.get(match.occupation) ?? 0) + weight);
    matched += 1;
  }
  const top = Math.max(0, ...weights.values());
  const occupations = [...weights.entries()]
    .map(([occupation, weight]) => ({ occupation, weight: weight / top }))
    .sort((left, right) => right.weight - left.weight);
  return { occupations, firstTitle };
}

/** Reads a CV's facts from its text; `targetRoles` from the user's profile name occupations too. */
export function candidateFacts(options: { cvText: string; years: number | null; targetRoles?: string[] }): CandidateFacts {
  const lines = options.cvText
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s#*•\-–|>]+/, '').trim())
    .filter(Boolean);
  const { occupations, firstTitle } = cvOccupations(lines);
  for (const role of options.targetRoles ?? []) {
    const match = occupationOfTitle(role);
    if (!match) continue;
    const existing = occupations.find((entry) => entry.occupation === match.occupation);
    if (existing) existing.weight = 1;
    else occupations.unshift({ occupation: match.occupation, weight: 1 });
  }
  const language = detectLanguage(options.cvText);
  const terms = new Map<string, number>();
  for (const term of textTerms(options.cvText, language)) terms.set(term, (terms.get(term) ?? 0) + 1);
  return {
    occupations,
    recentTitle: firstTitle,
    level: candidateLevel({ recentTitle: firstTitle, years: options.years }),
    place: readCandidatePlace(options.cvText),
    languages: spokenLanguages(options.cvText),
    terms,
  };
}
