import { NotFoundError } from '../errors.ts';
import type { Posting } from './posting.ts';

/**
 * What every board importer offers: a whole board, or one posting on it. Postings are filed under
 * the company the source names, never under a label a user gave: the catalogue is shared.
 */
export interface BoardClient {
  listPostings(board: string): Promise<Posting[]>;
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

// Boards whose lists carry no descriptions are read posting by posting; a few at a time, to be a polite client.
const pagesAtOnce = 4;

/**
 * Each listed posting read from its own page, in the list's order. One taken down between the list
 * and its page (NotFoundError) is no longer open and is left out; any other failure fails the read.
 */
export async function readEachOpen<Listed>(listed: Listed[], read: (item: Listed) => Promise<Posting>): Promise<Posting[]> {
  const postings: Posting[] = [];
  for (let start = 0; start < listed.length; start += pagesAtOnce) {
    const results = await Promise.allSettled(listed.slice(start, start + pagesAtOnce).map(read));
    for (const result of results) {
      if (result.status === 'fulfilled') postings.push(result.value);
      else if (!(result.reason instanceof NotFoundError)) throw result.reason;
    }
  }
  return postings;
}
