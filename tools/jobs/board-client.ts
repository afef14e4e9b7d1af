import type { z } from 'zod';
import { NotFoundError } from '../errors.ts';
import { UnexpectedShapeError } from './board-api-request.ts';
import type { Posting } from './posting.ts';

/**
 * What a board lists now: the postings read, and the entries that could not be (a field Atlas needs
 * missing or of the wrong kind), which are left out rather than failing the board. The postings are
 * Atlas's own, or, while an importer reads them, in the source's shape (`Entry`).
 */
export interface BoardListing<Entry = Posting> {
  postings: Entry[];
  /** How many entries could not be read. */
  unreadable: number;
  /** The ids of those entries whose id could still be read: their postings are still on the board. */
  unreadableIds: string[];
}

/**
 * What every board importer offers: a whole board, or one posting on it. Postings are filed under
 * the company the source names, never under a label a user gave: the catalogue is shared.
 */
export interface BoardClient {
  listPostings(board: string): Promise<BoardListing>;
  /** NotFoundError when the board does not list the posting. */
  getPosting(board: string, id: string): Promise<Posting>;
}

/** A board's short name made readable ("acme-robotics" → "Acme Robotics"), for when nothing names the company. */
export function readableBoardName(board: string): string {
  return board
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** A board API URL under `baseUrl` (which may itself carry a path), with the board and ids escaped. */
export function boardApiUrl(baseUrl: string, segments: string[], query: Record<string, string> = {}): URL {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = new URL(segments.map((segment) => encodeURIComponent(segment)).join('/'), base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}

/**
 * A URL on a board that lives on its own host (https://{board}.recruitee.com): the `{board}` in
 * `template` becomes the board's name. Null when the name cannot be a host name label, since no such
 * board can exist (and a dot would reach a different host).
 */
export function boardHostUrl(template: string, board: string, path: string): URL | null {
  if (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(board)) return null;
  const base = template.replace('{board}', board.toLowerCase());
  return new URL(path.replace(/^\//, ''), base.endsWith('/') ? base : `${base}/`);
}

/**
 * Each entry of a board's list checked on its own, so one malformed entry is counted and left out
 * rather than failing the board. `idOf` reads the id of an entry that failed its schema, when it
 * still has one, so a refresh knows that posting is still listed and keeps it open.
 */
export function readBoardEntries<Schema extends z.ZodType>(
  entries: unknown[],
  schema: Schema,
  idOf: (entry: unknown) => unknown,
): BoardListing<z.output<Schema>> {
  const read: BoardListing<z.output<Schema>> = { postings: [], unreadable: 0, unreadableIds: [] };
  for (const entry of entries) {
    const parsed = schema.safeParse(entry);
    if (parsed.success) {
      read.postings.push(parsed.data);
      continue;
    }
    read.unreadable += 1;
    const id = entryId(entry, idOf);
    if (id !== null) read.unreadableIds.push(id);
  }
  return read;
}

/** An entry's id as the catalogue stores it (a string), or null when it has none that could be one. */
function entryId(entry: unknown, idOf: (entry: unknown) => unknown): string | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const id = idOf(entry);
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  return typeof id === 'string' && id.trim() !== '' ? id : null;
}

/** A field of an entry that is an object, for `idOf`. */
export const fieldOf = (name: string) => (entry: unknown) => (entry as Record<string, unknown>)[name];

/** A field holding a whole-number id, for sources whose ids are numbers: anything else names no posting. */
export const integerFieldOf = (name: string) => (entry: unknown) => {
  const id = fieldOf(name)(entry);
  return typeof id === 'number' ? id : null;
};

// Boards whose lists carry no descriptions are read posting by posting; a few at a time, to be a polite client.
const pagesAtOnce = 4;

/**
 * Each listed posting read from its own page, in the list's order. One taken down between the list
 * and its page (NotFoundError) is no longer open and is left out; a page of the wrong shape
 * (UnexpectedShapeError) is counted as unreadable under its listed id, so the posting stays open;
 * any other failure (the board down) fails the read.
 */
export async function readEachOpen<Listed>(
  listed: Listed[],
  read: (item: Listed) => Promise<Posting>,
  idOf: (item: Listed) => string,
): Promise<BoardListing> {
  const listing: BoardListing = { postings: [], unreadable: 0, unreadableIds: [] };
  for (let start = 0; start < listed.length; start += pagesAtOnce) {
    const batch = listed.slice(start, start + pagesAtOnce);
    const results = await Promise.allSettled(batch.map(read));
    results.forEach((result, index) => {
      if (result.status === 'fulfilled') listing.postings.push(result.value);
      else if (result.reason instanceof UnexpectedShapeError) {
        listing.unreadable += 1;
        listing.unreadableIds.push(idOf(batch[index]!));
      } else if (!(result.reason instanceof NotFoundError)) throw result.reason;
    });
  }
  return listing;
}
