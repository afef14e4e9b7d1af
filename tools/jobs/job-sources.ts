import type { Config } from '../../config.ts';
import { UnavailableError } from '../errors.ts';
import { anyAddress, publicAddressesOnly } from './address-policy.ts';
import type { AggregatorClient, AggregatorSource } from './aggregator-client.ts';
import { createAdzunaClient } from './adzuna.ts';
import { createArbeitnowClient } from './arbeitnow.ts';
import { createAshbyClient } from './ashby.ts';
import { defaultRetryPolicy, type BoardHttp, type RetryPolicy } from './board-api-request.ts';
import type { BoardClient } from './board-client.ts';
import { createGreenhouseClient } from './greenhouse.ts';
import { createHackerNewsClient } from './hacker-news.ts';
import { createHimalayasClient } from './himalayas.ts';
import { createJobicyClient } from './jobicy.ts';
import { createJoobleClient } from './jooble.ts';
import type { KeyedSource, KeyedSourceClient } from './keyed-sources.ts';
import { createLeverClient } from './lever.ts';
import { createPersonioClient } from './personio.ts';
import type { BoardSource } from './posting.ts';
import { createRecruiteeClient } from './recruitee.ts';
import { createReedClient } from './reed.ts';
import { createRemoteOkClient } from './remoteok.ts';
import { createRemotiveClient } from './remotive.ts';
import type { RateLimit, RequestLimitStore } from './request-rate-limit.ts';
import { createSafeFetcher, type FetchPage, type ResolveHost } from './safe-fetch.ts';
import { createSmartRecruitersClient } from './smartrecruiters.ts';
import { createTeamtailorClient } from './teamtailor.ts';
import { createTheMuseClient } from './the-muse.ts';
import { createUsajobsClient } from './usajobs.ts';
import { createWorkableClient } from './workable.ts';
import { createWorkdayClient } from './workday.ts';

/** The outside world the job tools may reach: the board APIs, the open aggregators and a hardened page fetcher. */
export interface JobSources {
  boards: Record<BoardSource, BoardClient>;
  aggregators: Record<AggregatorSource, AggregatorClient>;
  /** Job search APIs searched with a user's own key, switched on in Settings. */
  keyed: { [Source in KeyedSource]: KeyedSourceClient<Source> };
  fetchPage: FetchPage;
  /** A JSON file of more companies' boards, read before the shipped directory (ATLAS_COMPANY_BOARDS_FILE). */
  companyBoardsFile?: string;
}

export type JobSourceSettings = Pick<
  Config,
  | 'GREENHOUSE_API_URL'
  | 'LEVER_API_URL'
  | 'LEVER_EU_API_URL'
  | 'ASHBY_API_URL'
  | 'SMARTRECRUITERS_API_URL'
  | 'WORKABLE_API_URL'
  | 'RECRUITEE_BOARD_URL'
  | 'PERSONIO_BOARD_URL'
  | 'TEAMTAILOR_BOARD_URL'
  | 'WORKDAY_SITE_URL'
  | 'REMOTIVE_API_URL'
  | 'ARBEITNOW_API_URL'
  | 'THEMUSE_API_URL'
  | 'REMOTEOK_API_URL'
  | 'HIMALAYAS_API_URL'
  | 'JOBICY_API_URL'
  | 'HN_SEARCH_API_URL'
  | 'ADZUNA_API_URL'
  | 'USAJOBS_API_URL'
  | 'REED_API_URL'
  | 'JOOBLE_API_URL'
  | 'ATLAS_ALLOW_PRIVATE_FETCH'
> &
  Partial<Pick<Config, 'ATLAS_COMPANY_BOARDS_FILE'>>;

/** Parts a caller may bring its own of; the defaults are the real network and resolver. */
export interface JobSourceParts {
  fetch?: typeof fetch;
  retry?: RetryPolicy;
  resolveHost?: ResolveHost;
  timeoutMs?: number;
  maxPageBytes?: number;
  /** Request limits other than each aggregator's own (tests use tiny ones to see them hold). */
  rateLimits?: Partial<Record<AggregatorSource | KeyedSource | 'workday', RateLimit>>;
  /** Where request limits are counted: the database's, so every app process shares each allowance; else this process's. */
  requestLimits?: RequestLimitStore;
}

/** The configured job sources: base URLs and the private-address rule come from config. */
export function createJobSources(settings: JobSourceSettings, parts: JobSourceParts = {}): JobSources {
  const http: BoardHttp = {
    fetch: parts.fetch ?? fetch,
    retry: parts.retry ?? defaultRetryPolicy,
    timeoutMs: parts.timeoutMs ?? 20_000,
    requestLimits: parts.requestLimits,
  };
  const fetchPage = createSafeFetcher({
    addressPolicy: settings.ATLAS_ALLOW_PRIVATE_FETCH ? anyAddress : publicAddressesOnly,
    resolveHost: parts.resolveHost,
    maxBytes: parts.maxPageBytes,
    timeoutMs: parts.timeoutMs,
  });
  return {
    boards: {
      greenhouse: createGreenhouseClient({ baseUrl: settings.GREENHOUSE_API_URL, http }),
      lever: createLeverClient({ baseUrl: settings.LEVER_API_URL, euBaseUrl: settings.LEVER_EU_API_URL, http, fetchPage }),
      ashby: createAshbyClient({ baseUrl: settings.ASHBY_API_URL, http, fetchPage }),
      smartrecruiters: createSmartRecruitersClient({ baseUrl: settings.SMARTRECRUITERS_API_URL, http }),
      workable: createWorkableClient({ baseUrl: settings.WORKABLE_API_URL, http }),
      recruitee: createRecruiteeClient({ boardUrl: settings.RECRUITEE_BOARD_URL, http }),
      personio: createPersonioClient({ boardUrl: settings.PERSONIO_BOARD_URL, http, fetchPage }),
      teamtailor: createTeamtailorClient({ boardUrl: settings.TEAMTAILOR_BOARD_URL, http }),
      workday: createWorkdayClient({ siteUrl: settings.WORKDAY_SITE_URL, http, rateLimit: parts.rateLimits?.workday }),
    },
    aggregators: {
      remotive: createRemotiveClient({ baseUrl: settings.REMOTIVE_API_URL, http }),
      arbeitnow: createArbeitnowClient({ baseUrl: settings.ARBEITNOW_API_URL, http }),
      themuse: createTheMuseClient({ baseUrl: settings.THEMUSE_API_URL, http, rateLimit: parts.rateLimits?.themuse }),
      remoteok: createRemoteOkClient({ baseUrl: settings.REMOTEOK_API_URL, http, rateLimit: parts.rateLimits?.remoteok }),
      himalayas: createHimalayasClient({ baseUrl: settings.HIMALAYAS_API_URL, http, rateLimit: parts.rateLimits?.himalayas }),
      jobicy: createJobicyClient({ baseUrl: settings.JOBICY_API_URL, http, rateLimit: parts.rateLimits?.jobicy }),
      hackernews: createHackerNewsClient({ baseUrl: settings.HN_SEARCH_API_URL, http, rateLimit: parts.rateLimits?.hackernews }),
    },
    keyed: {
      adzuna: createAdzunaClient({ baseUrl: settings.ADZUNA_API_URL, http, rateLimit: parts.rateLimits?.adzuna }),
      usajobs: createUsajobsClient({ baseUrl: settings.USAJOBS_API_URL, http, rateLimit: parts.rateLimits?.usajobs }),
      reed: createReedClient({ baseUrl: settings.REED_API_URL, http, rateLimit: parts.rateLimits?.reed }),
      jooble: createJoobleClient({ baseUrl: settings.JOOBLE_API_URL, http, rateLimit: parts.rateLimits?.jooble }),
    },
    fetchPage,
    companyBoardsFile: settings.ATLAS_COMPANY_BOARDS_FILE,
  };
}

/** The job sources a tool was given; a caller that did not wire them gets a clear 503, not a crash. */
export function requireJobSources(context: { jobSources?: JobSources }): JobSources {
  if (!context.jobSources) {
    throw new UnavailableError('Job sources are not available to this caller', 'job_sources_unavailable');
  }
  return context.jobSources;
}
