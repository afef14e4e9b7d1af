/**
 * `npm run bench:search` (also part of `npm run bench`): builds synthetic catalogues (10k postings by
 * default; `npm run bench:search -- --sizes=10000,100000` for more), imports them through the real
 * importer, and measures searchJobs on embedded PGlite and, when DATABASE_URL is set, on that Postgres
 * server (in a `<name>_bench` database beside it). Prints a table and writes JSON to bench/results/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import { analyzeChangedTables } from '../db/embedded-auto-analyze.ts';
import { uploadCv } from '../tools/cv/upload-cv.ts';
import { createOfflineEmbedder } from '../tools/embeddings/offline-embedder.ts';
import { createBenchUser, isCompleteCatalogue, openBenchDatabase } from './bench-database.ts';
import { benchQueries } from './bench-queries.ts';
import { catalogueVectors } from './catalogue-vectors.ts';
import { bulkInsertPostings, importPostings, storeVectors } from './load-catalogue.ts';
import { exactScanFloor, exactScanSearchLatencies, searchLatencies, vectorSideQuality } from './measure-search.ts';
import { seededRandom } from './random.ts';
import { formatResults, type BenchRow } from './report.ts';
import { syntheticPostings } from './synthetic-postings.ts';

const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000' },
    'real-embeddings': { type: 'string', default: '2000' },
    'import-sample': { type: 'string', default: '20000' },
    databases: { type: 'string', default: 'pglite,postgres' },
    rounds: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    // Keeps each catalogue for the next run (a `_bench_<size>-seed<seed>` database beside
    // DATABASE_URL's, a PGlite folder under .atlas/) and reuses a complete one instead of building it again.
    'keep-catalogue': { type: 'boolean', default: false },
  },
});

const log = (message: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
const sizes = flags.sizes.split(',').map(Number);
const realEmbeddings = Number(flags['real-embeddings']);
const rounds = Number(flags.rounds);
const keepCatalogue = flags['keep-catalogue'];
const importSample = Number(flags['import-sample']);
const loadAverageAtStart = os.loadavg();
const databaseUrl = loadConfig().DATABASE_URL;
const databases = flags.databases
  .split(',')
  .filter((kind): kind is 'pglite' | 'postgres' => kind === 'pglite' || (kind === 'postgres' && Boolean(databaseUrl)));
// A fixed clock, so "posted within" filters select the same postings on every run.
const now = new Date('2026-06-01T00:00:00Z');
const embedder = createOfflineEmbedder();
const cvFileName = 'backend-senior.md';
const cv = readFileSync(new URL(`../evals/fixtures/cvs/${cvFileName}`, import.meta.url));
// "Jobs for me" is one request; timed as often as all typed requests together, so its p95 means something.
const jobsForMe = benchQueries.map(() => ({ query: '' }));

const rows: BenchRow[] = [];
const vectorMethods: Record<number, unknown> = {};
for (const size of sizes) {
  const random = seededRandom(Number(flags.seed));
  const postings = syntheticPostings(random, size, { now });
  // Embedding is the slow part of building a catalogue: done once per size, and only when a database needs it.
  let vectors: Awaited<ReturnType<typeof catalogueVectors>> | undefined;
  const embedCatalogue = async () => {
    if (vectors) return vectors;
    log(`${size} postings generated; embedding up to ${realEmbeddings} with ${embedder.model}`);
    vectors = await catalogueVectors({
      postings,
      embedder,
      realCount: realEmbeddings,
      random,
      onProgress: (done, total) => done % 1024 === 0 && log(`  embedded ${done}/${total}`),
    });
    vectorMethods[size] = { ...vectors, vectors: undefined };
    log(`  ${vectors.method}; ${vectors.textsPerSecond.toFixed(1)} texts/s`);
    return vectors;
  };
  const queryVectors = await embedder.embed(benchQueries.map((query) => query.query), 'query');

  for (const kind of databases) {
    const database = await openBenchDatabase(kind, databaseUrl, keepCatalogue ? { name: `${size}-seed${flags.seed}` } : undefined);
    const { handle } = database;
    try {
      const user = await createBenchUser(handle);
      const imported = postings.slice(0, importSample).map(({ posting }) => posting);
      let importing = { postingsPerSecond: Number.NaN };
      let stored = { indexBuildSeconds: Number.NaN };
      if (keepCatalogue && (await isCompleteCatalogue(handle, postings.length))) {
        log(`${database.label}: searching the ${size} postings kept from an earlier run`);
        vectorMethods[size] ??= { method: 'kept from an earlier run (--keep-catalogue)' };
      } else {
        if (keepCatalogue) await handle.db.execute(sql`truncate jobs cascade`);
        const { vectors: catalogue } = await embedCatalogue();
        log(`${database.label}: importing ${imported.length} postings through the importer`);
        importing = await importPostings(handle, {
          userId: user.id,
          postings: imported,
          now,
          onProgress: (done) => done % 5_000 === 0 && log(`  imported ${done}`),
        });
        log(`  ${importing.postingsPerSecond.toFixed(0)} postings/s`);
        if (postings.length > imported.length) {
          log(`  inserting the other ${postings.length - imported.length} in bulk`);
          await bulkInsertPostings(handle, { postings: postings.slice(importSample).map(({ posting }) => posting), now });
        }
        log('  storing vectors and building the HNSW index');
        stored = await storeVectors(handle, {
          externalIds: postings.map(({ posting }) => posting.externalId),
          vectors: catalogue,
          model: embedder.model,
        });
        log(`  index built in ${stored.indexBuildSeconds.toFixed(1)} s`);
      }
      log(`  uploading ${cvFileName} and measuring`);
      await uploadCv({ database: handle.db, userId: user.id, embedder, file: { bytes: cv, declaredType: 'text/markdown', fileName: cvFileName }, now: () => now });
      // A running server's statistics are fresh within seconds of a change (autovacuum on a
      // server, db/embedded-auto-analyze.ts on PGlite); measure that state, not the first seconds.
      if (handle.driver.kind === 'pglite') await analyzeChangedTables(handle.driver.client);

      const common = { handle, userId: user.id, queries: benchQueries, now, rounds };
      const floor = await exactScanFloor({ handle, userId: user.id, vectors: queryVectors, rounds });
      const forMe = await searchLatencies({ ...common, embedder, queries: jobsForMe });
      const hybrid = await searchLatencies({ ...common, embedder });
      const keywordsOnly = await searchLatencies(common);
      const exactHybrid = await exactScanSearchLatencies({ ...common, embedder });
      const vectorSide = await vectorSideQuality({
        handle,
        userId: user.id,
        model: embedder.model,
        queryVectors,
        queries: benchQueries,
        now,
      });
      const embeddingMilliseconds: number[] = [];
      for (const query of benchQueries) {
        const started = performance.now();
        await embedder.embed([query.query], 'query');
        embeddingMilliseconds.push(performance.now() - started);
      }
      const counted = (await handle.db.execute(sql`select count(*)::int as count from jobs`)) as unknown as { rows: { count: number }[] };

      rows.push({
        database: database.label,
        databaseVersion: database.version,
        postings: counted.rows[0]?.count ?? 0,
        importedThroughImporter: imported.length,
        importPostingsPerSecond: importing.postingsPerSecond,
        indexBuildSeconds: stored.indexBuildSeconds,
        floorMilliseconds: floor,
        jobsForMeMilliseconds: forMe,
        searchMilliseconds: hybrid,
        keywordsOnlyMilliseconds: keywordsOnly,
        exactScanSearchMilliseconds: exactHybrid,
        queryEmbeddingMilliseconds: embeddingMilliseconds.sort((a, b) => a - b)[Math.floor(embeddingMilliseconds.length / 2)]!,
        ...vectorSide,
      });
      log(`  done: jobs for me p95 ${forMe.p95.toFixed(1)} ms, search p95 ${hybrid.p95.toFixed(1)} ms, floor p95 ${floor.p95.toFixed(1)} ms, recall@10 ${vectorSide.recallAt10.toFixed(3)}`);
    } finally {
      await database.close();
    }
  }
}

const machine = {
  loadAverage: { start: loadAverageAtStart.map((load) => Number(load.toFixed(1))), end: os.loadavg().map((load) => Number(load.toFixed(1))) },
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGigabytes: Math.round(os.totalmem() / 1024 ** 3),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
};
const report = formatResults({ rows, machine, vectorMethods, queries: benchQueries.length, rounds });
process.stdout.write(`${report}\n`);

const folder = new URL('./results/', import.meta.url);
mkdirSync(folder, { recursive: true });
const file = new URL(`search-${new Date().toISOString().replace(/[:.]/g, '-')}.json`, folder);
writeFileSync(file, JSON.stringify({ machine, embeddingModel: embedder.model, vectorMethods, queries: benchQueries, rounds, rows }, null, 2));
log(`results written to ${file.pathname}`);
