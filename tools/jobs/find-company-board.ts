import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { BoardListing } from './board-client.ts';
import { boardNameSchema } from './followed-board-schema.ts';
import type { JobSources } from './job-sources.ts';
import { boardSourceSchema, type BoardSource, type Posting } from './posting.ts';

const directorySchema = z.object({
  companies: z.array(z.object({ name: z.string().min(1), boards: z.array(z.object({ source: boardSourceSchema, board: boardNameSchema })).min(1) })),
});
export type CompanyDirectory = z.infer<typeof directorySchema>['companies'];

let shipped: CompanyDirectory | undefined;

/** The shipped directory of well-known companies' boards, with the entries of `extraFile` (ATLAS_COMPANY_BOARDS_FILE) first. */
export function companyDirectory(extraFile?: string): CompanyDirectory {
  shipped ??= directorySchema.parse(JSON.parse(readFileSync(new URL('./company-boards.json', import.meta.url), 'utf8'))).companies;
  if (!extraFile) return shipped;
  return [...directorySchema.parse(JSON.parse(readFileSync(extraFile, 'utf8'))).companies, ...shipped];
}

/** A company name as board names spell it: "Acme Robotics, Inc." → acmerobotics, acme-robotics, acme_robotics, acme. */
export function boardNameGuesses(company: string): string[] {
  const words = company
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !/^(inc|llc|ltd|limited|gmbh|ag|sa|plc|corp|corporation|co|company|bv|srl|sas)$/.test(word));
  const guesses = [words.join(''), words.join('-'), words.join('_'), words[0] ?? '', words.filter((word) => word !== 'and').join('')];
  return [...new Set(guesses)].filter((guess) => boardNameSchema.safeParse(guess).success);
}

const simplified = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');

export interface FoundBoard {
  source: BoardSource;
  board: string;
  /** Where it was found: the directory, or a board of that name on the service. */
  via: 'directory' | 'board name';
  postings: Posting[];
  /** The board as read, unreadable entries included, for following it without reading it again. */
  listing: BoardListing;
  /** Whether the board's postings are filed under the company asked for (a board named "apple" may be someone else's). */
  namesCompany: boolean;
}

/**
 * Finds where a company publishes its jobs: the directory first, then every board service asked
 * for a board under each spelling of the name, a few at a time. A board that answers is a find;
 * one whose postings name another company is kept but ranked after those that name this one.
 * Best first: named by the directory, then naming the company, then most postings.
 */
export async function findCompanyBoards(options: { company: string; sources: JobSources; directoryFile?: string; concurrency?: number }): Promise<FoundBoard[]> {
  const { company, sources } = options;
  const wanted = simplified(company);
  const listed = companyDirectory(options.directoryFile).find((entry) => simplified(entry.name) === wanted);
  const attempts: { source: BoardSource; board: string; via: FoundBoard['via'] }[] = [
    ...(listed?.boards.map((board) => ({ ...board, via: 'directory' as const })) ?? []),
    ...boardNameGuesses(company).flatMap((board) =>
      (Object.keys(sources.boards) as BoardSource[]).map((source) => ({ source, board, via: 'board name' as const })),
    ),
  ];
  const seen = new Set<string>();
  const unique = attempts.filter(({ source, board }) => !seen.has(`${source}/${board}`) && seen.add(`${source}/${board}`));

  const order = (board: FoundBoard) => unique.findIndex((attempt) => attempt.source === board.source && attempt.board === board.board);
  const found: FoundBoard[] = [];
  const queue = [...unique];
  const worker = async () => {
    for (let attempt = queue.shift(); attempt; attempt = queue.shift()) {
      try {
        const listing = await sources.boards[attempt.source].listPostings(attempt.board);
        const { postings } = listing;
        const namesCompany = postings.length === 0 || postings.some((posting) => simplified(posting.company).includes(wanted) || wanted.includes(simplified(posting.company)));
        found.push({ ...attempt, postings, listing, namesCompany });
      } catch {
        // No board by that name on that service is the common answer (NotFoundError); a service that fails is skipped the same way.
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  return found.sort(
    (a, b) =>
      Number(b.via === 'directory') - Number(a.via === 'directory') ||
      Number(b.namesCompany) - Number(a.namesCompany) ||
      b.postings.length - a.postings.length ||
      order(a) - order(b),
  );
}
