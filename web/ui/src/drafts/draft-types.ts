import type { OutreachDraftView } from '../../../../tools/outreach/draft-store.ts';

/** An outreach draft as the drafts API and the draftOutreach tool return it. */
export type OutreachDraft = OutreachDraftView;
