import type { ToolContext } from '../define-tool.ts';
import { NotFoundError, UpstreamError } from '../errors.ts';
import type { BoardPostingAddress } from '../jobs/board-posting-url.ts';
import { requireJobSources } from '../jobs/job-sources.ts';
import type { Posting } from '../jobs/posting.ts';

/**
 * The posting a hosted board page shows, from the board's API; null when the board is down or no
 * longer lists it, which leaves the page's own reading to stand in.
 */
export function boardPostingOrNull(context: Pick<ToolContext, 'jobSources'>, address: BoardPostingAddress): Promise<Posting | null> {
  return requireJobSources(context)
    .boards[address.source].getPosting(address.board, address.id)
    .catch((error: unknown) => (error instanceof UpstreamError || error instanceof NotFoundError ? null : Promise.reject(error)));
}
