/** What each tool does, as the user reads it while it runs ("Searching jobs…"). */
const runningLabels: Record<string, string> = {
  searchJobs: 'Searching jobs',
  scoreMatch: 'Scoring the match against your CV',
  saveJob: 'Saving the job to your pipeline',
  draftOutreach: 'Drafting an outreach email from your CV',
  listApplications: 'Reading your pipeline',
  updateApplication: 'Updating the application',
  importJob: 'Importing the job posting',
  followBoard: 'Following the job board and importing its postings',
  listFollowedBoards: 'Reading the boards you follow',
  unfollowBoard: 'Unfollowing the board',
  refreshBoards: 'Refreshing the boards you follow',
  getCv: 'Reading your CV',
  getSearchProfile: 'Reading your job-search profile',
  rememberPreference: 'Remembering your preference',
  listSearchHistory: 'Reading your search history',
  deleteSearch: 'Deleting the search',
  readGmailMetadata: 'Reading job-related mail headers',
  labelThread: 'Labelling the Gmail thread',
};

export function runningLabel(toolName: string) {
  return runningLabels[toolName] ?? `Using ${toolName}`;
}

/** "searchJobs" → "search jobs", for a tool this page has no words for. */
export function spokenToolName(toolName: string) {
  return toolName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
