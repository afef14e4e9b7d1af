import type { Database } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { withAuthRole } from '../../db/with-user.ts';
import { recordAuditEvent } from '../audit/audit-log.ts';
import type { Embedder } from '../embeddings/embedder.ts';
import type { BriefingWriter } from './briefing-prose.ts';
import { briefingDue, weekOf } from './week.ts';
import { writeBriefing } from './write-briefing.ts';

/** The audit log's name for the schedule, which acts for the user without a session. */
export const scheduleActorDetail = 'weekly briefing schedule';

/**
 * Writes this week's briefing for every user for whom it is Monday morning, each in their own
 * transaction as that user; users already briefed this week are left as they are. One user's failure
 * (an account deleted mid-run) is reported and the others still get theirs. Returns the users written for.
 */
export async function writeDueBriefings(
  database: Database,
  options: { now: Date; followUpAfterDays: number; embedder?: Embedder; writer?: BriefingWriter; logError: (error: unknown) => void },
): Promise<string[]> {
  const { now } = options;
  // Sign-in's role reads users' ids and zones only; each briefing is then written under row-level security.
  const everyone = await withAuthRole(database, (tx) => tx.select({ id: users.id, timeZone: users.timeZone }).from(users));
  const written: string[] = [];
  for (const user of everyone.filter((each) => briefingDue(now, each.timeZone))) {
    try {
      const result = await writeBriefing(database, {
        context: { userId: user.id, actor: 'web', now: () => now, embedder: options.embedder },
        weekOf: weekOf(now, user.timeZone),
        timeZone: user.timeZone,
        followUpAfterDays: options.followUpAfterDays,
        writer: options.writer,
        onWritten: (tx, briefing) =>
          recordAuditEvent(tx, { actor: 'web', actorDetail: scheduleActorDetail, action: 'writeBriefing', recordKind: 'briefing', recordId: briefing.id }, now),
      });
      if (result.written) written.push(user.id);
    } catch (error) {
      options.logError(error);
    }
  }
  return written;
}
