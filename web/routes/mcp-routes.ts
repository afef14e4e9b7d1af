import { getOAuthProtectedResourceMetadataUrl } from '@modelcontextprotocol/sdk/server/auth/router.js';
import { hostHeaderValidation } from '@modelcontextprotocol/sdk/server/middleware/hostHeaderValidation.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { Router, type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import type { ReadReplica } from '../../db/read-replica.ts';
import { accessTokenScopeSchema } from '../../mcp/access-tokens.ts';
import { createMcpServer, type McpServices } from '../../mcp/create-mcp-server.ts';
import { isSameResource, mcpResourceUrl } from '../../mcp/oauth/mcp-resource.ts';
import { verifyBearerToken, type BearerCredential } from '../../mcp/verify-bearer-token.ts';
import type { Embedder } from '../../tools/embeddings/embedder.ts';
import type { JobEmbeddingQueue } from '../../tools/embeddings/job-embedding-queue.ts';
import { AuthenticationError, PermissionError, RateLimitError } from '../../tools/errors.ts';
import type { GmailAccess } from '../../tools/gmail/gmail-access.ts';
import type { JobSources } from '../../tools/jobs/job-sources.ts';
import type { InterviewScorer } from '../../tools/interview/interview-scorer.ts';
import type { OutreachWriter } from '../../tools/outreach/outreach-writer.ts';
import type { ResumeWriter } from '../../tools/resume/resume-writer.ts';
import type { ResultReranker } from '../../tools/search/result-reranker.ts';
import { oauthIssuer } from '../oauth/oauth-issuer.ts';
import { createRateLimiter } from '../../db/rate-limiter.ts';
import { exchangeJson } from './mcp-json-exchange.ts';
import { ownOrigins } from '../same-origin.ts';

const loopbackHosts = ['localhost', '127.0.0.1', '[::1]'];

/**
 * DNS rebinding protection (MCP transport spec): a server bound to a loopback interface answers only
 * requests addressed to a loopback name or to its own public host, so a web page whose domain was
 * rebound to 127.0.0.1 cannot reach it. A server bound to a public interface is reached by name.
 */
function hostAllowList(bindHost: string, publicUrl: URL): RequestHandler | undefined {
  const boundToLoopback = [...loopbackHosts, '::1'].includes(bindHost);
  return boundToLoopback ? hostHeaderValidation([...loopbackHosts, publicUrl.hostname]) : undefined;
}

/**
 * MCP over Streamable HTTP at `/mcp`, authorized by personal access tokens or by OAuth tokens Atlas
 * issued for this endpoint, plus the Protected Resource Metadata (RFC 9728) that tells clients how to
 * get one.
 *
 * Mount it before `sameOriginOnly`: an MCP client sends no Origin, and without a token it must get the
 * 401 that starts discovery rather than a CSRF refusal. This router checks Origin itself, and never
 * reads the session cookie, so a browser page cannot ride a signed-in user's session here.
 */
export function mcpRoutes(options: {
  config: Config;
  database: Database;
  /** A streaming replica the search tools read from once it has caught up. */
  replica?: ReadReplica;
  /** Turns text into vectors, for the tools that search and match. */
  embedder?: Embedder;
  /** Embeds postings the tools import, in the background. */
  jobEmbedding?: JobEmbeddingQueue;
  /** The user's connected Gmail, for the Gmail tools; absent when Gmail is not configured. */
  gmail?: GmailAccess;
  /** The job boards and aggregators: the app's own, so MCP and the web share each service's request allowance. */
  jobSources: JobSources;
  /**
   * Drafts outreach with the server's model. Without one, draftOutreach over HTTP says it needs a
   * model: sampling the client's model needs a connection that outlives the request, which stateless
   * HTTP does not keep (stdio does).
   */
  outreachWriter?: OutreachWriter;
  /** Scores mock interviews with the server's model, when it has one; over HTTP there is no sampling to fall back on. */
  interviewScorer?: InterviewScorer;
  /** Rewords tailored résumés with the server's model, when it has one; without one over HTTP, tailoring keeps the CV's own words. */
  resumeWriter?: ResumeWriter;
  /** Re-ranks search results with the server's model, when it has one. */
  resultReranker?: ResultReranker;
  now: () => Date;
  logError?: (error: unknown) => void;
}) {
  const { config, database, now, logError } = options;
  const publicUrl = new URL(config.ATLAS_PUBLIC_URL);
  const publicOrigin = publicUrl.origin;
  const acceptedOrigins = ownOrigins(publicOrigin);
  const services: McpServices = {
    replica: options.replica,
    embedder: options.embedder,
    jobEmbedding: options.jobEmbedding,
    gmail: options.gmail,
    outreachWriter: options.outreachWriter,
    resultReranker: options.resultReranker,
    interviewScorer: options.interviewScorer,
    resumeWriter: options.resumeWriter,
    jobSources: options.jobSources,
  };
  const resource = mcpResourceUrl(publicUrl);
  const metadataUrl = getOAuthProtectedResourceMetadataUrl(resource);
  const issuer = oauthIssuer(publicUrl);
  const metadata = {
    resource: resource.href,
    ...(issuer && { authorization_servers: [issuer.href] }),
    scopes_supported: accessTokenScopeSchema.options,
    bearer_methods_supported: ['header'],
  };
  // Per credential, not per address: many users may share one address, and one token one client.
  // Counted in the database, so the limit holds across app processes.
  const limiter = createRateLimiter(database, { keyPrefix: 'mcp', points: config.ATLAS_MCP_REQUESTS_PER_MINUTE, durationSeconds: 60 });
  const checkHost = hostAllowList(config.HOST, publicUrl);
  const router = Router();

  router.get(['/.well-known/oauth-protected-resource/mcp', '/.well-known/oauth-protected-resource'], (_request, response) => {
    // Public by design: clients on any origin read it to learn how to authorize.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.json(metadata);
  });

  function refuse(response: Response, error: string, description: string): never {
    response.setHeader('WWW-Authenticate', `Bearer error="${error}", error_description="${description}", resource_metadata="${metadataUrl}"`);
    throw new AuthenticationError(description);
  }

  async function authenticate(request: Request, response: Response): Promise<BearerCredential> {
    const [scheme, token, ...rest] = (request.headers.authorization ?? '').split(' ');
    if (!token || rest.length > 0 || scheme?.toLowerCase() !== 'bearer') {
      // Both scopes are asked for up front: write tools are refused per call, which a client cannot step up from;
      // the consent screen lets the user grant read alone.
      response.setHeader('WWW-Authenticate', `Bearer resource_metadata="${metadataUrl}", scope="read write"`);
      throw new AuthenticationError('An Atlas access token is required: send it as "Authorization: Bearer <token>"');
    }
    const credential = await verifyBearerToken(database, token, now());
    if (!credential) refuse(response, 'invalid_token', 'The access token is unknown, revoked or expired');
    // The browser extension's save-jobs key works on its own few endpoints only.
    if (!credential.scopes.includes('read')) {
      response.setHeader('WWW-Authenticate', `Bearer error="insufficient_scope", scope="read", resource_metadata="${metadataUrl}"`);
      throw new PermissionError('This access key only saves jobs from the browser extension; create a read or read-and-write token for MCP');
    }
    // MCP authorization: a token issued for another resource is never accepted, and never passed on.
    if (credential.resource !== undefined && !isSameResource(credential.resource, resource.href)) {
      refuse(response, 'invalid_token', `The access token was issued for another resource, not ${resource.href}`);
    }
    return credential;
  }

  async function countRequest(credential: BearerCredential) {
    const counted = await limiter.consume(credential.credentialId);
    if (!counted.allowed) {
      const retryAfterSeconds = Math.ceil(counted.msBeforeNext / 1000);
      throw new RateLimitError(`Too many MCP requests with this token; try again in ${retryAfterSeconds} seconds`, retryAfterSeconds);
    }
  }

  const handlers: RequestHandler[] = checkHost ? [checkHost] : [];
  router.all('/mcp', ...handlers, async (request, response) => {
    // The MCP transport spec requires Origin validation (DNS rebinding); clients outside a browser send none.
    const origin = request.headers.origin;
    if (origin !== undefined && !acceptedOrigins.has(origin)) {
      throw new PermissionError(`Cross-origin request refused: Origin must be ${publicOrigin}`);
    }
    // Stateless: no session to resume (GET) or end (DELETE), which the spec answers with 405.
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      response.status(405).json(jsonRpcError(-32000, 'Method not allowed: use POST'));
      return;
    }
    const credential = await authenticate(request, response);
    await countRequest(credential);
    // MCP 2025-06-18 removed JSON-RPC batching. Refusing arrays keeps one tool call per request, so the
    // per-token limit above counts tool calls, not envelopes that could each carry a hundred of them.
    if (Array.isArray(request.body)) {
      response.status(400).json(jsonRpcError(-32600, 'Invalid Request: JSON-RPC batches are not supported; send one message per request'));
      return;
    }

    // A fresh server and transport per request: nothing is shared between callers or kept between calls.
    const server = createMcpServer({
      ...services,
      database,
      userId: credential.userId,
      scopes: credential.scopes,
      credentialKind: credential.kind,
      actor: 'mcp',
      actorDetail: credential.label,
      clientAddress: request.ip,
      now,
      logError,
    });
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    response.on('close', () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await exchangeJson(transport, resource, request, response);
  });

  return router;
}

/**
 * Answers malformed JSON sent to /mcp with a JSON-RPC parse error, since an MCP client reads only
 * JSON-RPC. Mount it right after the body parser: a router is skipped while an error is passed on.
 */
export const mcpParseErrors: ErrorRequestHandler = (error, request, response, next) => {
  if (request.path !== '/mcp' || (error as { type?: unknown }).type !== 'entity.parse.failed') return next(error);
  response.status(400).json(jsonRpcError(-32700, 'Parse error: the body is not valid JSON'));
};

/** A JSON-RPC error answer to a message whose id could not be read. */
function jsonRpcError(code: number, message: string) {
  return { jsonrpc: '2.0', id: null, error: { code, message } };
}
