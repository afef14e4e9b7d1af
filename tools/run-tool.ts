import type { z } from 'zod';
import type { Database } from '../db/database.ts';
import type { ReadReplica } from '../db/read-replica.ts';
import type { Actor, Tool } from './define-tool.ts';
import type { Embedder } from './embeddings/embedder.ts';
import type { JobEmbeddingQueue } from './embeddings/job-embedding-queue.ts';
import type { GmailAccess } from './gmail/gmail-access.ts';
import type { JobSources } from './jobs/job-sources.ts';
import type { InterviewScorer } from './interview/interview-scorer.ts';
import type { OutreachWriter } from './outreach/outreach-writer.ts';
import type { ResumeWriter } from './resume/resume-writer.ts';
import type { ResultReranker } from './search/result-reranker.ts';
import { parseInput } from './errors.ts';
import { withUserAudited } from './audit/audit-tool-call.ts';
import { reportToolCall, toolCallOutcome } from './tool-call-observers.ts';

export interface ToolCaller {
  database: Database;
  /** A streaming replica that tools declaring `replicaReads` read from once it has caught up. */
  replica?: ReadReplica;
  userId: string;
  actor: Actor;
  /** Which credential acted, for the audit log: an access token by name, a browser session. */
  actorDetail?: string;
  /** The client's IP address, for the audit log; none for stdio MCP and background work. */
  clientAddress?: string;
  now?: () => Date;
  embedder?: Embedder;
  outreachWriter?: OutreachWriter;
  interviewScorer?: InterviewScorer;
  resumeWriter?: ResumeWriter;
  resultReranker?: ResultReranker;
  jobSources?: JobSources;
  gmail?: GmailAccess;
  /** Embeds catalogue postings in the background; asked to after a call that changed them commits. */
  jobEmbedding?: JobEmbeddingQueue;
}

/**
 * Runs one tool call for a user: validates the input, runs the tool in a transaction under that
 * user's row-level security, records it in the user's audit log (every write, and every read of the
 * CV or email signals), and validates what it returns. Both adapters call tools only here.
 */
export async function runTool<Input extends z.ZodObject, Output extends z.ZodObject>(
  tool: Tool<Input, Output>,
  rawInput: unknown,
  caller: ToolCaller,
): Promise<z.output<Output>> {
  const started = performance.now();
  const report = (outcome: 'ok' | 'refused' | 'failed') => reportToolCall({ tool: tool.name, outcome, durationSeconds: (performance.now() - started) / 1000 });
  try {
    const output = await runToolUnobserved(tool, rawInput, caller);
    report('ok');
    return output;
  } catch (error) {
    report(toolCallOutcome(error));
    throw error;
  }
}

async function runToolUnobserved<Input extends z.ZodObject, Output extends z.ZodObject>(
  tool: Tool<Input, Output>,
  rawInput: unknown,
  caller: ToolCaller,
): Promise<z.output<Output>> {
  const input = parseInput(tool.input, rawInput, `Invalid input for ${tool.name}`);
  let catalogueChanged = false;
  const result = await withUserAudited({ caller, tool: tool as Tool, input }, (db, reads) =>
    tool.run(input, {
      userId: caller.userId,
      db,
      reads,
      actor: caller.actor,
      now: caller.now ?? (() => new Date()),
      embedder: caller.embedder,
      outreachWriter: caller.outreachWriter,
      interviewScorer: caller.interviewScorer,
      resumeWriter: caller.resumeWriter,
      resultReranker: caller.resultReranker,
      gmail: caller.gmail,
      jobSources: caller.jobSources,
      catalogueChanged: () => (catalogueChanged = true),
    }),
  );
  // Only now is the transaction committed, so the embedding pass sees the postings.
  if (catalogueChanged) caller.jobEmbedding?.request();
  return tool.output.parse(result);
}
