import { NotFoundError, UnprocessableError, UpstreamError, ValidationError } from '../errors.ts';
import { readableBoardName } from './board-client.ts';
import { companyNamedOnPage } from './read-job-posting-page.ts';
import type { FetchPage } from './safe-fetch.ts';

/**
 * The company a posting's hosted page names (Lever's and Ashby's APIs do not), or the board's short
 * name made readable when the page names none or cannot be read: a page that fails never fails the import.
 */
export async function companyOnHostedPage(options: { fetchPage: FetchPage; url: string; title: string; board: string }): Promise<string> {
  try {
    return companyNamedOnPage(await options.fetchPage(options.url), options.title) ?? readableBoardName(options.board);
  } catch (error) {
    const unreadable = [NotFoundError, UnprocessableError, UpstreamError, ValidationError].some((type) => error instanceof type);
    if (!unreadable) throw error;
    return readableBoardName(options.board);
  }
}
