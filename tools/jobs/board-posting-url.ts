import { boardNameSchema } from './followed-board-schema.ts';
import type { BoardSource } from './posting.ts';
import { workdayAddress, workdayBoardKey } from './workday-site.ts';

/** A posting page on a hosted job board, which its board's API can answer for better than the page. */
export interface BoardPostingAddress {
  source: BoardSource;
  board: string;
  id: string;
}

// The hosted board pages (boards.greenhouse.io/{board}/jobs/{id}, jobs.lever.co/{site}/{id},
// jobs.ashbyhq.com/{board}/{id}, ...); a trailing /apply or /application is the same posting's form.
const pagePatterns: { source: BoardSource; hosts: string[]; path: RegExp }[] = [
  { source: 'greenhouse', hosts: ['boards.greenhouse.io', 'job-boards.greenhouse.io'], path: /^\/([^/]+)\/jobs\/(\d+)\/?$/ },
  {
    source: 'lever',
    hosts: ['jobs.lever.co', 'jobs.eu.lever.co'],
    path: /^\/([^/]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/apply)?\/?$/i,
  },
  {
    source: 'ashby',
    hosts: ['jobs.ashbyhq.com'],
    path: /^\/([^/]+)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:\/application)?\/?$/i,
  },
  // jobs.smartrecruiters.com/{company}/{id}-{title-slug}; apply.workable.com/{account}/j/{shortcode}.
  { source: 'smartrecruiters', hosts: ['jobs.smartrecruiters.com'], path: /^\/([^/]+)\/(\d+)(?:-[^/]*)?\/?$/ },
  { source: 'workable', hosts: ['apply.workable.com'], path: /^\/([^/]+)\/j\/([0-9a-z]+)(?:\/apply)?\/?$/i },
];

// Boards on their own host, the board being its first label: {company}.recruitee.com/o/{slug},
// {company}.jobs.personio.de/job/{id}, {company}.teamtailor.com/jobs/{id}-{title-slug}.
const ownHostPatterns: { source: BoardSource; domain: string; path: RegExp }[] = [
  { source: 'recruitee', domain: 'recruitee.com', path: /^\/o\/([a-z0-9-]+)(?:\/c\/new)?\/?$/i },
  { source: 'personio', domain: 'jobs.personio.de', path: /^\/job\/(\d+)\/?$/ },
  { source: 'teamtailor', domain: 'teamtailor.com', path: /^\/jobs\/(\d+)(?:-[^/]*)?\/?$/ },
];

/** The board and posting id a hosted board page names, or null for any other page. */
export function boardPostingAddress(url: URL): BoardPostingAddress | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const hostname = url.hostname.toLowerCase();
  // Greenhouse's embedded boards put both in the query: /embed/job_app?for={board}&token={id}.
  if (hostname === 'boards.greenhouse.io' && url.pathname.startsWith('/embed/job_app')) {
    const board = url.searchParams.get('for');
    const id = url.searchParams.get('token');
    return isBoardName(board) && id && /^\d+$/.test(id) ? { source: 'greenhouse', board, id } : null;
  }
  for (const pattern of pagePatterns) {
    if (!pattern.hosts.includes(hostname)) continue;
    const match = pattern.path.exec(url.pathname);
    const board = match && decodedOrNull(match[1]!);
    if (match && isBoardName(board)) return { source: pattern.source, board, id: match[2]!.toLowerCase() };
  }
  for (const pattern of ownHostPatterns) {
    const board = hostname.endsWith(`.${pattern.domain}`) ? hostname.slice(0, -pattern.domain.length - 1) : null;
    const match = pattern.path.exec(url.pathname);
    // One label only: www.acme.recruitee.com or a.b.teamtailor.com name no board.
    if (match && board && /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(board)) return { source: pattern.source, board, id: match[1]!.toLowerCase() };
  }
  // {tenant}.wd{N}.myworkdayjobs.com/{locale?}/{site}/job/{location}/{title}_{id}: the id keeps its case, as Workday's paths do.
  const workday = workdayAddress(url);
  if (workday?.postingId) return { source: 'workday', board: workdayBoardKey(workday.site), id: workday.postingId };
  return null;
}

/**
 * The board becomes a segment of a board API path, so it must be exactly what following a board
 * accepts: `..`, slashes, escapes or spaces would let a pasted URL walk that API to another path.
 */
function isBoardName(board: string | null): board is string {
  return board !== null && boardNameSchema.safeParse(board).data === board;
}

function decodedOrNull(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
