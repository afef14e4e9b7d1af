/** An outreach draft as the drafts API and the draftOutreach tool return it. */
export interface OutreachDraft {
  id: string;
  applicationId: string | null;
  recipientName: string | null;
  recipientEmail: string | null;
  subject: string;
  body: string;
  /** The CV passages the draft relies on, quoted verbatim. */
  evidence: { section: string | null; quote: string }[];
  /** Claims about the candidate no CV passage supports, for the user to fix. */
  flaggedClaims: { claim: string; reason?: string }[];
  status: 'draft' | 'sent';
  createdAt: string;
  updatedAt: string;
}
