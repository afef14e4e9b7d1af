// The shapes tool results arrive in, taken from the tools' own zod schemas (types only: nothing of the
// server reaches the bundle), so a card and its tool cannot drift apart unnoticed.
import type { z } from 'zod';
import type { draftOutreach } from '../../../tools/draft-outreach.ts';
import type { followBoard } from '../../../tools/follow-board.ts';
import type { followCompany } from '../../../tools/follow-company.ts';
import type { importJob } from '../../../tools/import-job.ts';
import type { listApplications } from '../../../tools/list-applications.ts';
import type { listFollowedBoards } from '../../../tools/list-followed-boards.ts';
import type { listSearchHistory } from '../../../tools/list-search-history.ts';
import type { saveJob } from '../../../tools/save-job.ts';
import type { scoreMatch } from '../../../tools/score-match.ts';
import type { searchJobs } from '../../../tools/search-jobs.ts';
import type { updateApplication } from '../../../tools/update-application.ts';

type OutputOf<Tool extends { output: z.ZodType }> = z.output<Tool['output']>;
type InputOf<Tool extends { input: z.ZodType }> = z.input<Tool['input']>;

export type SearchJobsInput = InputOf<typeof searchJobs>;
export type SearchJobsOutput = OutputOf<typeof searchJobs>;
export type SearchResult = SearchJobsOutput['jobs'][number];
export type ScoreMatchOutput = OutputOf<typeof scoreMatch>;
export type MatchReport = ScoreMatchOutput['matches'][number];
export type SaveJobOutput = OutputOf<typeof saveJob>;
export type ListApplicationsOutput = OutputOf<typeof listApplications>;
export type UpdateApplicationOutput = OutputOf<typeof updateApplication>;
export type Application = ListApplicationsOutput['applications'][number];
export type ImportJobOutput = OutputOf<typeof importJob>;
export type FollowBoardInput = InputOf<typeof followBoard>;
export type FollowBoardOutput = OutputOf<typeof followBoard>;
export type FollowCompanyOutput = OutputOf<typeof followCompany>;
export type FollowedBoard = OutputOf<typeof listFollowedBoards>['boards'][number];
export type SearchHistoryEntry = OutputOf<typeof listSearchHistory>['searches'][number];
export type DraftOutreachOutput = OutputOf<typeof draftOutreach>;
