import type { Connection } from './connection.ts';
import type { PageReading } from './read-page.ts';

export const stages = ['saved', 'applied', 'interviewing', 'offer', 'accepted', 'rejected', 'withdrawn'] as const;

export interface PagePosting {
  title: string;
  company: string;
  locations: string[];
  workplaceType: 'remote' | 'hybrid' | 'onsite' | null;
  employmentType: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  description: string;
}

export interface PipelineEntry {
  id: string;
  status: (typeof stages)[number];
  group: string;
  notes: string;
}

export interface Reading {
  found: boolean;
  via: 'schema.org' | 'job board' | 'page text' | null;
  posting: PagePosting | null;
  match: { score: number; summary: string; reasons: string[] } | null;
  matchNote: string | null;
  application: PipelineEntry | null;
}

/** Atlas refused the key: revoked, expired or unknown. The popup asks the user to reconnect. */
export class KeyRefusedError extends Error {}

/** Atlas answered with an error; its reason is shown as Atlas wrote it. */
export class AtlasError extends Error {}

/** One call to Atlas's extension endpoints: the only address the extension ever sends anything to. */
async function callAtlas<Result>(connection: Connection, path: string, body: unknown): Promise<Result> {
  const response = await fetch(`${connection.atlasUrl}/api/extension${path}`, {
    method: 'POST',
    // No cookies: the key is the only credential, so a signed-in Atlas tab lends the extension nothing.
    credentials: 'omit',
    headers: { authorization: `Bearer ${connection.key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  if (response.status === 401 || response.status === 403) throw new KeyRefusedError(answer.error?.message ?? 'Atlas refused the key');
  if (!response.ok) throw new AtlasError(answer.error?.message ?? `Atlas answered ${response.status}`);
  return answer as Result;
}

/** Whether Atlas accepts the key: a pasted one is checked before it is kept. */
export const checkKey = (connection: Connection) => callAtlas<{ connected: boolean }>(connection, '/check', {});

/** Gives up the key: Atlas revokes it. Used for the key a new connection replaces. */
export const disconnectKey = (connection: Connection) => callAtlas<unknown>(connection, '/disconnect', {});

export const readPosting = (connection: Connection, reading: PageReading) => callAtlas<Reading>(connection, '/read', reading);

export const savePosting = (
  connection: Connection,
  save: { url: string; posting: PagePosting; group: string; status: string; notes?: string },
) => callAtlas<{ application: PipelineEntry; created: boolean }>(connection, '/save', save);
