import type { z } from 'zod';
import type { Database } from '../db/database.ts';
import { withUser } from '../db/with-user.ts';
import type { Actor, Tool } from './define-tool.ts';
import type { Embedder } from './embeddings/embedder.ts';
import type { GmailAccess } from './gmail/gmail-access.ts';
import type { JobSources } from './jobs/job-sources.ts';
import { parseInput } from './errors.ts';

export interface ToolCaller {
  database: Database;
  userId: string;
  actor: Actor;
  now?: () => Date;
  embedder?: Embedder;
  jobSources?: JobSources;
  gmail?: GmailAccess;
}

/**
 * Runs one tool call for a user: validates the input, runs the tool in a transaction under that
 * user's row-level security, and validates what it returns. Both adapters call tools only here.
 */
export async function runTool<Input extends z.ZodObject, Output extends z.ZodObject>(
  tool: Tool<Input, Output>,
  rawInput: unknown,
  caller: ToolCaller,
): Promise<z.output<Output>> {
  const input = parseInput(tool.input, rawInput, `Invalid input for ${tool.name}`);
  const result = await withUser(caller.database, caller.userId, (db) =>
    tool.run(input, {
      userId: caller.userId,
      db,
      actor: caller.actor,
      now: caller.now ?? (() => new Date()),
      embedder: caller.embedder,
      gmail: caller.gmail,
      jobSources: caller.jobSources,
    }),
  );
  return tool.output.parse(result);
}
