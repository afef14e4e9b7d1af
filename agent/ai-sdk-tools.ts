import { tool, zodSchema, type ToolSet } from 'ai';
import type { Database } from '../db/database.ts';
import type { Tool } from '../tools/define-tool.ts';
import { runTool, type ToolCaller } from '../tools/run-tool.ts';
import { toolErrorMessage } from '../tools/tool-error-message.ts';

/**
 * The AI SDK tells the model `String(error)` of a tool that throws (a `tool-error` part becomes an
 * `error-text` tool result), so this error reads as its message alone: no class name, no stack.
 */
class ToolFailure extends Error {
  override readonly name = 'ToolFailure';
  override toString() {
    return this.message;
  }
}

/**
 * Each tool's schemas as the AI SDK holds them, made once per process: the SDK converts a schema to
 * JSON Schema on first use and keeps it, so a schema object made for every turn was converted again
 * on every turn (about 12 ms of CPU for all the tools). Definitions never change while the process runs.
 */
const sdkSchemas = new WeakMap<Tool, { input: ReturnType<typeof zodSchema>; output: ReturnType<typeof zodSchema> }>();

function sdkSchemasOf(definition: Tool) {
  let schemas = sdkSchemas.get(definition);
  if (!schemas) {
    schemas = { input: zodSchema(definition.input), output: zodSchema(definition.output) };
    sdkSchemas.set(definition, schemas);
  }
  return schemas;
}

/**
 * Turns our tool definitions into AI SDK tools that act as one signed-in user, recorded as `agent`.
 * The only bridge between `tools/` and the `ai` package.
 */
export function createAiSdkTools(options: {
  tools: readonly Tool[];
  database: Database;
  userId: string;
  /** The clients tools may use (job sources, embedder, outreach writer); a tool without its client refuses to run. */
  clients?: Omit<ToolCaller, 'database' | 'userId' | 'actor'>;
  /** Where unexpected tool failures are reported; the model only learns that the tool failed. */
  logError: (error: unknown) => void;
}): ToolSet {
  const { database, userId, clients, logError } = options;
  return Object.fromEntries(
    options.tools.map((definition) => [
      definition.name,
      tool({
        description: definition.description,
        inputSchema: sdkSchemasOf(definition).input,
        outputSchema: sdkSchemasOf(definition).output,
        execute: async (input) => {
          try {
            return await runTool(definition, input, { ...clients, database, userId, actor: 'agent' });
          } catch (error) {
            const message = toolErrorMessage(error);
            if (message === undefined) logError(error);
            throw new ToolFailure(
              message ?? `${definition.name} failed unexpectedly. Tell the user it did not work and that they can try again.`,
            );
          }
        },
      }),
    ]),
  );
}
