import { occupationOfTitle } from '../occupations/find-occupation.ts';
import { readCandidatePlace, type CandidatePlace } from '../places/candidate-place.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { textTerms } from '../text/text-terms.ts';
import { occupationRelatedness } from '../occupations/occupation-relatedness.ts';
import { candidateLevel, levelOfTitle, type CareerLevel } from './career-level.ts';
import { spokenLanguages } from './language-requirements.ts';
import { yearsFromDateRanges } from './years-of-experience.ts';

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
 * The occupations a CV names, weighted by where: the titles of its dated jobs, latest first, count
 * most; a headline at the top of the CV as much as the latest job; any other short line naming a
 * title a little; a sentence that mentions one in passing ("with the special-needs teacher") barely.
 */
function cvOccupations(lines: string[], entries: CvEntry[]) {
  const weights = new Map<string, number>();
  const add = (occupation: string, weight: number) => weights.set(occupation, (weights.get(occupation) ?? 0) + weight);
  entries.forEach((entry, index) => add(entry.occupation, 1 / (1 + 0.5 * index)));
  const entryTitles = new Set(entries.map((entry) => entry.title));
  let headline: string | null = null;
  lines.forEach((line, index) => {
    if (entryTitles.has(line)) return;
    const short = line.length <= titleLineLength;
    const match = occupationOfTitle(short ? line : line.slice(0, 160));
    if (!match) return;
    const atTop = index < 6 && short;
    if (atTop) headline ??= line;
    add(match.occupation, atTop ? 1 : short && line.length <= 60 ? 0.3 : 0.1);
  });
  const top = Math.max(0, ...weights.values());
  const occupations = [...weights.entries()]
    .map(([occupation, weight]) => ({ occupation, weight: weight / top }))
    .sort((left, right) => right.weight - left.weight);
  return { occupations, headline };
}

const datedLine = /(19|20)\d{2}\s*(?:-|–|—|to|until|bis|à|a|hasta)\s*(?:\d|[a-z]|heute|present|current)/i;

/** A job on the CV: its title line and the line with its dates. */
interface CvEntry {
  title: string;
  occupation: string;
  dates: string;
}

/** The CV's dated jobs in the order it lists them: each date range with the title nearest it. */
function cvEntries(lines: string[]): CvEntry[] {
  const entries: CvEntry[] = [];
  lines.forEach((line, index) => {
    if (!datedLine.test(line)) return;
    // The title is on the dated line itself, or the nearest short line above it, or just below.
    for (const at of [index, index - 1, index - 2, index + 1]) {
      if (at < 0 || at >= lines.length || lines[at]!.length > titleLineLength + 40) continue;
      const match = occupationOfTitle(lines[at]!);
      if (!match) continue;
      entries.push({ title: lines[at]!, occupation: match.occupation, dates: line });
      return;
    }
  });
  return entries;
}

/**
 * Years in the person's own line of work: the date ranges of the entries whose title is that
 * occupation or a close one, leaving out internships and student posts. A nurse who was a care
 * assistant for five years and qualified two years ago has two years as a nurse. Null when no dated
 * entry names the occupation.
 */
function yearsInOccupation(entries: CvEntry[], occupation: string | null, now: Date): number | null {
  if (!occupation) return null;
  const relevant = entries.filter((entry) => occupationRelatedness(entry.occupation, occupation) >= 0.75 && levelOfTitle(entry.title) !== 'intern');
  return relevant.length > 0 ? yearsFromDateRanges(relevant.map((entry) => entry.dates).join('\n'), now) : null;
}

/** Reads a CV's facts from its text; `targetRoles` from the user's profile name occupations too. */
export function candidateFacts(options: { cvText: string; years: number | null; now: Date; targetRoles?: string[] }): CandidateFacts {
  const lines = options.cvText
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s#*•\-–|>]+/, '').trim())
    .filter(Boolean);
  const entries = cvEntries(lines);
  const { occupations, headline } = cvOccupations(lines, entries);
  for (const role of options.targetRoles ?? []) {
    const match = occupationOfTitle(role);
    if (!match) continue;
    const existing = occupations.find((entry) => entry.occupation === match.occupation);
    if (existing) existing.weight = 1;
    else occupations.unshift({ occupation: match.occupation, weight: 1 });
  }
  // CVs list the latest job first; its title says the person's level when any title does.
  const recentTitle = entries[0]?.title ?? headline;
  const titled = [entries[0]?.title, headline].map((title) => (title ? levelOfTitle(title) : null)).find((level) => level !== null) ?? null;
  const language = detectLanguage(options.cvText);
  const terms = new Map<string, number>();
  for (const term of textTerms(options.cvText, language)) terms.set(term, (terms.get(term) ?? 0) + 1);
  return {
    occupations,
    recentTitle,
    level: titled ?? candidateLevel({ recentTitle: null, years: yearsInOccupation(entries, occupations[0]?.occupation ?? null, options.now) ?? options.years }),
    place: readCandidatePlace(options.cvText),
    languages: spokenLanguages(options.cvText),
    terms,
  };
}
