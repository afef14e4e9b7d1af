import type { Application } from '../tool-types.ts';

export type ApplicationStatus = Application['status'];

/** The board's columns, in the order an application moves through them. */
export const pipelineStatuses: readonly ApplicationStatus[] = ['saved', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'];

export const statusLabels: Record<ApplicationStatus, string> = {
  saved: 'Saved',
  applied: 'Applied',
  interviewing: 'Interviewing',
  offer: 'Offer',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
