import { deleteSearch } from './delete-search.ts';
import { getCv } from './get-cv.ts';
import { listApplications } from './list-applications.ts';
import { listSearchHistory } from './list-search-history.ts';
import { saveJob } from './save-job.ts';
import { scoreMatch } from './score-match.ts';
import { searchJobs } from './search-jobs.ts';
import { updateApplication } from './update-application.ts';

/** Every tool Atlas offers, to the chat agent and to MCP clients alike. */
export const tools = [
  listApplications,
  updateApplication,
  getCv,
  scoreMatch,
  saveJob,
  searchJobs,
  listSearchHistory,
  deleteSearch,
];
