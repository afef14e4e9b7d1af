import { describe, expect, it } from 'vitest';
import { applicationStatuses, gmailSignalKinds } from '../../db/schema.ts';
import { statusAfterSignal } from './record-signal.ts';

describe('statusAfterSignal', () => {
  it('moves applications only forward, per kind, as the status table says', () => {
    const table = Object.fromEntries(
      gmailSignalKinds.map((kind) => [kind, Object.fromEntries(applicationStatuses.map((status) => [status, statusAfterSignal(status, kind) ?? null]))]),
    );

    expect(table.application_confirmation).toMatchObject({ saved: 'applied', applied: null, interviewing: null });
    expect(table.recruiter_reply).toMatchObject({ saved: 'applied', applied: null, interviewing: null });
    expect(table.still_reviewing).toMatchObject({ saved: 'applied', applied: null, interviewing: null, offer: null });
    for (const kind of ['interview_invitation', 'interview_scheduling', 'assessment_invitation'] as const) {
      expect(table[kind]).toMatchObject({ saved: 'interviewing', applied: 'interviewing', interviewing: null, offer: null });
    }
    expect(table.offer).toMatchObject({ saved: 'offer', applied: 'offer', interviewing: 'offer', offer: null });
    expect(table.rejection).toMatchObject({ saved: 'rejected', applied: 'rejected', interviewing: 'rejected', offer: null });
    expect(table.position_closed).toMatchObject({ saved: 'withdrawn', applied: 'withdrawn', interviewing: 'withdrawn', offer: 'withdrawn' });
  });

  it('never reopens an application the user closed', () => {
    for (const kind of gmailSignalKinds) {
      for (const closed of ['accepted', 'rejected', 'withdrawn'] as const) expect(statusAfterSignal(closed, kind), `${kind} on ${closed}`).toBeUndefined();
    }
  });
});
