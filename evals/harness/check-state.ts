import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.ts';
import { applications, cvPassages, followedBoards, gmailThreadLabels, interviewPractices, outreachDrafts, resumeVersions, searchHistory } from '../../db/schema.ts';
import { withUser } from '../../db/with-user.ts';
import { toPracticeView } from '../../tools/interview/practice-store.ts';
import { toResumeView } from '../../tools/resume/resume-store.ts';
import { loadSearchProfile } from '../../tools/search-profile.ts';
import { interviewPracticesProblem } from './check-interview-practices.ts';
import { resumeVersionsProblem } from './check-resume-versions.ts';
import { mismatch } from './matcher.ts';
import type { StateCheck } from './scenario-schema.ts';
import { scenarioUserId, strangerUserId } from './seed-scenario.ts';

const sameSet = (left: string[], right: string[]) => JSON.stringify([...left].sort()) === JSON.stringify([...right].sort());

/** What one check found wrong, read as the owner of the records (row-level security applies). */
async function failureOf(database: Database, check: StateCheck): Promise<string | undefined> {
  const ownerId = check.owner === 'stranger' ? strangerUserId : scenarioUserId;
  const whose = check.owner === 'stranger' ? "the stranger's" : "the user's";
  return withUser(database, ownerId, async (db) => {
    switch (check.check) {
      case 'applicationStatus':
      case 'applicationNotes': {
        const [application] = await db.select().from(applications).where(eq(applications.id, check.applicationId));
        if (!application) return `${whose} application ${check.applicationId} is gone`;
        if (check.check === 'applicationStatus') {
          return application.status === check.status ? undefined : `${whose} application ${check.applicationId} is ${application.status}, expected ${check.status}`;
        }
        const problem = mismatch(check.notes, application.notes, 'notes');
        return problem && `${whose} application ${check.applicationId}: ${problem}`;
      }
      case 'pipelineSize': {
        const count = (await db.select({ id: applications.id }).from(applications)).length;
        return count === check.count ? undefined : `${whose} pipeline holds ${count} applications, expected ${check.count}`;
      }
      case 'threadLabels': {
        const labelled = (await db.select({ threadId: gmailThreadLabels.threadId }).from(gmailThreadLabels)).map((row) => row.threadId);
        return sameSet(labelled, check.threadIds) ? undefined : `${whose} labelled threads are [${labelled.join(', ')}], expected [${check.threadIds.join(', ')}]`;
      }
      case 'searchCount': {
        const count = (await db.select({ id: searchHistory.id }).from(searchHistory)).length;
        return count === check.count ? undefined : `${whose} search history holds ${count} searches, expected ${check.count}`;
      }
      case 'followedBoards': {
        const boards = (await db.select({ board: followedBoards.board }).from(followedBoards)).map((row) => row.board);
        return sameSet(boards, check.boards) ? undefined : `${whose} followed boards are [${boards.join(', ')}], expected [${check.boards.join(', ')}]`;
      }
      case 'drafts': {
        const drafts = await db.select().from(outreachDrafts).orderBy(asc(outreachDrafts.createdAt));
        const problem = mismatch(check.drafts, drafts, 'drafts');
        return problem && `${whose} outreach drafts: ${problem}`;
      }
      case 'interviewPractices': {
        const rows = await db.select().from(interviewPractices).orderBy(asc(interviewPractices.createdAt));
        const problem = interviewPracticesProblem(check.practices, rows.map(toPracticeView));
        return problem && `${whose} ${problem}`;
      }
      case 'resumeVersions': {
        const rows = await db.select().from(resumeVersions).where(eq(resumeVersions.applicationId, check.applicationId)).orderBy(asc(resumeVersions.version));
        const passages = await db.select({ id: cvPassages.id, section: cvPassages.section, text: cvPassages.text }).from(cvPassages);
        const problem = resumeVersionsProblem(check.versions, rows.map(toResumeView), passages);
        return problem && `${whose} application ${check.applicationId}: ${problem}`;
      }
      case 'profile': {
        const problem = mismatch(check.profile, await loadSearchProfile(db), 'profile');
        return problem && `${whose} search profile: ${problem}`;
      }
    }
  });
}

/** Reads what a scenario left in the database and says which of its state expectations fail. */
export async function checkState(database: Database, checks: StateCheck[]): Promise<string[]> {
  const failures: string[] = [];
  for (const check of checks) {
    const failure = await failureOf(database, check);
    if (failure) failures.push(failure);
  }
  return failures;
}
