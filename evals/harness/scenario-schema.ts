import { z } from 'zod';
import { applicationStatuses, gmailSignalKinds, gmailSignalReviews, jobSources } from '../../db/schema.ts';
import { searchProfileSchema } from '../../tools/search-profile.ts';
import { generateContentResponseSchema } from '../replay/gemini-wire.ts';
import { requestSnapshotSchema } from '../replay/request-snapshot.ts';
import { practiceExpectationSchema } from './check-interview-practices.ts';
import { resumeVersionExpectationSchema } from './check-resume-versions.ts';
import { matcherSchema } from './matcher.ts';

const timestamp = z.iso.datetime({ offset: true });

/** A posting in the shared catalogue, as an importer would have stored it. */
const catalogueJobSchema = z.object({
  id: z.uuid(),
  title: z.string().min(1),
  company: z.string().min(1),
  description: z.string().default(''),
  locations: z.array(z.string()).default([]),
  workplaceType: z.enum(['remote', 'hybrid', 'onsite']).nullable().default(null),
  employmentType: z.string().nullable().default(null),
  salaryMin: z.number().int().nullable().default(null),
  salaryMax: z.number().int().nullable().default(null),
  salaryCurrency: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  source: z.string().default('greenhouse'),
  publishedAt: timestamp.nullable().default(null),
});

const applicationSeedSchema = z.object({
  id: z.uuid(),
  jobId: z.uuid().nullable().default(null),
  company: z.string(),
  title: z.string(),
  url: z.string().nullable().default(null),
  group: z.string().default('General'),
  status: z.enum(applicationStatuses).default('saved'),
  notes: z.string().default(''),
  updatedAt: timestamp.describe('Also the creation time; sets the order listApplications returns'),
});

const searchSeedSchema = z.object({
  id: z.uuid(),
  query: z.string(),
  filters: z.record(z.string(), z.unknown()).default({}),
  resultCount: z.number().int().min(0),
  createdAt: timestamp,
});

const followedBoardSeedSchema = z.object({
  id: z.uuid(),
  source: z.enum(jobSources),
  board: z.string(),
  company: z.string().nullable().default(null),
  createdAt: timestamp,
});

/** A job-related email Gmail sync matched: its metadata only, as Atlas stores it. */
const signalSeedSchema = z.object({
  id: z.uuid(),
  messageId: z.string(),
  threadId: z.string(),
  kind: z.enum(gmailSignalKinds),
  applicationId: z.uuid().nullable().default(null),
  review: z.enum(gmailSignalReviews).default('applied'),
  senderName: z.string().nullable().default(null),
  senderEmail: z.string(),
  subject: z.string().describe('Untrusted text from the email'),
  snippet: z.string().describe('Untrusted text from the email'),
  receivedAt: timestamp,
});

/** One Atlas user's own records. */
const recordsSchema = z.object({
  applications: z.array(applicationSeedSchema).default([]),
  searches: z.array(searchSeedSchema).default([]),
  followedBoards: z.array(followedBoardSeedSchema).default([]),
  gmail: z
    .object({
      email: z.string().default('candidate@gmail.example'),
      signals: z.array(signalSeedSchema).default([]),
    })
    .optional()
    .describe('A connected mailbox (labelling not enabled) and the signals sync found in it'),
});

/** A page or API answer the local web stub serves at a path, for importJob and the board tools. */
const webAnswerSchema = z.object({
  status: z.number().int().default(200),
  contentType: z.string().optional(),
  body: z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]),
});

export const seedSchema = z.object({
  now: timestamp.default('2026-06-01T09:00:00.000Z').describe("The tools' clock during the scenario"),
  cv: z
    .union([z.object({ fileName: z.string().default('cv.md'), text: z.string().min(1) }), z.object({ fixture: z.string() })])
    .optional()
    .describe('The user\'s CV, uploaded as a Markdown file: inline text, or a file under evals/ (e.g. "fixtures/cvs/backend-senior.md")'),
  profile: searchProfileSchema.partial().optional(),
  catalogue: z.array(catalogueJobSchema).default([]),
  web: z
    .record(z.string().startsWith('/'), webAnswerSchema)
    .default({})
    .describe('Served at {{web}}<path>: job pages and the Greenhouse, Lever and Ashby APIs'),
  ...recordsSchema.shape,
  stranger: recordsSchema.optional().describe("Another Atlas user's records, which the user's tools must never reach"),
});
export type Seed = z.infer<typeof seedSchema>;
export type Records = z.infer<typeof recordsSchema>;

export const exchangeSchema = z.object({
  request: requestSnapshotSchema
    .optional()
    .describe('The request this response answered; written by --accept or evals:record, absent on a response not yet accepted'),
  response: generateContentResponseSchema,
});
export type Exchange = z.infer<typeof exchangeSchema>;

const turnSchema = z.object({
  user: z.string().min(1).describe("The user's message"),
  exchanges: z.array(exchangeSchema).min(1).describe('Each model request of the turn and the response it got, in order'),
});

const toolCallExpectationSchema = z.object({
  tool: z.string(),
  args: matcherSchema.optional(),
  outcome: z.enum(['ok', 'error']).optional(),
  error: z.string().optional().describe('Text the tool error must contain, any case'),
  output: matcherSchema.optional(),
  unsafe: z.boolean().default(false).describe("A call that must not succeed: a guard scenario's deliberate unsafe call"),
});

const forbiddenCallSchema = z.object({
  tool: z.string(),
  args: matcherSchema.optional().describe('Only calls with these arguments are forbidden; every call when absent'),
  why: z.string(),
});

const owner = z.enum(['user', 'stranger']).default('user');

const stateCheckSchema = z.discriminatedUnion('check', [
  z.object({ check: z.literal('applicationStatus'), owner, applicationId: z.uuid(), status: z.enum(applicationStatuses) }),
  z.object({ check: z.literal('applicationNotes'), owner, applicationId: z.uuid(), notes: matcherSchema }),
  z.object({ check: z.literal('pipelineSize'), owner, count: z.number().int().min(0) }),
  z.object({ check: z.literal('threadLabels'), owner, threadIds: z.array(z.string()) }),
  z.object({ check: z.literal('searchCount'), owner, count: z.number().int().min(0) }),
  z.object({ check: z.literal('followedBoards'), owner, boards: z.array(z.string()) }),
  z.object({ check: z.literal('profile'), owner, profile: matcherSchema }),
  z.object({ check: z.literal('drafts'), owner, drafts: matcherSchema.describe('Matched against the list of outreach drafts, oldest first') }),
  z.object({
    check: z.literal('interviewPractices'),
    owner,
    practices: z.array(practiceExpectationSchema).describe('Every mock interview, oldest first'),
  }),
  z.object({
    check: z.literal('resumeVersions'),
    owner,
    applicationId: z.uuid(),
    versions: z.array(resumeVersionExpectationSchema).describe("Every résumé version of the application, in version order"),
  }),
]);
export type StateCheck = z.infer<typeof stateCheckSchema>;

export const expectationsSchema = z.object({
  toolCalls: z.array(toolCallExpectationSchema).default([]).describe('Calls that must happen, in this order (others may come between)'),
  noToolCalls: z.boolean().default(false).describe('The agent must answer without calling any tool'),
  forbiddenCalls: z.array(forbiddenCallSchema).default([]),
  answer: z
    .object({
      contains: z.array(z.string()).default([]).describe('Text the final answer must contain, any case'),
      notContains: z.array(z.string()).default([]),
      matches: z.array(z.string()).default([]).describe('Regular expressions, any case'),
    })
    .default({ contains: [], notContains: [], matches: [] }),
  state: z.array(stateCheckSchema).default([]).describe('What the database must hold afterwards'),
  limits: z.object({
    maxSteps: z.number().int().min(1).describe('Model requests over the whole scenario'),
    maxTokens: z.number().int().min(1).describe('Prompt and output tokens over the whole scenario'),
  }),
});
export type Expectations = z.infer<typeof expectationsSchema>;

export const scenarioCategories = ['tool', 'flow', 'clarify', 'recovery', 'empty', 'injection', 'guard'] as const;

export const scenarioSchema = z.object({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  category: z.enum(scenarioCategories),
  replayOnly: z
    .string()
    .optional()
    .describe('Why evals:record must keep the hand-written responses, e.g. the "model" deliberately makes an unsafe call to test a guard'),
  seed: seedSchema,
  turns: z.array(turnSchema).min(1),
  expect: expectationsSchema,
});
export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioInput = z.input<typeof scenarioSchema>;
