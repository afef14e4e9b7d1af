import type { FollowUpSuggestion } from '../../../../tools/gmail/follow-ups.ts';
import type { SignalView } from '../../../../tools/gmail/signal-schema.ts';
import type { GmailStatus as StoredGmailStatus } from '../../../../tools/gmail/status.ts';

/** Dates arrive as ISO strings over JSON. */
type Serialized<Shape> = Shape extends Date
  ? string
  : Shape extends (infer Item)[]
    ? Serialized<Item>[]
    : Shape extends object
      ? { [Key in keyof Shape]: Serialized<Shape[Key]> }
      : Shape;

export type GmailStatus = Serialized<StoredGmailStatus> & { configured: boolean; setupProblem: string | null; modelReadingAvailable: boolean };
export type Signal = SignalView;
export type FollowUp = Serialized<FollowUpSuggestion>;

export const signalKindLabels: Record<Signal['kind'], string> = {
  application_confirmation: 'Application confirmed',
  recruiter_reply: 'Recruiter reply',
  interview_invitation: 'Interview invitation',
  rejection: 'Rejection',
  offer: 'Offer',
  interview_scheduling: 'Interview booked or moved',
  assessment_invitation: 'Assessment to complete',
  still_reviewing: 'Still under review',
  position_closed: 'Role closed or withdrawn',
};
