import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gmailMetadataScope, gmailModifyScope } from './gmail-authorization.ts';

/*
 * Hand-written, not recorded: a local Gmail API v1 that speaks Google's documented REST format
 * (shared/WIRE-FORMATS.md, "Gmail API v1") for the calls Atlas makes, with the metadata scope's
 * refusals (q, format=full/raw) and Google's error bodies. Tests drive it through the real
 * @googleapis/gmail client with `rootUrl` pointed here, and read `requests` to see what Atlas asked.
 */

export interface StubMessage {
  id: string;
  threadId: string;
  labelIds: string[];
  snippet: string;
  /** Milliseconds since the epoch. */
  internalDate: number;
  headers: { name: string; value: string }[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  /** When the request arrived, in milliseconds since the epoch, on the stub's clock. */
  at: number;
}

export type Fault = 'rateLimitExceeded' | 'userRateLimitExceeded' | 'tooManyRequests' | 'backendError';

export interface GmailStub {
  /** The rootUrl to give @googleapis/gmail. */
  rootUrl: string;
  requests: RecordedRequest[];
  /** Adds a message as newly delivered (or sent): it shows in messages.list and as a history record. */
  deliver(message: StubMessage): void;
  /** Forgets history records up to now, so an older startHistoryId answers 404 as Gmail does after about a week. */
  expireHistory(): void;
  /** The next `count` requests whose path matches fail with this fault. */
  failNext(count: number, fault: Fault, pathPattern?: RegExp): void;
  /** Called with every request before it is answered (a test can stop the sync there). */
  onRequest(listener: ((request: RecordedRequest) => void) | undefined): void;
  /** Labels on threads, by thread id. */
  threadLabels(threadId: string): string[];
  labels(): { id: string; name: string; type: string }[];
  close(): Promise<void>;
}

const faults: Record<Fault, { status: number; reason: string; message: string; status_text: string; domain: string }> = {
  rateLimitExceeded: { status: 403, reason: 'rateLimitExceeded', message: 'Rate Limit Exceeded', status_text: 'PERMISSION_DENIED', domain: 'usageLimits' },
  userRateLimitExceeded: {
    status: 403,
    reason: 'userRateLimitExceeded',
    message: 'User Rate Limit Exceeded',
    status_text: 'PERMISSION_DENIED',
    domain: 'usageLimits',
  },
  tooManyRequests: { status: 429, reason: 'rateLimitExceeded', message: 'Too many concurrent requests for user.', status_text: 'RESOURCE_EXHAUSTED', domain: 'usageLimits' },
  backendError: { status: 500, reason: 'backendError', message: 'Backend Error', status_text: 'INTERNAL', domain: 'global' },
};

/** Google's error body: `{ error: { code, message, errors: [{ message, domain, reason }], status } }`. */
function googleError(status: number, message: string, detail: { reason: string; statusText: string; domain?: string }) {
  const { reason, statusText, domain = 'global' } = detail;
  return { status, body: { error: { code: status, message, errors: [{ message, domain, reason }], status: statusText } } };
}

export async function startGmailStub(options: {
  mailbox: StubMessage[];
  emailAddress: string;
  /** The scopes an access token carries, or undefined when Google would not accept it. */
  accessTokenScopes: (accessToken: string) => string[] | undefined;
  /** The clock requests are timed on: the pacer's, so a test reads arrival times as Google's quota would. */
  now?: () => number;
}): Promise<GmailStub> {
  const now = options.now ?? Date.now;
  const messages = new Map<string, StubMessage & { historyId: number }>();
  const history: { id: number; messageId: string }[] = [];
  let historyId = 1000;
  let oldestHistoryId = historyId;
  for (const message of [...options.mailbox].sort((a, b) => a.internalDate - b.internalDate)) {
    messages.set(message.id, { ...message, historyId: ++historyId });
  }
  oldestHistoryId = historyId;
  const labels = [
    ...['INBOX', 'SENT', 'DRAFT', 'SPAM', 'TRASH', 'UNREAD', 'IMPORTANT', 'CATEGORY_UPDATES', 'CATEGORY_PROMOTIONS', 'CATEGORY_SOCIAL'].map(
      (id) => ({ id, name: id, type: 'system' }),
    ),
  ];
  const threadLabelIds = new Map<string, Set<string>>();
  const pendingFaults: { count: number; fault: Fault; pathPattern?: RegExp }[] = [];
  const requests: RecordedRequest[] = [];
  let listener: ((request: RecordedRequest) => void) | undefined;

  const newestFirst = () => [...messages.values()].sort((a, b) => b.internalDate - a.internalDate || b.historyId - a.historyId);

  function answer(request: IncomingMessage, recorded: RecordedRequest, body: string): { status: number; body: object } {
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const scopes = options.accessTokenScopes(token);
    if (!scopes) {
      return googleError(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token.', { reason: 'authError', statusText: 'UNAUTHENTICATED' });
    }
    const fault = pendingFaults.find((pending) => pending.count > 0 && (!pending.pathPattern || pending.pathPattern.test(recorded.path)));
    if (fault) {
      fault.count -= 1;
      const shape = faults[fault.fault];
      return googleError(shape.status, shape.message, { reason: shape.reason, statusText: shape.status_text, domain: shape.domain });
    }
    const metadataOnly = scopes.includes(gmailMetadataScope) && !scopes.includes(gmailModifyScope);
    const { query } = recorded;
    const route = recorded.path.replace(/^\/gmail\/v1\/users\/me/, '');
    const insufficient = () =>
      googleError(403, 'Request had insufficient authentication scopes.', { reason: 'insufficientPermissions', statusText: 'PERMISSION_DENIED' });

    if (request.method === 'GET' && route === '/profile') {
      return { status: 200, body: { emailAddress: options.emailAddress, messagesTotal: messages.size, threadsTotal: messages.size, historyId: String(historyId) } };
    }
    if (request.method === 'GET' && route === '/messages') {
      if (query.has('q') && metadataOnly) {
        return googleError(403, "Metadata scope does not support 'q' parameter", { reason: 'forbidden', statusText: 'PERMISSION_DENIED' });
      }
      const wanted = query.getAll('labelIds');
      const listed = newestFirst().filter(
        (message) =>
          wanted.every((label) => message.labelIds.includes(label)) &&
          (query.get('includeSpamTrash') === 'true' || !message.labelIds.some((label) => label === 'SPAM' || label === 'TRASH')),
      );
      const maxResults = Math.min(Number(query.get('maxResults') ?? 100), 500);
      const start = Number(query.get('pageToken') ?? 0);
      const page = listed.slice(start, start + maxResults);
      return {
        status: 200,
        body: {
          messages: page.map(({ id, threadId }) => ({ id, threadId })),
          ...(start + maxResults < listed.length ? { nextPageToken: String(start + maxResults) } : {}),
          resultSizeEstimate: listed.length,
        },
      };
    }
    const messageMatch = /^\/messages\/([^/]+)$/.exec(route);
    if (request.method === 'GET' && messageMatch) {
      const format = query.get('format') ?? 'full';
      if (metadataOnly && format !== 'metadata' && format !== 'minimal') {
        return googleError(403, `Metadata scope doesn't allow format ${format.toUpperCase()}`, { reason: 'forbidden', statusText: 'PERMISSION_DENIED' });
      }
      const message = messages.get(messageMatch[1]!);
      if (!message) return googleError(404, 'Requested entity was not found.', { reason: 'notFound', statusText: 'NOT_FOUND' });
      const wantedHeaders = query.getAll('metadataHeaders').map((name) => name.toLowerCase());
      return {
        status: 200,
        body: {
          id: message.id,
          threadId: message.threadId,
          labelIds: message.labelIds,
          snippet: message.snippet,
          historyId: String(message.historyId),
          internalDate: String(message.internalDate),
          sizeEstimate: 4000 + message.snippet.length,
          payload: {
            partId: '',
            mimeType: 'multipart/alternative',
            filename: '',
            headers: message.headers.filter((header) => wantedHeaders.length === 0 || wantedHeaders.includes(header.name.toLowerCase())),
          },
        },
      };
    }
    if (request.method === 'GET' && route === '/history') {
      const start = Number(query.get('startHistoryId'));
      if (!Number.isFinite(start) || start < oldestHistoryId) {
        return googleError(404, 'Requested entity was not found.', { reason: 'notFound', statusText: 'NOT_FOUND' });
      }
      const records = history.filter((record) => record.id > start);
      const maxResults = Math.min(Number(query.get('maxResults') ?? 100), 500);
      const offset = Number(query.get('pageToken') ?? 0);
      const page = records.slice(offset, offset + maxResults);
      return {
        status: 200,
        body: {
          ...(page.length
            ? {
                history: page.map((record) => {
                  const message = messages.get(record.messageId)!;
                  const summary = { id: message.id, threadId: message.threadId, labelIds: message.labelIds };
                  return { id: String(record.id), messages: [summary], messagesAdded: [{ message: summary }] };
                }),
              }
            : {}),
          historyId: String(historyId),
          ...(offset + maxResults < records.length ? { nextPageToken: String(offset + maxResults) } : {}),
        },
      };
    }
    if (request.method === 'GET' && route === '/labels') return { status: 200, body: { labels } };
    if (request.method === 'POST' && route === '/labels') {
      const created = JSON.parse(body) as { name: string; labelListVisibility?: string; messageListVisibility?: string };
      if (labels.some((label) => label.name.toLowerCase() === created.name.toLowerCase())) {
        return googleError(409, 'Label name exists or conflicts', { reason: 'failedPrecondition', statusText: 'ABORTED' });
      }
      const label = { id: `Label_${labels.length + 1}`, name: created.name, type: 'user', labelListVisibility: created.labelListVisibility, messageListVisibility: created.messageListVisibility };
      labels.push(label);
      return { status: 200, body: label };
    }
    const modifyMatch = /^\/threads\/([^/]+)\/modify$/.exec(route);
    if (request.method === 'POST' && modifyMatch) {
      if (!scopes.includes(gmailModifyScope)) return insufficient();
      const threadId = modifyMatch[1]!;
      const inThread = [...messages.values()].filter((message) => message.threadId === threadId);
      if (!inThread.length) return googleError(404, 'Requested entity was not found.', { reason: 'notFound', statusText: 'NOT_FOUND' });
      const change = JSON.parse(body) as { addLabelIds?: string[]; removeLabelIds?: string[] };
      const applied = threadLabelIds.get(threadId) ?? new Set<string>();
      for (const id of change.addLabelIds ?? []) applied.add(id);
      for (const id of change.removeLabelIds ?? []) applied.delete(id);
      threadLabelIds.set(threadId, applied);
      return { status: 200, body: { id: threadId, historyId: String(historyId), messages: inThread.map(({ id }) => ({ id, threadId })) } };
    }
    return googleError(404, 'Not Found', { reason: 'notFound', statusText: 'NOT_FOUND' });
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://stub');
    const recorded = { method: request.method ?? 'GET', path: url.pathname, query: url.searchParams, at: now() };
    requests.push(recorded);
    try {
      listener?.(recorded);
    } catch {
      response.destroy();
      return;
    }
    const { status, body } = answer(request, recorded, Buffer.concat(chunks).toString());
    response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
    response.end(JSON.stringify(body));
  }

  const server = createServer((request, response) => void handle(request, response));
  // Idle connections outlive the client's own idle limit, so a reused one is never closed under it.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const rootUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;

  return {
    rootUrl,
    requests,
    deliver(message) {
      historyId += 1;
      messages.set(message.id, { ...message, historyId });
      history.push({ id: historyId, messageId: message.id });
    },
    expireHistory() {
      oldestHistoryId = historyId + 1;
      history.length = 0;
    },
    failNext(count, fault, pathPattern) {
      pendingFaults.push({ count, fault, pathPattern });
    },
    onRequest(callback) {
      listener = callback;
    },
    threadLabels: (threadId) => [...(threadLabelIds.get(threadId) ?? [])],
    labels: () => labels,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
