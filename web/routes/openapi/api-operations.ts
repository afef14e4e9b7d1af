import { z } from 'zod';
import { newAccessTokenSchema } from '../../../mcp/access-tokens.ts';
import { contactInputSchema } from '../../../tools/contacts/save-contact.ts';
import { createTask } from '../../../tools/create-task.ts';
import { draftOutreach } from '../../../tools/draft-outreach.ts';
import { savePostingFromPage } from '../../../tools/extension/save-posting-from-page.ts';
import { readPostingFromPage } from '../../../tools/extension/read-posting-from-page.ts';
import { followBoard } from '../../../tools/follow-board.ts';
import { followCompany } from '../../../tools/follow-company.ts';
import { getCv } from '../../../tools/get-cv.ts';
import { contactChangesSchema } from '../../../tools/gmail/contacts.ts';
import { importJob } from '../../../tools/import-job.ts';
import { keyedCredentialSchemas } from '../../../tools/jobs/keyed-sources.ts';
import { listApplications } from '../../../tools/list-applications.ts';
import { listFollowedBoards } from '../../../tools/list-followed-boards.ts';
import { listSearchHistory } from '../../../tools/list-search-history.ts';
import { listTasks } from '../../../tools/list-tasks.ts';
import { outreachDraftSchema, draftChangesSchema } from '../../../tools/outreach/draft-store.ts';
import { pushSubscriptionInput } from '../../../tools/push/push-subscriptions.ts';
import { refreshBoards } from '../../../tools/refresh-boards.ts';
import { saveJob } from '../../../tools/save-job.ts';
import { searchJobs } from '../../../tools/search-jobs.ts';
import { searchProfileSchema, storedSearchProfileSchema } from '../../../tools/search-profile.ts';
import { startInterviewPractice } from '../../../tools/start-interview-practice.ts';
import { submitInterviewAnswers } from '../../../tools/submit-interview-answers.ts';
import { tailorResume } from '../../../tools/tailor-resume.ts';
import { updateApplication } from '../../../tools/update-application.ts';
import { updateTask } from '../../../tools/update-task.ts';
import { deleteAccountSchema } from '../account-routes.ts';
import { changeSchema as applicationChangeSchema, listQuerySchema as applicationQuerySchema } from '../application-routes.ts';
import { auditQuerySchema } from '../audit-routes.ts';
import { changePasswordSchema, loginSchema, signupSchema } from '../auth-routes.ts';
import { timeZoneSchema } from '../briefing-routes.ts';
import { chatRequestSchema } from '../chat-routes.ts';
import { newConversationSchema, renameSchema } from '../conversation-routes.ts';
import { settingsSchema as discoverySettingsSchema } from '../discovery-routes.ts';
import { listQuerySchema as draftQuerySchema } from '../draft-routes.ts';
import { reviewBodySchema, signalQuerySchema } from '../gmail-routes.ts';
import { answersSchema, listQuerySchema as interviewQuerySchema } from '../interview-routes.ts';
import { changeSchema as reminderChangeSchema } from '../reminder-routes.ts';
import { editSchema as resumeEditSchema, exportQuerySchema as resumeExportQuerySchema, listQuerySchema as resumeQuerySchema } from '../resume-routes.ts';
import { changeSchema as taskChangeSchema } from '../task-routes.ts';
import { usageQuerySchema } from '../usage-routes.ts';

/** How a caller proves who it is: the browser's session cookie, a bearer token, or nothing. */
export type Security = 'session' | 'bearer' | 'extension' | 'none';

/** One REST operation as the OpenAPI document describes it, with the zod schemas the route parses. */
export interface ApiOperation {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The Express path, mount path included: `/api/drafts/:id`. */
  path: string;
  summary: string;
  tag: string;
  security?: Security;
  body?: z.ZodType;
  /** A body other than JSON: a CV file upload, the consent form. */
  bodyMedia?: 'multipart/form-data' | 'application/x-www-form-urlencoded';
  query?: z.ZodObject;
  /** The main success response's JSON schema; left out, a generic object. */
  response?: z.ZodType;
  /** The main success status; 200 unless said. */
  status?: 200 | 201 | 202 | 204 | 302;
  /** A success answer that is not JSON (a file, a redirect, Prometheus text). */
  responseMedia?: string;
}

const enabled = z.object({ enabled: z.boolean() }).strict();
const pushUnsubscribe = z.object({ endpoint: z.string().max(2000) });
const contactMerge = z.object({ keepId: z.uuid(), mergeId: z.uuid() }).strict();
const noFields = z.object({}).strict();
const keyedCredentials = z.object({ credentials: z.union(Object.values(keyedCredentialSchemas) as unknown as [z.ZodType, z.ZodType, ...z.ZodType[]]) });
const health = z.object({ status: z.enum(['ok', 'unavailable']), reason: z.string().optional() });
const draftAnswer = z.object({ draft: outreachDraftSchema });
const drafts = z.object({ drafts: z.array(outreachDraftSchema) });
const taskQuery = z.object({ show: listTasks.input.shape.show });

const op = (method: ApiOperation['method'], path: string, tag: string, summary: string, more: Partial<ApiOperation> = {}): ApiOperation => ({
  method,
  path,
  tag,
  summary,
  ...more,
});

/**
 * Every REST route, in the order create-app mounts them. The completeness test (openapi.test.ts)
 * fails when a route the app serves is missing here, so a new route comes with its description.
 */
export const apiOperations: ApiOperation[] = [
  // Operators
  op('get', '/metrics', 'Operators', 'Prometheus metrics (only with ATLAS_METRICS_TOKEN set; 404 otherwise)', { security: 'bearer', responseMedia: 'text/plain' }),
  op('get', '/api/health', 'Operators', 'Health: the process serves and the database answers', { security: 'none', response: health }),
  op('get', '/api/health/live', 'Operators', 'Liveness: the process serves (no database check)', { security: 'none', response: health }),
  op('get', '/api/health/ready', 'Operators', 'Readiness: the database answers select 1 in time; 503 with a reason otherwise', { security: 'none', response: health }),
  op('get', '/api/openapi.json', 'Operators', 'This OpenAPI description', { security: 'none' }),

  // MCP and OAuth for MCP clients
  op('get', '/.well-known/oauth-protected-resource/mcp', 'MCP', 'OAuth protected-resource metadata for /mcp', { security: 'none' }),
  op('get', '/.well-known/oauth-protected-resource', 'MCP', 'OAuth protected-resource metadata', { security: 'none' }),
  op('post', '/mcp', 'MCP', 'MCP Streamable HTTP: JSON-RPC requests to the Atlas tools', { security: 'bearer' }),
  op('get', '/mcp', 'MCP', 'MCP Streamable HTTP: server-sent events stream', { security: 'bearer', responseMedia: 'text/event-stream' }),
  op('delete', '/mcp', 'MCP', 'MCP Streamable HTTP: end a session', { security: 'bearer' }),
  op('get', '/.well-known/oauth-authorization-server', 'MCP', 'OAuth authorization server metadata', { security: 'none' }),
  op('post', '/register', 'MCP', 'OAuth dynamic client registration', { security: 'none', status: 201 }),
  op('post', '/token', 'MCP', 'OAuth token endpoint', { security: 'none', bodyMedia: 'application/x-www-form-urlencoded' }),
  op('post', '/revoke', 'MCP', 'OAuth token revocation', { security: 'none', bodyMedia: 'application/x-www-form-urlencoded' }),
  op('get', '/authorize', 'MCP', 'OAuth authorization: shows the consent page', { responseMedia: 'text/html' }),
  op('post', '/authorize', 'MCP', 'OAuth authorization (form post)', { bodyMedia: 'application/x-www-form-urlencoded', responseMedia: 'text/html' }),
  op('get', '/oauth/consent.css', 'MCP', 'The consent page stylesheet', { security: 'none', responseMedia: 'text/css' }),
  op('post', '/oauth/consent', 'MCP', 'Approve or deny an MCP client', { bodyMedia: 'application/x-www-form-urlencoded', status: 302 }),

  // Calendar feed and browser extension
  op('get', '/calendar/:file', 'Calendar', 'The secret-address iCalendar feed of follow-ups and interviews', { security: 'none', responseMedia: 'text/calendar' }),
  op('post', '/api/extension/read', 'Extension', 'Read a job posting from the page the extension is on', { security: 'extension', body: readPostingFromPage.input, response: readPostingFromPage.output }),
  op('post', '/api/extension/save', 'Extension', 'Save the posting on the page to the pipeline', { security: 'extension', body: savePostingFromPage.input, response: savePostingFromPage.output }),
  op('post', '/api/extension/check', 'Extension', 'Check the extension key still works', { security: 'extension' }),
  op('post', '/api/extension/disconnect', 'Extension', 'Revoke the extension key', { security: 'extension', status: 204 }),

  // Account
  op('get', '/api/auth/google', 'Account', 'Start signing in with Google (redirect)', { security: 'none', status: 302 }),
  op('get', '/api/auth/google/callback', 'Account', 'Google sign-in callback (redirect)', { security: 'none', status: 302 }),
  op('post', '/api/auth/signup', 'Account', 'Create an account and sign in', { security: 'none', body: signupSchema, status: 201 }),
  op('post', '/api/auth/login', 'Account', 'Sign in with email and password', { security: 'none', body: loginSchema }),
  op('post', '/api/auth/logout', 'Account', 'Sign out this session', { status: 204 }),
  op('get', '/api/auth/me', 'Account', 'The signed-in user'),
  op('post', '/api/auth/password', 'Account', 'Change the password', { body: changePasswordSchema }),
  op('post', '/api/tokens', 'Account', 'Create an access token for MCP clients', { body: newAccessTokenSchema, status: 201 }),
  op('get', '/api/tokens/extension', 'Account', 'Whether the browser extension has a key'),
  op('post', '/api/tokens/extension', 'Account', 'Create a key for the browser extension', { status: 201 }),
  op('get', '/api/tokens', 'Account', 'List access tokens'),
  op('delete', '/api/tokens/:id', 'Account', 'Revoke an access token', { status: 204 }),
  op('get', '/api/sessions', 'Account', 'List signed-in sessions'),
  op('post', '/api/sessions/sign-out-others', 'Account', 'Sign out every other session', { status: 204 }),
  op('delete', '/api/account', 'Account', 'Delete the account and everything in it', { body: deleteAccountSchema }),
  op('get', '/api/export.json', 'Privacy', 'Export all data as JSON', { responseMedia: 'application/json' }),
  op('get', '/api/export.zip', 'Privacy', 'Export all data as a ZIP of CSV and JSON files', { responseMedia: 'application/zip' }),
  op('get', '/api/audit', 'Privacy', 'The audit log of what was done with the account', { query: auditQuerySchema }),
  op('get', '/.well-known/gpc.json', 'Privacy', 'Global Privacy Control support statement', { security: 'none' }),
  op('get', '/api/connected-apps', 'Account', 'MCP clients connected through OAuth'),
  op('delete', '/api/connected-apps/:id', 'Account', 'Disconnect an MCP client', { status: 204 }),

  // Chat
  op('get', '/api/chat/model', 'Chat', 'Which chat model answers, if any'),
  op('post', '/api/chat', 'Chat', 'Send a message; the answer streams (AI SDK UI message stream)', { body: chatRequestSchema, responseMedia: 'text/event-stream' }),
  op('get', '/api/conversations', 'Chat', 'List conversations'),
  op('post', '/api/conversations', 'Chat', 'Start a conversation', { body: newConversationSchema, status: 201 }),
  op('get', '/api/conversations/:id', 'Chat', 'A conversation with its messages'),
  op('patch', '/api/conversations/:id', 'Chat', 'Rename a conversation', { body: renameSchema }),
  op('delete', '/api/conversations/:id', 'Chat', 'Delete a conversation', { status: 204 }),

  // Profile, usage
  op('get', '/api/profile', 'Profile', 'The search profile', { response: z.object({ profile: storedSearchProfileSchema }) }),
  op('put', '/api/profile', 'Profile', 'Replace the search profile', { body: searchProfileSchema.strict() }),
  op('get', '/api/usage', 'Profile', 'Model usage and cost by day and purpose', { query: usageQuerySchema }),

  // Drafts
  op('get', '/api/drafts', 'Drafts', 'List outreach drafts', { query: draftQuerySchema, response: drafts }),
  op('post', '/api/drafts', 'Drafts', 'Write an outreach draft for an application (draftOutreach tool)', { body: draftOutreach.input, response: draftOutreach.output, status: 201 }),
  op('get', '/api/drafts/:id', 'Drafts', 'Read a draft', { response: draftAnswer }),
  op('patch', '/api/drafts/:id', 'Drafts', 'Edit a draft', { body: draftChangesSchema, response: draftAnswer }),
  op('delete', '/api/drafts/:id', 'Drafts', 'Delete a draft', { status: 204 }),

  // Interviews
  op('get', '/api/interviews', 'Interviews', 'List mock interviews', { query: interviewQuerySchema }),
  op('post', '/api/interviews', 'Interviews', 'Start a mock interview (startInterviewPractice tool)', { body: startInterviewPractice.input, response: startInterviewPractice.output, status: 201 }),
  op('get', '/api/interviews/:id', 'Interviews', 'A mock interview with its questions and scores'),
  op('post', '/api/interviews/:id/answers', 'Interviews', 'Submit answers to score (submitInterviewAnswers tool)', { body: answersSchema, response: submitInterviewAnswers.output }),
  op('get', '/api/interviews/:id/report.md', 'Interviews', 'The interview report as Markdown', { responseMedia: 'text/markdown' }),
  op('delete', '/api/interviews/:id', 'Interviews', 'Delete a mock interview', { status: 204 }),

  // Résumés
  op('get', '/api/resumes', 'Résumés', 'List tailored résumé versions', { query: resumeQuerySchema }),
  op('post', '/api/resumes', 'Résumés', 'Tailor a résumé for an application (tailorResume tool)', { body: tailorResume.input, response: tailorResume.output, status: 201 }),
  op('get', '/api/resumes/:id', 'Résumés', 'A résumé version with the CV passages its lines cite'),
  op('put', '/api/resumes/:id', 'Résumés', 'Save an edit of a version as a new version', { body: resumeEditSchema, status: 201 }),
  op('get', '/api/resumes/:id/resume.:format', 'Résumés', 'Export a version as PDF, DOCX or JSON Resume', { query: resumeExportQuerySchema, responseMedia: 'application/octet-stream' }),
  op('delete', '/api/resumes/:id', 'Résumés', 'Delete a résumé version', { status: 204 }),

  // Pipeline
  op('get', '/api/applications', 'Pipeline', 'The pipeline (listApplications tool)', { query: applicationQuerySchema, response: listApplications.output }),
  op('post', '/api/applications', 'Pipeline', 'Save a job to the pipeline (saveJob tool); 201 when new', { body: saveJob.input, response: saveJob.output, status: 201 }),
  op('patch', '/api/applications/:id', 'Pipeline', 'Move or annotate an application (updateApplication tool)', { body: applicationChangeSchema, response: updateApplication.output }),
  op('get', '/api/applications/:id/history', 'Pipeline', 'An application’s status history'),
  op('delete', '/api/applications/:id', 'Pipeline', 'Delete an application and what hangs on it', { status: 204 }),

  // CV
  op('put', '/api/cv', 'CV', 'Upload a CV (PDF, DOCX, text) to replace the current one', { bodyMedia: 'multipart/form-data', body: z.object({ file: z.string().describe('The CV file') }) }),
  op('get', '/api/cv', 'CV', 'The CV and its passages (getCv tool)', { response: getCv.output }),
  op('delete', '/api/cv', 'CV', 'Delete the CV', { status: 204 }),

  // Jobs
  op('get', '/api/jobs/search', 'Jobs', 'Search postings (searchJobs tool; filters as query parameters)', { response: searchJobs.output }),
  op('get', '/api/searches', 'Jobs', 'Recent searches (listSearchHistory tool)', { response: listSearchHistory.output }),
  op('delete', '/api/searches/:id', 'Jobs', 'Forget a search', { status: 204 }),
  op('get', '/api/jobs/embedding-status', 'Jobs', 'How many postings are embedded for semantic search'),
  op('post', '/api/jobs/import', 'Jobs', 'Import a posting from its URL (importJob tool)', { body: importJob.input, response: importJob.output }),
  op('get', '/api/boards', 'Jobs', 'Followed job boards (listFollowedBoards tool)', { response: listFollowedBoards.output }),
  op('post', '/api/boards', 'Jobs', 'Follow a job board (followBoard tool)', { body: followBoard.input, response: followBoard.output, status: 201 }),
  op('post', '/api/boards/by-company', 'Jobs', 'Follow a company’s board by its name (followCompany tool)', { body: followCompany.input, response: followCompany.output }),
  op('post', '/api/boards/refresh', 'Jobs', 'Refresh followed boards now (refreshBoards tool)', { response: refreshBoards.output }),
  op('delete', '/api/boards/:id', 'Jobs', 'Unfollow a board', { status: 204 }),
  op('get', '/api/discovery', 'Jobs', 'Job discovery settings and status'),
  op('put', '/api/discovery', 'Jobs', 'Turn job discovery sources on or off (needs consent)', { body: discoverySettingsSchema }),
  op('post', '/api/discovery/run', 'Jobs', 'Run job discovery now', { status: 202 }),
  op('put', '/api/discovery/keys/:source', 'Jobs', 'Store an API key for a keyed job source', { body: keyedCredentials }),
  op('delete', '/api/discovery/keys/:source', 'Jobs', 'Remove a job source’s API key'),
  op('delete', '/api/discovery', 'Jobs', 'Withdraw discovery consent and its settings', { status: 204 }),

  // Gmail
  op('get', '/api/gmail', 'Gmail', 'Gmail connection status'),
  op('get', '/api/gmail/connect', 'Gmail', 'Start connecting Gmail (redirect to Google)', { status: 302 }),
  op('get', '/api/gmail/callback', 'Gmail', 'Gmail OAuth callback (redirect)', { status: 302 }),
  op('post', '/api/gmail/sync', 'Gmail', 'Sync now', { status: 202 }),
  op('post', '/api/gmail/labelling', 'Gmail', 'Turn Gmail labelling on or off', { body: enabled }),
  op('post', '/api/gmail/model-reading', 'Gmail', 'Turn reading mail with the model on or off', { body: enabled }),
  op('delete', '/api/gmail', 'Gmail', 'Disconnect Gmail and delete what was read', { status: 204 }),
  op('get', '/api/gmail/signals', 'Gmail', 'Application signals found in mail', { query: signalQuerySchema }),
  op('post', '/api/gmail/signals/:id/review', 'Gmail', 'Accept or dismiss a signal', { body: reviewBodySchema }),
  op('get', '/api/gmail/follow-ups', 'Gmail', 'Applications waiting for a reply'),

  // Contacts, insights, calendar, tasks, reminders, push, briefings
  op('get', '/api/contacts', 'Contacts', 'List contacts'),
  op('post', '/api/contacts', 'Contacts', 'Add a contact', { body: contactInputSchema.omit({ id: true }), status: 201 }),
  op('post', '/api/contacts/merge', 'Contacts', 'Merge two contacts', { body: contactMerge }),
  op('patch', '/api/contacts/:id', 'Contacts', 'Edit a contact', { body: contactChangesSchema }),
  op('delete', '/api/contacts/:id', 'Contacts', 'Delete a contact', { status: 204 }),
  op('get', '/api/insights', 'Insights', 'Pipeline insights: funnel, response rates, time in stage'),
  op('get', '/api/calendar-feed', 'Calendar', 'Whether a calendar feed exists, and its address'),
  op('post', '/api/calendar-feed', 'Calendar', 'Create or replace the calendar feed’s secret address', { status: 201 }),
  op('delete', '/api/calendar-feed', 'Calendar', 'Turn the calendar feed off', { status: 204 }),
  op('get', '/api/tasks', 'Tasks', 'Tasks and suggestions (listTasks tool)', { query: taskQuery, response: listTasks.output }),
  op('post', '/api/tasks', 'Tasks', 'Create a task (createTask tool)', { body: createTask.input, response: createTask.output, status: 201 }),
  op('patch', '/api/tasks/:id', 'Tasks', 'Edit or complete a task (updateTask tool)', { body: taskChangeSchema, response: updateTask.output }),
  op('delete', '/api/tasks/:id', 'Tasks', 'Delete a task', { status: 204 }),
  op('post', '/api/tasks/suggestions/:key/dismiss', 'Tasks', 'Dismiss a suggested task', { status: 204 }),
  op('get', '/api/reminders', 'Reminders', 'Due and upcoming reminders'),
  op('post', '/api/reminders/:key', 'Reminders', 'Dismiss or snooze a reminder', { body: reminderChangeSchema, status: 204 }),
  op('get', '/api/push/key', 'Reminders', 'The VAPID public key for browser push'),
  op('get', '/api/push/subscriptions', 'Reminders', 'Devices subscribed to push'),
  op('post', '/api/push/subscriptions', 'Reminders', 'Subscribe this browser to push', { body: pushSubscriptionInput, status: 201 }),
  op('delete', '/api/push/subscriptions', 'Reminders', 'Unsubscribe a browser by its endpoint', { body: pushUnsubscribe, status: 204 }),
  op('delete', '/api/push/subscriptions/:id', 'Reminders', 'Unsubscribe a device', { status: 204 }),
  op('get', '/api/briefings', 'Briefings', 'Weekly briefings'),
  op('post', '/api/briefings', 'Briefings', 'Write this week’s briefing now (201 when written, 200 when it existed)', { body: noFields, status: 201 }),
  op('put', '/api/briefings/time-zone', 'Briefings', 'Set the time zone briefings are written in', { body: timeZoneSchema }),
  op('get', '/api/briefings/:id', 'Briefings', 'A briefing'),
  op('delete', '/api/briefings/:id', 'Briefings', 'Delete a briefing', { status: 204 }),
];
