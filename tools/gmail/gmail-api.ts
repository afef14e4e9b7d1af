import { gmail, type gmail_v1 } from '@googleapis/gmail';
import pRetry from 'p-retry';
import { UpstreamError } from '../errors.ts';
import { gmailQuotaUnits, type GmailMethod, type QuotaPacer } from './pacing.ts';

/** The only headers Atlas asks for (promise 12); bodies and attachments are never requested. */
// Reply-To names the recruiter an applicant-tracking system relays, so a scheduler's later mail naming them is theirs.
export const metadataHeaders = ['From', 'To', 'Subject', 'Date', 'Message-ID', 'In-Reply-To', 'References', 'Reply-To'];

export interface RetryOptions {
  retries: number;
  minTimeout: number;
  maxTimeout: number;
}

/** Exponential from 1 s, doubled each time with jitter, for up to about two minutes in all. */
export const defaultRetryOptions: RetryOptions = { retries: 7, minTimeout: 1_000, maxTimeout: 64_000 };

export interface AccessTokens {
  current(): Promise<string>;
  /** A new access token after Google refused the current one. */
  refreshed(): Promise<string>;
}

export interface MessageReference {
  id: string;
  threadId: string;
}

export interface MessageMetadata extends MessageReference {
  labelIds: string[];
  snippet: string;
  historyId: string;
  receivedAt: Date;
  /** Header values by lower-case name. */
  headers: Record<string, string>;
}

/** The history id Atlas kept is older than Gmail's history (about a week): only a full sync can catch up. */
export class HistoryExpiredError extends Error {
  override readonly name = 'HistoryExpiredError';
}

/** The grant lacks a scope the call needs (gmail.modify, to label a thread). */
export class InsufficientScopeError extends Error {
  override readonly name = 'InsufficientScopeError';
}

export interface GmailMailbox {
  profile(): Promise<{ emailAddress: string; historyId: string }>;
  listMessages(pageToken?: string): Promise<{ messages: MessageReference[]; nextPageToken?: string }>;
  /** The message's metadata, or undefined when it was deleted since it was listed. */
  getMetadata(id: string): Promise<MessageMetadata | undefined>;
  listHistory(startHistoryId: string, pageToken?: string): Promise<{ added: MessageReference[]; historyId: string; nextPageToken?: string }>;
  /** The id of the user label with this name, created (through gmail.labels) when missing. */
  ensureLabel(name: string): Promise<string>;
  addLabelToThread(threadId: string, labelId: string): Promise<void>;
}

const pageSize = 500;

/**
 * One user's mailbox through the official client, paced under the per-user quota and retried with
 * exponential backoff and jitter on rate limits (403 rateLimitExceeded/userRateLimitExceeded, 429)
 * and server errors. The client's own retries are off, so this is the only retry policy.
 */
export function createGmailMailbox(options: {
  rootUrl: string;
  tokens: AccessTokens;
  pacer: QuotaPacer;
  retry?: RetryOptions;
  signal?: AbortSignal;
}): GmailMailbox {
  const client = gmail({ version: 'v1', rootUrl: options.rootUrl, retry: false });
  const retry = options.retry ?? defaultRetryOptions;
  const { signal } = options;

  async function call<Data>(method: GmailMethod, request: (headers: Record<string, string>) => Promise<{ data: Data }>) {
    const attempt = async () => {
      await options.pacer.take(gmailQuotaUnits[method]);
      try {
        return (await request({ authorization: `Bearer ${await options.tokens.current()}` })).data;
      } catch (error) {
        // An access token can lapse before its stated expiry (revoked, clock skew): refresh once.
        if (statusOf(error) !== 401) throw error;
        return (await request({ authorization: `Bearer ${await options.tokens.refreshed()}` })).data;
      }
    };
    try {
      return await pRetry(attempt, { ...retry, randomize: true, signal, shouldRetry: ({ error }) => retriable(error) });
    } catch (error) {
      throw toGmailError(method, error);
    }
  }

  return {
    async profile() {
      const data = await call('getProfile', (headers) => client.users.getProfile({ userId: 'me' }, { headers, signal }));
      return { emailAddress: data.emailAddress ?? '', historyId: data.historyId ?? '' };
    },

    async listMessages(pageToken) {
      const data = await call('messages.list', (headers) =>
        client.users.messages.list({ userId: 'me', maxResults: pageSize, pageToken }, { headers, signal }),
      );
      return { messages: (data.messages ?? []).flatMap(toReference), nextPageToken: data.nextPageToken ?? undefined };
    },

    async getMetadata(id) {
      try {
        const data = await call('messages.get', (headers) =>
          client.users.messages.get({ userId: 'me', id, format: 'metadata', metadataHeaders }, { headers, signal }),
        );
        return toMetadata(data);
      } catch (error) {
        if (error instanceof UpstreamError && error.status === 404) return undefined;
        throw error;
      }
    },

    async listHistory(startHistoryId, pageToken) {
      try {
        const data = await call('history.list', (headers) =>
          client.users.history.list(
            { userId: 'me', startHistoryId, historyTypes: ['messageAdded'], maxResults: pageSize, pageToken },
            { headers, signal },
          ),
        );
        const added = (data.history ?? []).flatMap((record) => (record.messagesAdded ?? []).flatMap((added) => toReference(added.message ?? {})));
        return { added, historyId: data.historyId ?? startHistoryId, nextPageToken: data.nextPageToken ?? undefined };
      } catch (error) {
        if (error instanceof UpstreamError && error.status === 404) throw new HistoryExpiredError('Gmail no longer has history from the stored cursor');
        throw error;
      }
    },

    async ensureLabel(name) {
      const data = await call('labels.list', (headers) => client.users.labels.list({ userId: 'me' }, { headers, signal }));
      const existing = data.labels?.find((label) => label.name?.toLowerCase() === name.toLowerCase());
      if (existing?.id) return existing.id;
      const created = await call('labels.create', (headers) =>
        client.users.labels.create(
          { userId: 'me', requestBody: { name, labelListVisibility: 'labelShow', messageListVisibility: 'show' } },
          { headers, signal },
        ),
      );
      if (!created.id) throw new UpstreamError('Gmail', 'the created label has no id');
      return created.id;
    },

    async addLabelToThread(threadId, labelId) {
      await call('threads.modify', (headers) =>
        client.users.threads.modify({ userId: 'me', id: threadId, requestBody: { addLabelIds: [labelId] } }, { headers, signal }),
      );
    },
  };
}

function toReference(message: gmail_v1.Schema$Message): MessageReference[] {
  return message.id && message.threadId ? [{ id: message.id, threadId: message.threadId }] : [];
}

function toMetadata(message: gmail_v1.Schema$Message): MessageMetadata | undefined {
  if (!message.id || !message.threadId) return undefined;
  const headers: Record<string, string> = {};
  for (const header of message.payload?.headers ?? []) {
    if (header.name && header.value !== undefined && header.value !== null) headers[header.name.toLowerCase()] = header.value;
  }
  return {
    id: message.id,
    threadId: message.threadId,
    labelIds: message.labelIds ?? [],
    snippet: message.snippet ?? '',
    historyId: message.historyId ?? '',
    receivedAt: new Date(Number(message.internalDate ?? 0)),
    headers,
  };
}

interface GoogleErrorShape {
  status?: number;
  response?: { status?: number; data?: { error?: { errors?: { reason?: string }[] } } };
  code?: string | number;
}

function statusOf(error: unknown) {
  const shape = error as GoogleErrorShape;
  return shape.response?.status ?? shape.status;
}

function reasonOf(error: unknown) {
  return (error as GoogleErrorShape).response?.data?.error?.errors?.[0]?.reason;
}

const rateLimitReasons = new Set(['rateLimitExceeded', 'userRateLimitExceeded']);

/** gaxios marks its errors with this symbol so they are recognised across copies of the library. */
const gaxiosErrorMark = Symbol.for('gaxios-gaxios-error');

function fromGmailClient(error: unknown) {
  return typeof error === 'object' && error !== null && gaxiosErrorMark in error;
}

/** Rate limits, server errors and lost connections are worth another try; anything of ours is final. */
function retriable(error: unknown) {
  if (!fromGmailClient(error)) return false;
  const status = statusOf(error);
  if (status === undefined) return !isAbort(error);
  if (status === 429 || status >= 500) return true;
  return status === 403 && rateLimitReasons.has(reasonOf(error) ?? '');
}

function isAbort(error: unknown) {
  return error instanceof Error && (error.name === 'AbortError' || (error as GoogleErrorShape).code === 'ABORT_ERR');
}

function toGmailError(method: GmailMethod, error: unknown) {
  if (!fromGmailClient(error) || isAbort(error)) return error;
  const status = statusOf(error);
  if (status === undefined) return new UpstreamError('Gmail', `${method} could not reach Gmail`);
  if (status === 403 && reasonOf(error) === 'insufficientPermissions') {
    return new InsufficientScopeError(`${method} needs a permission this connection was not granted`);
  }
  // Google's message can quote request details; only the method, status and reason go further.
  return new UpstreamError('Gmail', `${method} failed (HTTP ${status}${reasonOf(error) ? `, ${reasonOf(error)}` : ''})`, status);
}
