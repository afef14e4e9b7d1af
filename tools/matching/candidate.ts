import { asc } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { cvPassages, cvs, searchProfiles } from '../../db/schema.ts';
import { skillEvidence, type CvPassage } from './cv-evidence.ts';
import type { Candidate } from './match-report.ts';
import { statedYearsOfExperience, yearsFromDateRanges } from './years-of-experience.ts';

const workSection = /experience|employment|work|career|professional|positions?|history/i;
const notWorkSection = /education|academic|stud(y|ies)|training|certific|course|volunteer|projects?/i;

/** The passages whose dates are jobs: the work-history sections, or everything but education when none is named. */
function workHistory(passages: CvPassage[]) {
  const named = passages.filter((passage) => passage.section && workSection.test(passage.section));
  return named.length > 0 ? named : passages.filter((passage) => !passage.section || !notWorkSection.test(passage.section));
}

/**
 * The acting user as a match sees them: CV passages (row-level security keeps them the user's own),
 * the skills each evidences, years of experience, and the profile's stated preferences when there is
 * a profile. Null when the user has no CV.
 */
export async function loadCandidate(db: Transaction, now: Date): Promise<Candidate | null> {
  const [cv] = await db.select({ userId: cvs.userId }).from(cvs);
  if (!cv) return null;
  const passages = await db
    .select({ position: cvPassages.position, section: cvPassages.section, text: cvPassages.text })
    .from(cvPassages)
    .orderBy(asc(cvPassages.position));
  const [profile] = await db.select().from(searchProfiles);

  const datedYears = yearsFromDateRanges(workHistory(passages).map((passage) => passage.text).join('\n'), now);
  const statedYears = statedYearsOfExperience(passages.map((passage) => passage.text).join('\n'));
  const cvYears = datedYears === null && statedYears === null ? null : Math.max(datedYears ?? 0, statedYears ?? 0);
  const remoteOnly = profile?.remotePreference === 'remote';

  return {
    passages,
    skills: skillEvidence(passages),
    cvYears,
    locationPreference: profile && (profile.locations.length > 0 || remoteOnly) ? { locations: profile.locations, remoteOnly } : null,
    salaryFloor: profile?.salaryFloor ? { amount: profile.salaryFloor, currency: profile.salaryCurrency } : null,
  };
}
