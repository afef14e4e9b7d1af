import { createTask } from './create-task.ts';
import { deleteSearch } from './delete-search.ts';
import { draftOutreach } from './draft-outreach.ts';
import { followBoard } from './follow-board.ts';
import { followCompany } from './follow-company.ts';
import { getCv } from './get-cv.ts';
import { getSearchProfile } from './get-search-profile.ts';
import { importJob } from './import-job.ts';
import { labelThread } from './label-thread.ts';
import { listApplications } from './list-applications.ts';
import { listContacts } from './list-contacts.ts';
import { listSearchHistory } from './list-search-history.ts';
import { listTasks } from './list-tasks.ts';
import { getBriefing } from './get-briefing.ts';
import { readGmailMetadata } from './read-gmail-metadata.ts';
import { listFollowedBoards } from './list-followed-boards.ts';
import { refreshBoards } from './refresh-boards.ts';
import { rememberPreference } from './remember-preference.ts';
import { saveContact } from './save-contact.ts';
import { saveJob } from './save-job.ts';
import { scoreMatch } from './score-match.ts';
import { searchJobs } from './search-jobs.ts';
import { tailorResume } from './tailor-resume.ts';
import { getResume } from './get-resume.ts';
import { startInterviewPractice } from './start-interview-practice.ts';
import { submitInterviewAnswers } from './submit-interview-answers.ts';
import { unfollowBoard } from './unfollow-board.ts';
import { updateApplication } from './update-application.ts';
import { updateTask } from './update-task.ts';

/** Every tool Atlas offers, to the chat agent and to MCP clients alike. */
export const tools = [
  listApplications,
  updateApplication,
  scoreMatch,
  saveJob,
  searchJobs,
  listSearchHistory,
  deleteSearch,
  importJob,
  followBoard,
  followCompany,
  listFollowedBoards,
  unfollowBoard,
  refreshBoards,
  getCv,
  getSearchProfile,
  rememberPreference,
  draftOutreach,
  tailorResume,
  getResume,
  startInterviewPractice,
  submitInterviewAnswers,
  readGmailMetadata,
  labelThread,
  createTask,
  listTasks,
  updateTask,
  getBriefing,
  listContacts,
  saveContact,
];
