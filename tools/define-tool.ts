import type { z } from 'zod';
import type { Transaction } from '../db/database.ts';
import type { Embedder } from './embeddings/embedder.ts';
import type { GmailAccess } from './gmail/gmail-access.ts';
import type { JobSources } from './jobs/job-sources.ts';
import type { InterviewScorer } from './interview/interview-scorer.ts';
import type { OutreachWriter } from './outreach/outreach-writer.ts';
import type { ResumeWriter } from './resume/resume-writer.ts';
import type { ResultReranker } from './search/result-reranker.ts';

/** Where a call came from; recorded with the changes a tool makes. */
export type Actor = 'web' | 'agent' | 'mcp';

/**
 * What a tool may touch: the acting user, a database handle already limited to that user's rows by
 * row-level security, and the clock. Tools never open connections or read configuration themselves.
 */
export interface ToolContext {
  userId: string;
  db: Transaction;
  /**
   * For tools that declare `replicaReads`: where their reads go, the read replica when one has caught
   * up, else `db` itself. Writes always go through `db`.
   */
  reads?: Transaction;
  actor: Actor;
  now: () => Date;
  /** Turns text into vectors; tools that need it refuse to run without it. */
  embedder?: Embedder;
  /** Writes outreach drafts with a model; draftOutreach refuses to run without it. */
  outreachWriter?: OutreachWriter;
  /** Rewords tailored résumé lines with a model, under the claim check; tailoring chooses and orders the CV's own lines without it. */
  resumeWriter?: ResumeWriter;
  /** Scores mock interviews with a model; answers are kept unscored without it. */
  interviewScorer?: InterviewScorer;
  /** Re-orders the head of a search's results with a model; searchJobs keeps its own order without it. */
  resultReranker?: ResultReranker;
  /** The job boards and page fetcher; tools that need them refuse to run without them. */
  jobSources?: JobSources;
  /** Gmail (metadata and labels) and its sync queue; tools that need them refuse to run without them. */
  gmail?: GmailAccess;
  /** Says the call added or reworded catalogue postings, so they are embedded once it commits. */
  catalogueChanged?: () => void;
}

/** `read` tools change nothing; `write` tools change the user's data (never anything outside Atlas). */
export type ToolEffect = 'read' | 'write';

export interface Tool<Input extends z.ZodObject = z.ZodObject, Output extends z.ZodObject = z.ZodObject> {
  /** A camelCase verb, the same in chat, MCP, evals and logs. */
  name: string;
  title: string;
  /** What the model reads to decide when to call the tool. */
  description: string;
  effect: ToolEffect;
  /** For write tools: true when repeating a call with the same input changes nothing more. */
  idempotent?: boolean;
  /** For write tools: true when a call may delete or overwrite what the user had, not only add to it. */
  destructive?: boolean;
  /** True when a call reaches outside Atlas: fetches pages, calls job board or Gmail APIs. */
  openWorld?: boolean;
  /** True when the tool reads through `context.reads`, so a read replica may answer what it reads. */
  replicaReads?: boolean;
  input: Input;
  output: Output;
  run(input: z.output<Input>, context: ToolContext): Promise<z.input<Output>>;
}

/** Defines a tool once; the AI SDK and MCP adapters derive everything else from this value. */
export function defineTool<Input extends z.ZodObject, Output extends z.ZodObject>(
  tool: Tool<Input, Output>,
): Tool<Input, Output> {
  return tool;
}
