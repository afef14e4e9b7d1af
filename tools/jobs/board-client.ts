import type { Posting } from './posting.ts';

/** The company a board's postings are filed under when the board API does not name it. */
export interface BoardOptions {
  company?: string;
}

/** What every board importer offers: a whole board, or one posting on it. */
export interface BoardClient {
  listPostings(board: string, options?: BoardOptions): Promise<Posting[]>;
  /** NotFoundError when the board does not list the posting. */
  getPosting(board: string, id: string, options?: BoardOptions): Promise<Posting>;
}

/** A board API URL under `baseUrl` (which may itself carry a path), with the board and ids escaped. */
export function boardApiUrl(baseUrl: string, segments: string[], query: Record<string, string> = {}): URL {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  const url = new URL(segments.map((segment) => encodeURIComponent(segment)).join('/'), base);
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  return url;
}
