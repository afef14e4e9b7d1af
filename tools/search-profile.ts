import { z } from 'zod';
import type { Transaction } from '../db/database.ts';
import { searchProfiles } from '../db/schema.ts';
import { storableText } from './storable-input.ts';

export const seniorityLevels = ['intern', 'junior', 'mid', 'senior', 'staff', 'principal', 'lead', 'manager', 'director', 'executive'] as const;
export const remotePreferences = ['remote', 'hybrid', 'onsite', 'any'] as const;

const entry = (maximum: number) => storableText().trim().min(1).max(maximum);

export const senioritySchema = z.enum(seniorityLevels).describe('The level the user is looking for');
export const remotePreferenceSchema = z
  .enum(remotePreferences)
  .describe('remote: fully remote only; hybrid: some days in an office; onsite: in an office; any: no preference');
export const salaryCurrencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as EUR or USD')
  .describe('ISO 4217 currency of the salary floor, e.g. EUR');
export const salaryFloorSchema = z.number().int().min(0).max(100_000_000).describe('The lowest yearly base salary the user accepts');

/**
 * What the user is looking for, in their words: the agent reads it every turn, searches use it as
 * default filters and matching as factors. Every field may be empty.
 */
export const searchProfileSchema = z.object({
  targetRoles: z.array(entry(100)).max(20).default([]).describe('Job titles the user wants, e.g. "Backend Engineer"'),
  seniority: senioritySchema.nullable().default(null),
  locations: z.array(entry(100)).max(20).default([]).describe('Cities, regions or countries the user would work in'),
  remotePreference: remotePreferenceSchema.nullable().default(null),
  salaryFloor: salaryFloorSchema.nullable().default(null),
  salaryCurrency: salaryCurrencySchema.nullable().default(null),
  dealBreakers: z.array(entry(200)).max(30).default([]).describe('What rules a job out, e.g. "on-call rotations"'),
  companiesToAvoid: z.array(entry(100)).max(100).default([]).describe('Companies the user does not want to work for'),
});

export type SearchProfile = z.output<typeof searchProfileSchema>;

/** The profile as stored, with when it last changed (null when the user has none yet). */
export const storedSearchProfileSchema = searchProfileSchema.extend({ updatedAt: z.iso.datetime().nullable() });
export type StoredSearchProfile = z.output<typeof storedSearchProfileSchema>;

export const emptySearchProfile: SearchProfile = searchProfileSchema.parse({});

/** True when the user has not stated any preference. */
export function isEmptySearchProfile(profile: SearchProfile) {
  const lists = [profile.targetRoles, profile.locations, profile.dealBreakers, profile.companiesToAvoid];
  const values = [profile.seniority, profile.remotePreference, profile.salaryFloor, profile.salaryCurrency];
  return lists.every((list) => list.length === 0) && values.every((value) => value === null);
}

/** Drops repeated list entries, comparing without case, keeping the first spelling. */
function distinct(values: string[]) {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLocaleLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The acting user's search profile, or an empty one. Exported for every feature that adapts to the
 * user's preferences (search defaults, match factors, the agent's context); row-level security
 * limits it to the user the transaction acts for.
 */
export async function loadSearchProfile(db: Transaction): Promise<StoredSearchProfile> {
  const [row] = await db.select().from(searchProfiles).limit(1);
  if (!row) return { ...emptySearchProfile, updatedAt: null };
  const { userId: _owner, updatedAt, ...fields } = row;
  return {
    ...fields,
    seniority: fields.seniority as SearchProfile['seniority'],
    remotePreference: fields.remotePreference as SearchProfile['remotePreference'],
    updatedAt: updatedAt.toISOString(),
  };
}

/** Replaces the acting user's search profile with `profile`. */
export async function saveSearchProfile(db: Transaction, profile: SearchProfile, now: Date): Promise<StoredSearchProfile> {
  const fields = {
    ...profile,
    targetRoles: distinct(profile.targetRoles),
    locations: distinct(profile.locations),
    dealBreakers: distinct(profile.dealBreakers),
    companiesToAvoid: distinct(profile.companiesToAvoid),
    updatedAt: now,
  };
  await db
    .insert(searchProfiles)
    .values(fields)
    .onConflictDoUpdate({ target: searchProfiles.userId, set: fields });
  return loadSearchProfile(db);
}
