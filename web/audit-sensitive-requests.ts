import type { RequestHandler } from 'express';
import type { Database } from '../db/database.ts';
import { withUser } from '../db/with-user.ts';
import { recordAuditEvent } from '../tools/audit/audit-log.ts';
import { browserAuditSource } from './audit-source.ts';

interface SensitiveRequest {
  method: string;
  /** The path; a capture group, when present, is the record's id. */
  path: RegExp;
  action: string;
  recordKind: string;
}

/**
 * REST routes that read or change sensitive records or credentials, or change the user's records,
 * without going through a tool (runTool logs those itself): the CV, email signals and contacts, Gmail
 * and MCP grants, access tokens, the password, keys for job search APIs, drafts, conversations and the search profile. Each
 * successful call leaves one entry in the user's audit log.
 */
const sensitiveRequests: SensitiveRequest[] = [
  { method: 'PUT', path: /^\/api\/cv$/, action: 'uploadCv', recordKind: 'cv' },
  { method: 'DELETE', path: /^\/api\/cv$/, action: 'deleteCv', recordKind: 'cv' },
  { method: 'GET', path: /^\/api\/gmail\/signals$/, action: 'listEmailSignals', recordKind: 'email signal' },
  { method: 'POST', path: /^\/api\/gmail\/signals\/([^/]+)\/review$/, action: 'reviewEmailSignal', recordKind: 'email signal' },
  { method: 'GET', path: /^\/api\/gmail\/follow-ups$/, action: 'listFollowUps', recordKind: 'email signal' },
  { method: 'POST', path: /^\/api\/gmail\/labelling$/, action: 'changeGmailLabelling', recordKind: 'gmail connection' },
  { method: 'POST', path: /^\/api\/gmail\/model-reading$/, action: 'changeGmailModelReading', recordKind: 'gmail connection' },
  { method: 'DELETE', path: /^\/api\/gmail$/, action: 'disconnectGmail', recordKind: 'gmail connection' },
  { method: 'GET', path: /^\/api\/contacts$/, action: 'listContacts', recordKind: 'email contact' },
  { method: 'POST', path: /^\/api\/contacts$/, action: 'addContact', recordKind: 'email contact' },
  { method: 'POST', path: /^\/api\/contacts\/merge$/, action: 'mergeContacts', recordKind: 'email contact' },
  { method: 'PATCH', path: /^\/api\/contacts\/([^/]+)$/, action: 'updateContact', recordKind: 'email contact' },
  { method: 'DELETE', path: /^\/api\/contacts\/([^/]+)$/, action: 'deleteContact', recordKind: 'email contact' },
  { method: 'POST', path: /^\/api\/tokens$/, action: 'createAccessToken', recordKind: 'access token' },
  { method: 'DELETE', path: /^\/api\/tokens\/([^/]+)$/, action: 'revokeAccessToken', recordKind: 'access token' },
  { method: 'DELETE', path: /^\/api\/connected-apps\/([^/]+)$/, action: 'revokeConnectedApp', recordKind: 'connected app' },
  { method: 'POST', path: /^\/api\/auth\/password$/, action: 'changePassword', recordKind: 'account' },
  { method: 'PATCH', path: /^\/api\/drafts\/([^/]+)$/, action: 'updateDraft', recordKind: 'outreach draft' },
  { method: 'DELETE', path: /^\/api\/drafts\/([^/]+)$/, action: 'deleteDraft', recordKind: 'outreach draft' },
  { method: 'DELETE', path: /^\/api\/interviews\/([^/]+)$/, action: 'deleteInterviewPractice', recordKind: 'interview practice' },
  { method: 'PUT', path: /^\/api\/resumes\/([^/]+)$/, action: 'editResume', recordKind: 'résumé' },
  { method: 'DELETE', path: /^\/api\/resumes\/([^/]+)$/, action: 'deleteResume', recordKind: 'résumé' },
  { method: 'PATCH', path: /^\/api\/conversations\/([^/]+)$/, action: 'renameConversation', recordKind: 'conversation' },
  { method: 'DELETE', path: /^\/api\/conversations\/([^/]+)$/, action: 'deleteConversation', recordKind: 'conversation' },
  { method: 'POST', path: /^\/api\/tasks\/suggestions\/([^/]+)\/dismiss$/, action: 'dismissTaskSuggestion', recordKind: 'task suggestion' },
  // A briefing's facts copy email signals (who awaits a reply, which interviews mail dated), so reading one is logged too.
  { method: 'GET', path: /^\/api\/briefings$/, action: 'listBriefings', recordKind: 'briefing' },
  { method: 'GET', path: /^\/api\/briefings\/([^/]+)$/, action: 'readBriefing', recordKind: 'briefing' },
  { method: 'POST', path: /^\/api\/briefings$/, action: 'writeBriefing', recordKind: 'briefing' },
  { method: 'DELETE', path: /^\/api\/briefings\/([^/]+)$/, action: 'deleteBriefing', recordKind: 'briefing' },
  { method: 'PUT', path: /^\/api\/briefings\/time-zone$/, action: 'setTimeZone', recordKind: 'account' },
  { method: 'POST', path: /^\/api\/calendar-feed$/, action: 'createCalendarFeed', recordKind: 'calendar feed' },
  { method: 'DELETE', path: /^\/api\/calendar-feed$/, action: 'revokeCalendarFeed', recordKind: 'calendar feed' },
  { method: 'POST', path: /^\/api\/push\/subscriptions$/, action: 'subscribePush', recordKind: 'push subscription' },
  { method: 'DELETE', path: /^\/api\/push\/subscriptions$/, action: 'unsubscribePush', recordKind: 'push subscription' },
  { method: 'DELETE', path: /^\/api\/push\/subscriptions\/([^/]+)$/, action: 'removePushDevice', recordKind: 'push subscription' },
  // Interview reminders are read from email signals.
  { method: 'GET', path: /^\/api\/reminders$/, action: 'listReminders', recordKind: 'email signal' },
  { method: 'POST', path: /^\/api\/reminders\/([^/]+)$/, action: 'changeReminder', recordKind: 'reminder' },
  { method: 'PUT', path: /^\/api\/profile$/, action: 'updateSearchProfile', recordKind: 'search profile' },
  // The record's id is the service's name; the key itself is never in the log.
  { method: 'PUT', path: /^\/api\/discovery\/keys\/([^/]+)$/, action: 'saveJobSourceKey', recordKind: 'job source key' },
  { method: 'DELETE', path: /^\/api\/discovery\/keys\/([^/]+)$/, action: 'removeJobSourceKey', recordKind: 'job source key' },
];

/** Writes the audit entry of a sensitive REST call once it has succeeded; a failed call changed and showed nothing. */
export function auditSensitiveRequests(options: { database: Database; now: () => Date; logError: (error: unknown) => void }): RequestHandler {
  return (request, response, next) => {
    const path = request.originalUrl.split('?')[0]!;
    const match = sensitiveRequests.find((candidate) => candidate.method === request.method && candidate.path.test(path));
    const user = response.locals.session?.user;
    if (match && user) {
      response.on('finish', () => {
        if (response.statusCode < 200 || response.statusCode >= 300) return;
        const recordId = match.path.exec(path)?.[1] ?? null;
        const entry = { ...browserAuditSource(request), action: match.action, recordKind: match.recordKind, recordId };
        withUser(options.database, user.id, (tx) => recordAuditEvent(tx, entry, options.now())).catch(options.logError);
      });
    }
    next();
  };
}
