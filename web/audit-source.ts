import type { Request } from 'express';
import type { AuditSource } from '../tools/audit/audit-log.ts';

/** Who and where, for the audit log, of a request made from the browser with a session cookie. */
export function browserAuditSource(request: Request): AuditSource & { actor: 'web'; actorDetail: string; clientAddress?: string } {
  return { actor: 'web', actorDetail: 'browser session', clientAddress: request.ip };
}
