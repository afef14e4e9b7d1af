import { z } from 'zod';
import type { followedBoards } from '../../db/schema.ts';

type FollowedBoard = typeof followedBoards.$inferSelect;

export const boardNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'A board token: letters, digits, dots, dashes and underscores')
  .describe('The board token in the board URL: "stripe" in boards.greenhouse.io/stripe or jobs.lever.co/stripe, "acme" in acme.recruitee.com');

/** A board the user follows, as tools return it. */
export const followedBoardSchema = z.object({
  id: z.uuid(),
  // A service name as followBoard takes it; the list of services is said once, in followBoard's input.
  source: z.string().describe('The job board service, as followBoard takes it'),
  board: z.string(),
  company: z.string().nullable().describe('The label the user gave the company, if any'),
  createdAt: z.iso.datetime(),
  lastRefreshedAt: z.iso.datetime().nullable(),
});

export const refreshCountsSchema = z.object({
  added: z.number().int().describe('New postings'),
  updated: z.number().int().describe('Postings whose content changed'),
  closed: z.number().int().describe('Postings the board no longer lists'),
  unchanged: z.number().int(),
  unreadable: z.number().int().optional().describe('Entries left out as unreadable; their postings stay open'),
});

export function toFollowedBoardView({ userId: _owner, createdAt, lastRefreshedAt, ...fields }: FollowedBoard) {
  return { ...fields, createdAt: createdAt.toISOString(), lastRefreshedAt: lastRefreshedAt?.toISOString() ?? null };
}
