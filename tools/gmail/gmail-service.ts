import type { Config } from '../../config.ts';
import { UnavailableError } from '../errors.ts';
import { createAccessTokens, type UserScope } from './access-tokens.ts';
import { createGmailMailbox, type GmailMailbox, type RetryOptions } from './gmail-api.ts';
import { createGmailAuthorization, type GmailAuthorization } from './gmail-authorization.ts';
import { createQuotaPacer, type PacingClock } from './pacing.ts';
import { createTokenCipher, type TokenCipher } from './token-cipher.ts';

export interface GmailSettings {
  syncWindowDays: number;
  syncIntervalMinutes: number;
  followUpAfterDays: number;
  /** Messages read in parallel within the quota. */
  concurrency: number;
}

/** Everything Gmail features need, built once from configuration; tools receive it as `context.gmail`. */
export interface GmailService {
  settings: GmailSettings;
  cipher: TokenCipher;
  authorization: GmailAuthorization;
  /** The user's mailbox, with tokens refreshed as needed and calls paced under the user's quota. */
  mailbox(options: { scope: UserScope; userId: string; now: () => Date; signal?: AbortSignal }): GmailMailbox;
}

/** Parts a caller may bring its own of: tests shorten backoff delays; operators keep the defaults. */
export interface GmailServiceParts {
  retry?: RetryOptions;
  /** Google allows 15,000 units per user per minute; Atlas keeps a fifth in reserve by default. */
  unitsPerMinute?: number;
  concurrency?: number;
  /** Tests skip the pacer's waits (still reading the quota as production does); operators keep real time. */
  pacingClock?: PacingClock;
}

export function gmailRedirectUri(config: Pick<Config, 'ATLAS_PUBLIC_URL'>) {
  return new URL('/api/gmail/callback', config.ATLAS_PUBLIC_URL).href;
}

/** Why Gmail cannot be offered with this configuration, in words an operator can act on; undefined when it can. */
export function gmailSetupProblem(config: Config): string | undefined {
  if (!config.GOOGLE_CLIENT_ID || !config.GOOGLE_CLIENT_SECRET) {
    return `Gmail is not configured: set GOOGLE_CLIENT_ID and GOOGLE_CLIENT_SECRET (an OAuth client with the redirect URI ${gmailRedirectUri(config)}) and restart Atlas`;
  }
  if (config.ATLAS_ENCRYPTION_KEYS.length === 0) {
    return 'Gmail is not configured: set ATLAS_ENCRYPTION_KEYS to id:base64key (make one with: echo "k1:$(openssl rand -base64 32)") so Google tokens are encrypted at rest, and restart Atlas';
  }
  return undefined;
}

export function createGmailService(config: Config, parts: GmailServiceParts = {}): GmailService {
  const problem = gmailSetupProblem(config);
  if (problem) throw new UnavailableError(problem, 'gmail_not_configured');
  const cipher = createTokenCipher(config.ATLAS_ENCRYPTION_KEYS);
  const authorization = createGmailAuthorization({
    clientId: config.GOOGLE_CLIENT_ID!,
    clientSecret: config.GOOGLE_CLIENT_SECRET!,
    redirectUri: gmailRedirectUri(config),
    authorizationUrl: config.GOOGLE_AUTHORIZATION_URL,
    tokenUrl: config.GOOGLE_TOKEN_URL,
    revokeUrl: config.GOOGLE_REVOKE_URL,
  });
  const unitsPerMinute = parts.unitsPerMinute ?? 12_000;
  return {
    settings: {
      syncWindowDays: config.ATLAS_GMAIL_SYNC_WINDOW_DAYS,
      syncIntervalMinutes: config.ATLAS_GMAIL_SYNC_INTERVAL_MINUTES,
      followUpAfterDays: config.ATLAS_FOLLOW_UP_AFTER_DAYS,
      concurrency: parts.concurrency ?? 10,
    },
    cipher,
    authorization,
    mailbox({ scope, userId, now, signal }) {
      return createGmailMailbox({
        rootUrl: config.GMAIL_API_URL,
        tokens: createAccessTokens({ scope, userId, cipher, authorization, now }),
        pacer: createQuotaPacer({ unitsPerMinute, ...parts.pacingClock }),
        retry: parts.retry,
        signal,
      });
    },
  };
}
