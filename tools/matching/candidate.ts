import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { queryRows } from '../../db/query-rows.ts';
import type { SearchProfile } from '../search-profile.ts';
import { candidateFacts } from './candidate-facts.ts';
import type { CareerLevel } from './career-level.ts';
import { skillEvidence, type CvPassage } from './cv-evidence.ts';
import type { Candidate } from './match-report.ts';
import { statedYearsOfExperience, yearsFromDateRanges } from './years-of-experience.ts';

const workSection = /experience|employment|work|career|professional|positions?|history|berufserfahrung|erfahrung|werdegang|beruflich|exp[ée]rience|parcours|experiencia|trayectoria|laboral/i;
const notWorkSection = /education|academic|stud(y|ies)|training|certific|course|volunteer|projects?|ausbildung|bildung|studium|formation|dipl[oô]mes?|formaci[oó]n|estudios|educaci[oó]n/i;

/** The passages whose dates are jobs: the work-history sections, or everything but education when none is named. */
function workHistory(passages: CvPassage[]) {
  const named = passages.filter((passage) => passage.section && workSection.test(passage.section));
  return named.length > 0 ? named : passages.filter((passage) => !passage.section || !notWorkSection.test(passage.section));
}

// The profile's seniority scale is finer at the top than matching's.
const profileLevels: Record<string, CareerLevel> = {
  intern: 'intern', junior: 'junior', mid: 'mid', senior: 'senior', staff: 'lead', lead: 'lead', manager: 'lead', principal: 'principal', director: 'principal', executive: 'principal',
};

/** What reading a candidate depends on: the CV's text, its passages in order, and the search profile. */
export interface CandidateSources {
  cvText: string | null;
  passages: CvPassage[];
  profile: SearchProfile | null;
}

/**
 * Select-list items reading a `CandidateSources` (`cv_text`, `passages`, `profile`) in whatever
 * statement a caller already sends: a round trip, not the reading, is most of what each costs.
 * Row-level security keeps every one of them the acting user's own.
 */
export const candidateSourceColumns = sql`
  (select c.text from cvs c limit 1) as cv_text,
  (select coalesce(json_agg(json_build_object('position', p.position, 'section', p.section, 'text', p.text) order by p.position), '[]'::json)
     from cv_passages p) as passages,
  (select json_build_object('targetRoles', p.target_roles, 'seniority', p.seniority, 'locations', p.locations,
            'remotePreference', p.remote_preference, 'salaryFloor', p.salary_floor, 'salaryCurrency', p.salary_currency,
            'dealBreakers', p.deal_breakers, 'companiesToAvoid', p.companies_to_avoid)
     from search_profiles p limit 1) as profile`;

/** The row `candidateSourceColumns` reads, as sources. */
export function candidateSources(row: { cv_text: string | null; passages: CvPassage[]; profile: SearchProfile | null }): CandidateSources {
  return { cvText: row.cv_text, passages: row.passages, profile: row.profile };
}

/**
 * The acting user as a match sees them: CV passages (row-level security keeps them the user's own),
 * the skills each evidences, years of experience, the occupations, level, home and languages the CV
 * states, and the profile's preferences when there is a profile. Null when the user has no CV.
 */
export async function loadCandidate(db: Transaction, now: Date): Promise<Candidate | null> {
  const [row] = await queryRows<{ cv_text: string | null; passages: CvPassage[]; profile: SearchProfile | null }>(db, sql`select ${candidateSourceColumns}`);
  return candidateFrom(candidateSources(row!), now);
}

/** The candidate `sources` describe, null when there is no CV; kept per process (see below). */
export function candidateFrom({ cvText, passages, profile }: CandidateSources, now: Date): Candidate | null {
  if (cvText === null) return null;
  // Reading a CV's skills, years and occupations is most of a search's own work (about 100 ms of CPU
  // on a two-page CV), and a user searches with the same CV and profile again and again. Kept by a
  // digest of everything the reading depends on, so an uploaded CV, an edited profile or a new day
  // reads afresh, and two users share an entry only when their CVs and profiles are identical.
  const key = createHash('sha256').update(JSON.stringify([cvText, passages, profile, now.toISOString().slice(0, 10)])).digest('base64');
  const kept = readCandidates.get(key);
  if (kept) {
    readCandidates.delete(key);
    readCandidates.set(key, kept);
    return kept;
  }
  const candidate = readCandidate(cvText, passages, profile ?? undefined, now);
  if (readCandidates.size >= readCandidatesLimit) readCandidates.delete(readCandidates.keys().next().value!);
  readCandidates.set(key, candidate);
  return candidate;
}

/** The most recently read candidates, least recently used dropped first. */
const readCandidates = new Map<string, Candidate>();
const readCandidatesLimit = 200;

function readCandidate(cvText: string, passages: CvPassage[], profile: SearchProfile | undefined, now: Date): Candidate {
  const datedYears = yearsFromDateRanges(workHistory(passages).map((passage) => passage.text).join('\n'), now);
  const statedYears = statedYearsOfExperience(passages.map((passage) => passage.text).join('\n'));
  const cvYears = datedYears === null && statedYears === null ? null : Math.max(datedYears ?? 0, statedYears ?? 0);
  const facts = candidateFacts({ cvText, years: cvYears, now, targetRoles: profile?.targetRoles ?? [] });
  const chosen = profile?.seniority ? profileLevels[profile.seniority] : undefined;
  if (chosen) Object.assign(facts, { level: chosen, levelBasis: 'title' });
  const remoteOnly = profile?.remotePreference === 'remote';
  return {
    passages,
    skills: skillEvidence(passages),
    cvYears,
    facts,
    placePreference: profile && (profile.locations.length > 0 || remoteOnly) ? { places: profile.locations, remoteOnly } : null,
    salaryFloor: profile?.salaryFloor ? { amount: profile.salaryFloor, currency: profile.salaryCurrency } : null,
  };
}
