import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { AjvJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/ajv';
import { ListToolsRequestSchema, type CallToolResult, type Tool as McpTool, type ToolAnnotations } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import packageJson from '../package.json' with { type: 'json' };
import type { Tool } from '../tools/define-tool.ts';
import { tools } from '../tools/index.ts';
import { runTool, type ToolCaller } from '../tools/run-tool.ts';
import { toolErrorMessage } from '../tools/tool-error-message.ts';
import type { AccessTokenScope } from './access-tokens.ts';
import { atlasRecords } from './atlas-records.ts';
import { compactJsonSchema, shareRepeatedSubschemas } from './compact-json-schema.ts';

type ToolInputSchema = McpTool['inputSchema'];
type ToolOutputSchema = NonNullable<McpTool['outputSchema']>;
import { registerAtlasPrompts } from './prompts.ts';
import { registerAtlasResources } from './resources.ts';
import { createSamplingInterviewScorer } from './sampling-interview-scorer.ts';
import { createSamplingOutreachWriter } from './sampling-outreach-writer.ts';
import { createSamplingResumeWriter } from './sampling-resume-writer.ts';

/** What tools need beyond the database, the same for every caller of one server process. */
export type McpServices = Pick<ToolCaller, 'replica' | 'embedder' | 'jobSources' | 'gmail' | 'outreachWriter' | 'interviewScorer' | 'resumeWriter' | 'resultReranker' | 'jobEmbedding'>;

export interface McpCaller extends ToolCaller {
  /** What the caller's token allows; write tools need `write`. */
  scopes: AccessTokenScope[];
  /** How the client got its token, so a refusal says how to get more access. */
  credentialKind?: 'personal access token' | 'oauth';
  /** Where unexpected failures are reported (stderr by default, which stdio leaves to logs). */
  logError?: (error: unknown) => void;
  /**
   * Checks before each call that the credential still stands, throwing an AuthenticationError when it
   * was revoked or expired: a long-lived stdio process would otherwise outlive a revoked token.
   */
  recheckCredential?: () => Promise<void>;
  /**
   * True when the connection can carry requests to the client (stdio). Then, without a model of the
   * server's own, draftOutreach asks the client's model through sampling. Stateless HTTP cannot.
   */
  sampling?: boolean;
}

/**
 * The effect, declared once on the tool, as MCP hints clients use to decide what to confirm: whether
 * it changes anything, whether it may delete or overwrite, whether repeating it is harmless, and
 * whether it reaches outside Atlas (pages, job boards, Gmail). A hint equal to the MCP default
 * (readOnlyHint false, destructiveHint true) is left out: clients read a missing hint as its default,
 * and every byte of tools/list is paid for on each connection.
 */
export function annotationsOf(tool: Tool): ToolAnnotations {
  const openWorldHint = tool.openWorld ?? false;
  if (tool.effect === 'read') return { title: tool.title, readOnlyHint: true, openWorldHint };
  return {
    title: tool.title,
    ...(tool.destructive ? {} : { destructiveHint: false }),
    idempotentHint: tool.idempotent ?? false,
    openWorldHint,
  };
}

/**
 * One JSON Schema validator for every server of the process. The SDK uses it only to check a user's
 * answer to an elicitation, which Atlas never asks for, and it holds no caller's data; building one
 * (an Ajv instance with its formats) for each request's server cost about half a millisecond.
 */
const jsonSchemaValidator = new AjvJsonSchemaValidator();

function toolError(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] };
}

/**
 * The MCP adapter: every Atlas tool as an MCP tool acting for one user, and the user's CV, pipeline
 * and postings as resources and prompts. Write tools stay listed for a read-only token, so a client
 * learns they exist, and are refused with how to get write access.
 */
export function createMcpServer(caller: McpCaller): McpServer {
  const logError = caller.logError ?? ((error: unknown) => console.error(error));
  const now = caller.now ?? (() => new Date());
  const server = new McpServer({ name: 'atlas', title: 'Atlas Job OS', version: packageJson.version }, { jsonSchemaValidator });
  const registered: Tool[] = tools;
  const outreachWriter = caller.outreachWriter ?? (caller.sampling ? createSamplingOutreachWriter(server) : undefined);
  const interviewScorer = caller.interviewScorer ?? (caller.sampling ? createSamplingInterviewScorer(server) : undefined);
  const resumeWriter = caller.resumeWriter ?? (caller.sampling ? createSamplingResumeWriter(server) : undefined);
  const toolCaller: McpCaller = { ...caller, outreachWriter, interviewScorer, resumeWriter };
  const readOnlyRefusal = (toolName: string) =>
    caller.credentialKind === 'oauth'
      ? `${toolName} changes your data, but this app was allowed only to read. Connect it to Atlas again and allow it to change your data.`
      : `${toolName} changes your data, but this access token is read-only. Create a token with the read and write scopes in Atlas to allow it.`;

  for (const tool of registered) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: tool.input,
        // No outputSchema here: runTool already returns the output parsed by it, and the SDK would parse
        // the whole result again on every call. tools/list still declares it (below).
        annotations: annotationsOf(tool),
      },
      async (args): Promise<CallToolResult> => {
        if (tool.effect === 'write' && !caller.scopes.includes('write')) return toolError(readOnlyRefusal(tool.name));
        try {
          await caller.recheckCredential?.();
          const result = await runTool(tool, args, toolCaller);
          return { structuredContent: result, content: [{ type: 'text', text: JSON.stringify(result) }] };
        } catch (error) {
          const message = toolErrorMessage(error);
          if (message) return toolError(message);
          logError(error);
          return toolError(`${tool.name} failed on Atlas's side; try again later`);
        }
      },
    );
  }
  // The SDK's listing, with each schema compacted: tools/list is paid for in tokens on every connection.
  server.server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: registered.map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: tool.description,
      inputSchema: compactJsonSchema(z.toJSONSchema(tool.input, { target: 'draft-7', io: 'input' }), { output: false }) as ToolInputSchema,
      outputSchema: shareRepeatedSubschemas(compactJsonSchema(z.toJSONSchema(tool.output, { target: 'draft-7', io: 'output' }), { output: true }) as Record<string, unknown>) as ToolOutputSchema,
      // The tool's own title says it once; the annotations' copy would repeat it.
      annotations: { ...annotationsOf(tool), title: undefined },
    })),
  }));
  const records = atlasRecords(caller);
  const before = caller.recheckCredential;
  registerAtlasResources(server, { records, logError, before });
  registerAtlasPrompts(server, { records, now, logError, before });
  return server;
}
