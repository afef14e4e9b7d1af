import { occupationOfTitle } from '../occupations/find-occupation.ts';
import { readCandidatePlace, type CandidatePlace } from '../places/candidate-place.ts';
import { detectLanguage } from '../text/detect-language.ts';
import { textTerms } from '../text/text-terms.ts';
import { occupationRelatedness } from '../occupations/occupation-relatedness.ts';
import { occupationTaxonomy } from '../occupations/occupation-taxonomy.ts';
import { levelOfTitle, levelOfYears, type CareerLevel, type LevelBasis } from './career-level.ts';
import { languagePairsIn, type LanguagePair } from './language-pairs.ts';
import { spokenLanguages } from './language-requirements.ts';
import { yearsFromDateRanges } from './years-of-experience.ts';
import { sinceWords, yearRangeStart } from '../text/work-dates.ts';

/** What matching reads off a CV once: the person's occupations, level, home and languages. */
export interface CandidateFacts {
  /** Occupations the CV's titles name, most recent and most often first; weights 0–1, the first 1. */
  occupations: { occupation: string; weight: number }[];
  recentTitle: string | null;
  level: CareerLevel | null;
  /** A title (or the profile) names the level; years of experience only suggest it. */
  levelBasis: LevelBasis | null;
  place: CandidatePlace;
  languages: Set<string>;
  /** The language pairs the CV says the person works in ("EN/FR>ES"). */
  languagePairs: LanguagePair[];
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
    // The top lines of a CV are its headline, often packed into one line with the name and place.
    if (index < 6 && !short) {
      const titled = lineFields(line).find((field) => !entryTitles.has(field) && occupationOfTitle(field));
      if (titled) {
        headline ??= titled;
        add(occupationOfTitle(titled)!.occupation, 1);
        return;
      }
    }
    const match = occupationOfTitle(short ? line : line.slice(0, 160));
    if (!match) return;
    const atTop = index < 6 && short;
    if (atTop) headline ??= line;
    add(match.occupation, atTop ? 1 : short && line.length <= 60 ? 0.3 : 0.1);
  });
  refineToSpecialty(weights);
  const top = Math.max(0, ...weights.values());
  const occupations = [...weights.entries()]
    .map(([occupation, weight]) => ({ occupation, weight: weight / top }))
    .sort((left, right) => right.weight - left.weight);
  return { occupations, headline };
}

// One-line CV layouts pack a name, a title, an employer and a place into one line between
// separators ("NAME — Senior HR Business Partner — Amsterdam", "2021–present · Title · Company").
const fieldSeparator = /\s+[—–|·•]\s+|\s+-\s+|\s*\|\s*/;

/** The short fields of a long line, each a possible title; a short line is its own only field. */
function lineFields(line: string): string[] {
  if (line.length <= titleLineLength) return [line];
  return line
    .split(fieldSeparator)
    .map((field) => field.trim())
    .filter((field) => field.length > 0 && field.length <= titleLineLength)
    .slice(0, 4);
}

/**
 * A CV titled by a broad occupation ("Staff Pharmacist") that names one of its specialties elsewhere
 * ("dispensing in a community pharmacy") is that specialty: the specialty takes the broad title's
 * weight, and the broad title keeps a part, so the sibling specialties become the stretch they are.
 */
function refineToSpecialty(weights: Map<string, number>) {
  const taxonomy = occupationTaxonomy();
  const top = Math.max(0, ...weights.values());
  for (const [broad, weight] of [...weights]) {
    if (weight < top) continue;
    // A passing mention in a sentence (weight 0.1) is not enough: a heading, a title line or a job is.
    const specialties = [...weights.entries()].filter(([occupation, named]) => taxonomy.get(occupation)?.parent === broad && named >= 0.2 * top).map(([occupation]) => occupation);
    if (specialties.length === 0) continue;
    for (const specialty of specialties) weights.set(specialty, Math.max(weights.get(specialty)!, weight));
    weights.set(broad, weight * 0.5);
  }
}

// A job still held opens the line or follows a separator: "seit 04/2016", "Acheteuse projet — Occitane · depuis septembre 2021".
const datedLine = new RegExp(String.raw`${yearRangeStart}|(?:^|[·|—–,(*]\s*|\s-\s)${sinceWords}\s+(?:[\p{L}]+\.?\s+|\d{1,2}[/.])?(19|20)\d{2}\b`, 'iu');

/** A job on the CV: its title line and the line with its dates. */
interface CvEntry {
  title: string;
  occupation: string;
  dates: string;
}

/** The CV's dated jobs in the order it lists them: each date range with the title nearest it. */
// Dated lines under these headings, or naming a school or degree, are studies, not jobs: "2011 –
// 2016 Universität zu Köln, Lehramt an Grundschulen" is a teacher's training, not five years teaching.
const studiesHeading = /^(education|academic|qualifications?|certifications?|training|courses|studies|ausbildung|bildung|bildungsweg|studium|fortbildung\w*|weiterbildung\w*|qualifikationen|formation\w*|formacion\w*|formación\w*|estudios|opleiding\w*|istruzione|formazione|educacao|educação|formacao|formação)\b/i;
const jobHeading = /^(experience|professional experience|work experience|employment|career|berufserfahrung|berufliche\w*|werdegang|experience professionnelle|expérience\w*|experiencia\w*|werkervaring|esperienz\w*|experiencia profissional|experiência\w*)\b/i;
const studiesLine = /\b(universit\w*|hochschule|college|school of|business school|b\.?a\.?|b\.?sc\.?|m\.?sc\.?|m\.?ed\.?|m\.?a\.|mba|phd|bachelor\w*|master'?s? (degree|of)|máster|master en|licenciatura|grado en|diplom\w*|studium|abitur|gcse|a-levels)\b/i;

function cvEntries(lines: string[]): CvEntry[] {
  const entries: CvEntry[] = [];
  let inStudies = false;
  lines.forEach((line, index) => {
    const heading = line.replace(/[:\-–—=_#*]+$/, '').trim();
    if (heading.length <= 40 && studiesHeading.test(heading)) inStudies = true;
    else if (heading.length <= 60 && jobHeading.test(heading)) inStudies = false;
    if (!datedLine.test(line) || inStudies || studiesLine.test(line)) return;
    // The title is on the dated line itself, or the nearest short line above it, or just below.
    for (const at of [index, index - 1, index - 2, index + 1]) {
      if (at < 0 || at >= lines.length) continue;
      const fields = lines[at]!.length > titleLineLength + 40 ? (at === index ? lineFields(lines[at]!) : []) : [lines[at]!];
      for (const field of fields) {
        const match = occupationOfTitle(field);
        if (!match) continue;
        entries.push({ title: field, occupation: match.occupation, dates: line });
        return;
      }
    }
  });
  return entries;
}

/**
 * Whether a manager's occupation is run by people in the other one, as a teeltmanager runs growers
 * or a nurse manager nurses: a manager (ISCO-08 major group 1) who rose from that work brings its
 * years to the role. Only the work the taxonomy links to the manager's own counts.
 */
function managesTheWork(manager: string, work: string): boolean {
  const occupation = occupationTaxonomy().get(manager);
  return Boolean(occupation?.isco.startsWith('1') && occupation.related?.includes(work));
}

/**
 * Years in the person's own line of work: the date ranges of the entries whose title is that
 * occupation or a close one, leaving out internships and student posts. A nurse who was a care
 * assistant for five years and qualified two years ago has two years as a nurse. Null when no dated
 * entry names the occupation.
 */
function yearsInOccupation(entries: CvEntry[], occupation: string | null, now: Date): number | null {
  if (!occupation) return null;
  const relevant = entries.filter((entry) => (occupationRelatedness(entry.occupation, occupation) >= 0.75 || managesTheWork(occupation, entry.occupation)) && levelOfTitle(entry.title) !== 'intern');
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
  const years = yearsInOccupation(entries, occupations[0]?.occupation ?? null, options.now) ?? options.years;
  return {
    occupations,
    recentTitle,
    level: titled ?? (years === null ? null : levelOfYears(years)),
    levelBasis: titled ? 'title' : years === null ? null : 'years',
    place: readCandidatePlace(options.cvText),
    languages: spokenLanguages(options.cvText),
    languagePairs: languagePairsIn(options.cvText),
    terms,
  };
}
