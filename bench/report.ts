import type { LatencySummary } from './measure-search.ts';

export interface BenchRow {
  database: string;
  databaseVersion: string;
  postings: number;
  importedThroughImporter: number;
  importPostingsPerSecond: number;
  indexBuildSeconds: number;
  /** An exact nearest-neighbour scan of every open posting in plain SQL: what each search is compared with. */
  floorMilliseconds: LatencySummary;
  /** searchJobs with an empty query and the bench user's CV. */
  jobsForMeMilliseconds: LatencySummary;
  /** Typed requests, with the same CV loaded. */
  searchMilliseconds: LatencySummary;
  keywordsOnlyMilliseconds: LatencySummary;
  exactScanSearchMilliseconds: LatencySummary;
  queryEmbeddingMilliseconds: number;
  recallAt10: number;
  recallAt10Filtered: number;
  filteredQueriesOnExactFallback: number;
  filteredQueries: number;
  hnswMilliseconds: LatencySummary;
  exactMilliseconds: LatencySummary;
}

const milliseconds = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const latency = (summary: LatencySummary) => `${milliseconds(summary.p50)} / ${milliseconds(summary.p95)}`;
const ratio = (summary: LatencySummary, floor: LatencySummary) => `${(summary.p50 / floor.p50).toFixed(2)} / ${(summary.p95 / floor.p95).toFixed(2)}`;

/** The results as a Markdown table, ready for the README, with the machine and the method under it. */
export function formatResults(options: {
  rows: BenchRow[];
  machine: {
    cpu: string;
    cores: number;
    memoryGigabytes: number;
    platform: string;
    node: string;
    loadAverage: { start: number[]; end: number[] };
  };
  vectorMethods: Record<number, unknown>;
  queries: number;
  rounds: number;
}) {
  const { rows, machine } = options;
  const header = [
    'Database',
    'Postings',
    'Import (postings/s)',
    'Floor: exact scan p50 / p95',
    'Jobs for me p50 / p95',
    '÷ floor',
    'Typed request p50 / p95',
    '÷ floor',
    'Keywords only p50 / p95',
    'Hybrid on exact scan p50 / p95',
    'Vector side HNSW / exact p50',
    'Recall@10 (HNSW vs exact)',
    'Recall@10 with filters',
    'HNSW build',
  ];
  const lines = rows.map((row) =>
    [
      row.database,
      row.postings.toLocaleString('en-US'),
      row.importedThroughImporter < row.postings
        ? `${row.importPostingsPerSecond.toFixed(0)} (first ${row.importedThroughImporter.toLocaleString('en-US')})`
        : row.importPostingsPerSecond.toFixed(0),
      latency(row.floorMilliseconds),
      latency(row.jobsForMeMilliseconds),
      ratio(row.jobsForMeMilliseconds, row.floorMilliseconds),
      latency(row.searchMilliseconds),
      ratio(row.searchMilliseconds, row.floorMilliseconds),
      latency(row.keywordsOnlyMilliseconds),
      latency(row.exactScanSearchMilliseconds),
      `${milliseconds(row.hnswMilliseconds.p50)} / ${milliseconds(row.exactMilliseconds.p50)}`,
      row.recallAt10.toFixed(3),
      `${row.recallAt10Filtered.toFixed(3)} (${row.filteredQueriesOnExactFallback}/${row.filteredQueries} exact)`,
      `${row.indexBuildSeconds.toFixed(1)} s`,
    ].join(' | '),
  );
  const methods = Object.entries(options.vectorMethods).map(
    ([size, method]) => `- ${Number(size).toLocaleString('en-US')} postings: ${(method as { method: string }).method}.`,
  );
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...lines.map((line) => `| ${line} |`),
    '',
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGigabytes} GB, ${machine.platform}, Node ${machine.node}; load average ${machine.loadAverage.start[0]} at the start, ${machine.loadAverage.end[0]} at the end (other work on the machine slows every number).`,
    ...new Set(rows.map((row) => `- ${row.database}: ${row.databaseVersion.split(',')[0]}`)),
    `${options.queries} typed queries (a third with filters) and "jobs for me" (an empty query) as often, ${options.rounds} timed rounds after a warm-up, with a CV uploaded for the user; searchJobs includes embedding the query (median ${milliseconds(rows[0]?.queryEmbeddingMilliseconds ?? Number.NaN)}). Ratios are p50 ÷ floor p50 / p95 ÷ floor p95, the floor an exact nearest-neighbour scan of every posting in plain SQL, timed in the same run.`,
    'Vectors:',
    ...methods,
  ].join('\n');
}
