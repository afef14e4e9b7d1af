import { z } from 'zod';
import type { AggregatorResult } from './aggregator-client.ts';

/** Job search APIs a user switches on in Settings with their own key: searched in discovery for that user only. */
export const keyedSources = ['adzuna', 'usajobs', 'reed', 'jooble'] as const;
export type KeyedSource = (typeof keyedSources)[number];

/** One field of a source's credentials, as the Settings form asks for it. */
export interface CredentialField {
  name: string;
  label: string;
  /** A secret is typed in a password field and never shown again; the others are settings. */
  secret: boolean;
}

/** What a keyed source is called, what it lists, where its key comes from and what the form asks for. */
export const keyedSourceDescriptions: Record<KeyedSource, { name: string; covers: string; keyFrom: string; fields: CredentialField[] }> = {
  adzuna: {
    name: 'Adzuna',
    covers: 'jobs from thousands of sites in one country (gb, us, de, fr, nl, au, ca, in and more), searched by your roles',
    keyFrom: 'https://developer.adzuna.com (free: an application id and key)',
    fields: [
      { name: 'appId', label: 'Application id', secret: false },
      { name: 'appKey', label: 'Application key', secret: true },
      { name: 'country', label: 'Country code (gb, us, de…)', secret: false },
    ],
  },
  usajobs: {
    name: 'USAJOBS',
    covers: 'US federal government jobs, searched by your roles',
    keyFrom: 'https://developer.usajobs.gov (free: a key sent to the email you register with)',
    fields: [
      { name: 'email', label: 'Email you registered with', secret: false },
      { name: 'apiKey', label: 'API key', secret: true },
    ],
  },
  reed: {
    name: 'Reed',
    covers: 'jobs in the UK, searched by your roles',
    keyFrom: 'https://www.reed.co.uk/developers (free: an API key)',
    fields: [{ name: 'apiKey', label: 'API key', secret: true }],
  },
  jooble: {
    name: 'Jooble',
    covers: 'jobs from many sites worldwide, searched by your roles',
    keyFrom: 'https://jooble.org/api/about (free: an API key)',
    fields: [{ name: 'apiKey', label: 'API key', secret: true }],
  },
};

const secret = z.string().trim().min(8, 'is too short to be a key').max(200).regex(/^[\x21-\x7e]+$/, 'must be printable characters without spaces');

/** The credentials each keyed source takes; nothing else is stored. */
export const keyedCredentialSchemas = {
  adzuna: z.object({
    appId: z.string().trim().min(1).max(100).regex(/^[\x21-\x7e]+$/),
    appKey: secret,
    country: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z]{2}$/, 'must be a two-letter country code such as gb or us'),
  }),
  usajobs: z.object({ email: z.email(), apiKey: secret }),
  reed: z.object({ apiKey: secret }),
  jooble: z.object({ apiKey: secret }),
} satisfies Record<KeyedSource, z.ZodType>;
export type KeyedCredentials<Source extends KeyedSource> = z.infer<(typeof keyedCredentialSchemas)[Source]>;

/** A keyed job search API: the postings it lists for a search, with the user's own credentials. */
export interface KeyedSourceClient<Source extends KeyedSource = KeyedSource> {
  search(query: { words: string }, credentials: KeyedCredentials<Source>): Promise<AggregatorResult>;
}
