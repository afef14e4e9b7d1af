import { UnprocessableError, ValidationError } from '../errors.ts';
import { boardPostingAddress } from './board-posting-url.ts';
import type { JobSources } from './job-sources.ts';
import type { Posting } from './posting.ts';
import { readJobPostingPage } from './read-job-posting-page.ts';

const htmlMediaTypes = /^(text\/html|application\/xhtml\+xml)\b/i;

/**
 * The posting a URL shows. Hosted Greenhouse, Lever and Ashby postings are read from their board's
 * API (complete and structured); any other page is fetched with the hardened fetcher and read for
 * schema.org JobPosting data. A page without one is an UnprocessableError (422).
 */
export async function importPostingFromUrl(
  address: string,
  sources: JobSources,
): Promise<{ posting: Posting; board: string | null }> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new ValidationError('Not a valid URL', [{ path: 'url', message: 'Not a valid URL' }]);
  }
  const onBoard = boardPostingAddress(url);
  if (onBoard) {
    return { posting: await sources.boards[onBoard.source].getPosting(onBoard.board, onBoard.id), board: onBoard.board };
  }

  const page = await sources.fetchPage(url.href);
  // A missing Content-Type is read as HTML anyway: plenty of small servers leave it out.
  if (page.contentType && !htmlMediaTypes.test(page.contentType)) {
    throw new UnprocessableError(`That address is not a web page (${page.contentType.split(';')[0]})`, 'no_job_posting');
  }
  const posting = readJobPostingPage(page);
  if (!posting) {
    throw new UnprocessableError(
      'No job posting found on that page: it carries no schema.org JobPosting data. Try the job board\'s own posting page.',
      'no_job_posting',
    );
  }
  return { posting, board: null };
}
