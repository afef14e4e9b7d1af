import { UnavailableError } from '../errors.ts';
import type { GmailService } from './gmail-service.ts';
import type { GmailSyncQueue } from './sync-queue.ts';

/** What the Gmail tools receive as `context.gmail`: the configured service, and the sync queue where one runs. */
export interface GmailAccess {
  service: GmailService;
  syncQueue?: GmailSyncQueue;
}

/** The Gmail access a tool was given; a caller without Gmail configured gets a clear 503, not a crash. */
export function requireGmail(context: { gmail?: GmailAccess }): GmailAccess {
  if (!context.gmail) throw new UnavailableError('Gmail is not configured on this Atlas server', 'gmail_not_configured');
  return context.gmail;
}
