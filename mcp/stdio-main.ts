import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
// The entry point composes the process, as web/main.ts does; the MCP adapter itself needs nothing from agent/.
import { createChatModel } from '../agent/chat-model.ts';
import { createEmbedder } from '../agent/create-embedder.ts';
import { createModelHelpers } from '../agent/model-helpers.ts';
import { ConfigError, loadConfig } from '../config.ts';
import { databaseStartupProblem } from '../db/database-errors.ts';
import { DataFolderBusyError } from '../db/data-folder-lock.ts';
import { openDatabase } from '../db/database.ts';
import { createJobEmbeddingQueue } from '../tools/embeddings/job-embedding-queue.ts';
import { AuthenticationError } from '../tools/errors.ts';
import { createGmailService, gmailSetupProblem } from '../tools/gmail/gmail-service.ts';
import { createJobSources } from '../tools/jobs/job-sources.ts';
import { openSharedRequestLimits } from '../tools/jobs/shared-request-limits.ts';
import { accessTokenLabel, mcpScopes, verifyAccessToken } from './access-tokens.ts';
import { createMcpServer } from './create-mcp-server.ts';

/** A failure the user can fix; printed as it is, without a stack trace. */
class StartupError extends Error {}

// stdout carries the MCP protocol alone: every human-readable line goes to stderr.
async function main() {
  const config = loadConfig();
  if (!config.ATLAS_TOKEN) {
    throw new StartupError('ATLAS_TOKEN is not set: create an access token in Atlas and pass it in the environment.');
  }
  const handle = await openDatabase(
    config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dataDir: config.ATLAS_DATA_DIR },
  );
  await handle.migrate().catch((error: unknown) => {
    const problem = config.DATABASE_URL ? databaseStartupProblem(error, config.DATABASE_URL) : undefined;
    throw problem ? new StartupError(problem) : error;
  });
  const token = config.ATLAS_TOKEN;
  const verified = await verifyAccessToken(handle.db, token, new Date());
  if (!verified) {
    await handle.close();
    throw new StartupError('ATLAS_TOKEN is not a valid Atlas access token (unknown, revoked or expired): create a new one in Atlas.');
  }
  const scopes = mcpScopes(verified.scopes);
  if (!scopes.includes('read')) {
    await handle.close();
    throw new StartupError('ATLAS_TOKEN is a browser extension key, which only saves jobs: create a read or read-and-write token in Atlas.');
  }

  const chatModel = createChatModel(config);
  const embedder = createEmbedder(config);
  // Postings this process imports get their vectors here, as the web server would give them; stderr only.
  const jobEmbedding = createJobEmbeddingQueue({ database: handle.db, embedder, log: (message) => console.error(`atlas-mcp: ${message}`) });
  // On a server, counted in the database, so this process and the web server share each job source's allowance.
  const requestLimits = await openSharedRequestLimits(config.DATABASE_URL);
  const server = createMcpServer({
    database: handle.db,
    userId: verified.userId,
    scopes,
    credentialKind: 'personal access token',
    actor: 'mcp',
    actorDetail: accessTokenLabel(verified.name),
    embedder,
    jobEmbedding,
    jobSources: createJobSources(config, { requestLimits: requestLimits?.store }),
    // With no model of its own, drafting and interview scoring ask the client's model (sampling), which stdio can carry.
    ...createModelHelpers(chatModel),
    sampling: true,
    // Reads and labels only; syncing runs in the web server, so this process has no queue.
    gmail: gmailSetupProblem(config) ? undefined : { service: createGmailService(config) },
    // Claude Desktop keeps this process for as long as it runs: a token revoked in Atlas must stop working now.
    async recheckCredential() {
      if (!(await verifyAccessToken(handle.db, token, new Date()))) {
        throw new AuthenticationError('ATLAS_TOKEN was revoked or has expired: create a new access token in Atlas and restart the client.');
      }
    },
  });
  let closing: Promise<void> | undefined;
  const shutdown = () => {
    closing ??= Promise.all([server.close(), jobEmbedding.stop()])
      .then(() => Promise.all([handle.close(), requestLimits?.close()]))
      .then(() => process.exit(0));
  };
  // The client ends the session by closing our stdin; a still-open database would keep the process alive.
  process.stdin.on('end', shutdown);
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await server.connect(new StdioServerTransport());
  jobEmbedding.request();
}

main().catch((error: unknown) => {
  const readable = error instanceof ConfigError || error instanceof StartupError || error instanceof DataFolderBusyError;
  console.error(`atlas-mcp: ${readable ? error.message : String((error as Error)?.stack ?? error)}`);
  process.exit(1);
});
