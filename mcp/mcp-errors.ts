import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { NotFoundError } from '../tools/errors.ts';
import { toolErrorMessage } from '../tools/tool-error-message.ts';

/** The MCP spec's code for a resource that does not exist (server/resources, "Error Handling"). */
export const resourceNotFound = -32002;

/**
 * Runs a resource or prompt handler so that what the client sees is safe to show: the SDK would send
 * any thrown error's message, which for an unexpected one may hold SQL or internals. Typed errors keep
 * their message; anything else is logged and reported as a plain failure.
 */
export async function answerSafely<Result>(
  work: () => Promise<Result>,
  options: { failure: string; logError: (error: unknown) => void; before?: () => Promise<void> },
): Promise<Result> {
  try {
    await options.before?.();
    return await work();
  } catch (error) {
    if (error instanceof McpError) throw error;
    const message = toolErrorMessage(error);
    if (message) throw new McpError(error instanceof NotFoundError ? resourceNotFound : ErrorCode.InvalidParams, message);
    options.logError(error);
    throw new McpError(ErrorCode.InternalError, options.failure);
  }
}
