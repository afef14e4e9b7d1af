import { Router, type RequestHandler, type Response } from 'express';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { accessTokenLabel, revokeAccessToken, saveJobsScope, verifyAccessToken, type VerifiedAccessToken } from '../../mcp/access-tokens.ts';
import type { JobEmbeddingQueue } from '../../tools/embeddings/job-embedding-queue.ts';
import { AuthenticationError, PermissionError, RateLimitError } from '../../tools/errors.ts';
import { readPostingFromPage } from '../../tools/extension/read-posting-from-page.ts';
import { savePostingFromPage } from '../../tools/extension/save-posting-from-page.ts';
import type { JobSources } from '../../tools/jobs/job-sources.ts';
import { runTool } from '../../tools/run-tool.ts';
import { defaultExtensionId } from '../extension/extension-key.ts';
import { createRateLimiter } from '../../db/rate-limiter.ts';

const requestsPerMinute = 60;

/** The browser extension's id: configured for a store listing, else the one its manifest key gives. */
export function extensionId(config: Pick<Config, 'ATLAS_EXTENSION_ID'>) {
  return config.ATLAS_EXTENSION_ID ?? defaultExtensionId;
}

/**
 * CORS for the extension alone. No Allow-Credentials: the extension authenticates with its key in a
 * header, and a session cookie is never accepted here, so a page cannot ride the user's sign-in.
 */
/**
 * Firefox gives each install of an extension its own random origin, so the Firefox build is known by
 * its form; like the Chromium build it still needs a save-jobs key, and no web page has such an origin.
 */
const firefoxExtensionOrigin = /^moz-extension:\/\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function extensionCors(origin: string): RequestHandler {
  return (request, response, next) => {
    const from = request.headers.origin;
    response.setHeader('Vary', 'Origin');
    if (from !== undefined && from !== origin && !firefoxExtensionOrigin.test(from)) {
      throw new PermissionError(`Cross-origin request refused: only the Atlas browser extension may call this`);
    }
    if (from !== undefined) response.setHeader('Access-Control-Allow-Origin', from);
    if (request.method === 'OPTIONS') {
      response.setHeader('Access-Control-Allow-Methods', 'POST');
      response.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type');
      response.setHeader('Access-Control-Max-Age', '600');
      response.status(204).end();
      return;
    }
    next();
  };
}

/**
 * The browser extension's endpoints: read the posting on a page (with its score and pipeline entry)
 * and save it. Only a key with the save-jobs scope is accepted, and that key works nowhere else.
 */
export function extensionRoutes(options: {
  config: Config;
  database: Database;
  jobSources: JobSources;
  jobEmbedding?: JobEmbeddingQueue;
  now: () => Date;
}) {
  const { config, database, jobSources, jobEmbedding, now } = options;
  // Per key: a person clicks the extension a few times a minute; a script with a lifted key gets no further.
  // Counted in the database, so the limit holds across app processes.
  const limiter = createRateLimiter(database, { keyPrefix: 'extension', points: requestsPerMinute, durationSeconds: 60 });
  const router = Router();
  // The extension's origin is the only one its endpoints answer across origins.
  router.use(extensionCors(`chrome-extension://${extensionId(config)}`));

  async function authenticate(authorization: string | undefined, response: Response): Promise<VerifiedAccessToken> {
    const [scheme, token, ...rest] = (authorization ?? '').split(' ');
    if (!token || rest.length > 0 || scheme?.toLowerCase() !== 'bearer') {
      throw new AuthenticationError('Connect the extension in Atlas Settings: it sends its key as "Authorization: Bearer <key>"');
    }
    const verified = await verifyAccessToken(database, token, now());
    if (!verified) {
      response.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new AuthenticationError('This extension key is revoked, expired or unknown: reconnect the extension in Atlas Settings');
    }
    if (!verified.scopes.includes(saveJobsScope)) {
      throw new PermissionError('Only a key made for the browser extension (the save-jobs scope) works here; connect the extension in Atlas Settings');
    }
    const counted = await limiter.consume(verified.tokenId);
    if (!counted.allowed) {
      const retryAfterSeconds = Math.ceil(counted.msBeforeNext / 1000);
      throw new RateLimitError(`Too many requests from the extension; try again in ${retryAfterSeconds} seconds`, retryAfterSeconds);
    }
    return verified;
  }

  const caller = (verified: VerifiedAccessToken, clientAddress: string | undefined) => ({
    database,
    userId: verified.userId,
    // Changes show in the history as the user's own, from the web; the audit log names the key.
    actor: 'web' as const,
    actorDetail: accessTokenLabel(verified.name),
    clientAddress,
    jobSources,
    jobEmbedding,
    now,
  });

  router.post('/read', async (request, response) => {
    const verified = await authenticate(request.headers.authorization, response);
    response.json(await runTool(readPostingFromPage, request.body ?? {}, caller(verified, request.ip)));
  });

  router.post('/save', async (request, response) => {
    const verified = await authenticate(request.headers.authorization, response);
    const result = await runTool(savePostingFromPage, request.body ?? {}, caller(verified, request.ip));
    response.status(result.created ? 201 : 200).json(result);
  });

  // The extension checks a key pasted into it (Firefox, which lets no page hand it one) before keeping it.
  router.post('/check', async (request, response) => {
    await authenticate(request.headers.authorization, response);
    response.json({ connected: true });
  });

  // The extension gives up a key it is replacing (connected again from Settings): only that browser's
  // old key is revoked, so the extension in the user's other browsers stays connected.
  router.post('/disconnect', async (request, response) => {
    const verified = await authenticate(request.headers.authorization, response);
    await revokeAccessToken(database, {
      userId: verified.userId,
      tokenId: verified.tokenId,
      now: now(),
      audit: { actor: 'web', actorDetail: accessTokenLabel(verified.name), clientAddress: request.ip, action: 'revokeAccessToken', recordKind: 'access token', recordId: verified.tokenId },
    });
    response.status(204).end();
  });

  return router;
}
