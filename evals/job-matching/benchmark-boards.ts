import { createHash } from 'node:crypto';
import { escapeUTF8 } from 'entities';
import type { JobSources } from '../../tools/jobs/job-sources.ts';
import type { BoardSource } from '../../tools/jobs/posting.ts';
import { startHttpStub, stubJobSources } from '../../tools/jobs/test-job-sources.ts';
import type { BenchmarkPosting } from './benchmark-set.ts';

/** The benchmark's postings served as job boards, for Atlas to import the way it imports a user's. */
export interface BenchmarkBoards {
  jobSources: JobSources;
  boards: { source: BoardSource; board: string }[];
  /** The set's posting id for each `source/externalId` the boards list. */
  setIds: Map<string, string>;
  close(): Promise<void>;
}

const dayMilliseconds = 24 * 60 * 60 * 1000;

// Lever's documented intervals for a salary range.
const leverIntervals = { hour: 'per-hour-wage', month: 'per-month-salary', year: 'per-year-salary' } as const;
const leverWorkplaces = { onsite: 'on-site', hybrid: 'hybrid', remote: 'remote' } as const;

const bullet = /^\s*[-•]\s+/;

/** A plain-text description as a board's editor would mark it up: paragraphs, line breaks and bullet lists. */
function descriptionHtml(text: string): string {
  const blocks = text.split(/\n\s*\n/).filter((block) => block.trim() !== '');
  return blocks
    .map((block) => {
      const runs: { isList: boolean; lines: string[] }[] = [];
      for (const line of block.split('\n')) {
        const isList = bullet.test(line);
        const last = runs.at(-1);
        if (last?.isList === isList) last.lines.push(line);
        else runs.push({ isList, lines: [line] });
      }
      return runs
        .map((run) =>
          run.isList
            ? `<ul>${run.lines.map((line) => `<li>${escapeUTF8(line.replace(bullet, ''))}</li>`).join('')}</ul>`
            : `<p>${run.lines.map((line) => escapeUTF8(line)).join('<br>')}</p>`,
        )
        .join('\n');
    })
    .join('\n');
}

/** A board token from a company name: "Hausgrün GmbH" → "hausgrun-gmbh". */
function boardToken(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A stable UUID-shaped id for a set posting, as Lever ids look. */
function leverId(setId: string): string {
  const hex = createHash('sha256').update(setId).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Serves the set on a local stub speaking the boards' wire formats (WIRE-FORMATS.md): postings with
 * pay only in their text as one Greenhouse board per data file, as most boards publish them;
 * postings whose pay the source gives as fields on Lever, whose salaryRange carries it, one site
 * per company since Lever names a site's company on its hosted pages, which the stub serves too.
 */
export async function serveBenchmarkBoards(options: { postings: BenchmarkPosting[]; now: Date }): Promise<BenchmarkBoards> {
  const { postings, now } = options;
  const stub = await startHttpStub();
  const published = (posting: BenchmarkPosting) => new Date(now.getTime() - posting.postedDaysAgo * dayMilliseconds);
  const boards: BenchmarkBoards['boards'] = [];
  const setIds = new Map<string, string>();

  const greenhouseBoards = Map.groupBy(
    postings.map((posting, index) => ({ posting, index })).filter(({ posting }) => !posting.salary),
    ({ posting }) => `atlas-benchmark-${posting.group}`,
  );
  for (const [board, entries] of greenhouseBoards) {
    const jobs = entries.map(({ posting, index }) => {
      const id = 4_100_000_000 + index;
      setIds.set(`greenhouse/${id}`, posting.id);
      const firstPublished = published(posting).toISOString();
      return {
        id,
        internal_job_id: 3_100_000 + index,
        title: posting.title,
        updated_at: firstPublished,
        first_published: firstPublished,
        requisition_id: null,
        absolute_url: `https://job-boards.greenhouse.io/${board}/jobs/${id}`,
        company_name: posting.company,
        location: { name: posting.locations.join('; ') },
        content: escapeUTF8(descriptionHtml(posting.description)),
        metadata: posting.employmentType ? [{ id: 8801, name: 'Employment Type', value: posting.employmentType, value_type: 'single_select' }] : null,
        departments: [],
        offices: [],
      };
    });
    stub.on(`/v1/boards/${board}/jobs`, { body: { jobs, meta: { total: jobs.length } } });
    boards.push({ source: 'greenhouse', board });
  }

  const leverSites = Map.groupBy(
    postings.filter((posting) => posting.salary),
    (posting) => boardToken(posting.company),
  );
  for (const [site, sitePostings] of leverSites) {
    const listed = sitePostings.map((posting) => {
      const id = leverId(posting.id);
      setIds.set(`lever/${id}`, posting.id);
      const hostedUrl = `${stub.url}/${site}/${id}`;
      stub.on(`/${site}/${id}`, { body: `<!doctype html><html><head><title>${escapeUTF8(`${posting.company} - ${posting.title}`)}</title></head><body></body></html>` });
      const salary = posting.salary!;
      return {
        id,
        text: posting.title,
        categories: { commitment: posting.employmentType ?? undefined, location: posting.locations[0], allLocations: posting.locations },
        createdAt: published(posting).getTime(),
        description: descriptionHtml(posting.description),
        descriptionPlain: posting.description,
        lists: [],
        additional: '',
        additionalPlain: '',
        hostedUrl,
        applyUrl: `${hostedUrl}/apply`,
        workplaceType: posting.workplaceType ? leverWorkplaces[posting.workplaceType] : 'unspecified',
        salaryRange: { min: salary.min, max: salary.max, currency: salary.currency, interval: leverIntervals[salary.period] },
        salaryDescription: '',
        salaryDescriptionPlain: '',
      };
    });
    stub.on(`/v0/postings/${site}`, { body: listed });
    boards.push({ source: 'lever', board: site });
  }

  return { jobSources: stubJobSources(stub), boards, setIds, close: () => stub.close() };
}
