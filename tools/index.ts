import { getCv } from './get-cv.ts';
import { listApplications } from './list-applications.ts';
import { saveJob } from './save-job.ts';
import { scoreMatch } from './score-match.ts';
import { updateApplication } from './update-application.ts';

/** Every tool Atlas offers, to the chat agent and to MCP clients alike. */
export const tools = [listApplications, updateApplication, getCv, scoreMatch, saveJob];
