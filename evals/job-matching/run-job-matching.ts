/**
 * Measures job matching alone, on an embedded database:
 * `node --import tsx evals/job-matching/run-job-matching.ts [--per-item] [--by-file] [--explain <id>]`.
 * --per-item lists the development half's CVs and requests one by one; --explain shows how one
 * development CV or request was ranked, with the grades; --by-file gives each data file's mean scores
 * per half (means only, so a new pair can be measured on its test half without reading its items).
 * Vectors are kept in .atlas/ between runs.
 * `npm run evals` runs the same measurement with the scenarios and checks its thresholds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Embedder } from '../../tools/embeddings/embedder.ts';
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { evalEmbeddingWorkers } from '../harness/eval-embedding-workers.ts';
import { runTool } from '../../tools/run-tool.ts';
import { scoreMatch } from '../../tools/score-match.ts';
import { searchJobs } from '../../tools/search-jobs.ts';
import { openEvalDatabase } from '../harness/eval-database.ts';
import { loadBenchmarkSet } from './benchmark-set.ts';
import { bestPrecisionAt } from './ranking-metrics.ts';
import { formatJobMatching } from './format-job-matching.ts';
import { loadSplits, measureJobMatching, type JobMatchingDetails } from './measure-job-matching.ts';

const { values } = parseArgs({ options: { 'per-item': { type: 'boolean', default: false }, 'by-file': { type: 'boolean', default: false }, explain: { type: 'string', multiple: true, default: [] } } });
const now = new Date('2026-12-01T09:00:00.000Z');

/** The offline embedder with its vectors kept on disk, so a second run skips the model. */
function diskCachedEmbedder(embedder: Embedder): Embedder & { save(): void } {
  const file = '.atlas/job-matching-vectors.json';
  let vectors: Record<string, number[]> = {};
  try {
    vectors = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number[]>;
  } catch {
    vectors = {};
  }
  return {
    model: embedder.model,
    maxWords: embedder.maxWords,
    async embed(texts, purpose) {
      const key = (text: string) => `${embedder.model}\u0000${purpose}\u0000${text}`;
      const missing = [...new Set(texts.filter((text) => !vectors[key(text)]))];
      if (missing.length > 0) {
        const made = await embedder.embed(missing, purpose);
        missing.forEach((text, index) => (vectors[key(text)] = made[index]!));
      }
      return texts.map((text) => vectors[key(text)]!);
    },
    save() {
      mkdirSync('.atlas', { recursive: true });
      writeFileSync(file, JSON.stringify(vectors));
    },
  };
}

const database = await openEvalDatabase(process.env.DATABASE_URL);
const embedder = diskCachedEmbedder(createOfflineEmbedder({ workers: evalEmbeddingWorkers() }));
const details: JobMatchingDetails = { rankings: new Map(), grades: new Map(), userIds: new Map(), catalogueIds: new Map() };
try {
  await database.reset();
  const report = await measureJobMatching({ database: database.handle.db, embedder, now, onProgress: (line) => console.error(line), details });
  embedder.save();
  console.log(formatJobMatching(report));
  const splits = loadSplits();
  if (values['per-item']) {
    for (const result of report.rankers) {
      const development = Object.entries(result.perItem).filter(([id]) => splits.get(id) === 'development');
      console.log(`\n${result.ranker} (${result.task})`);
      for (const [id, score] of development) console.log(`  ${id.padEnd(48)} ${score.ndcgAt10.toFixed(3)} ${score.precisionAt5.toFixed(2)} (best ${bestPrecisionAt(5, details.grades.get(id)!).toFixed(2)})`);
    }
  }
  const set = loadBenchmarkSet();
  if (values['by-file']) {
    const fileOf = new Map([...set.cvs, ...set.requests].map((item) => [item.id, item.group]));
    console.log('\nmeans per data file, NDCG@10 / P@5 (items)');
    for (const result of report.rankers) {
      console.log(`\n${result.ranker} (${result.task})`);
      for (const group of [...new Set(fileOf.values())].sort()) {
        const cells = (['development', 'test'] as const).map((half) => {
          const scores = Object.entries(result.perItem).filter(([id]) => fileOf.get(id) === group && splits.get(id) === half).map(([, score]) => score);
          if (scores.length === 0) return '—'.padEnd(22);
          const mean = (pick: (score: (typeof scores)[number]) => number) => (scores.reduce((sum, score) => sum + pick(score), 0) / scores.length).toFixed(3);
          return `${mean((score) => score.ndcgAt10)} / ${mean((score) => score.precisionAt5)} (${scores.length})`.padEnd(22);
        });
        console.log(`  ${group.padEnd(22)} ${cells.join(' ')}`);
      }
    }
  }
  const titles = new Map(set.postings.map((posting) => [posting.id, posting]));
  for (const id of values.explain) {
    if (splits.get(id) !== 'development') {
      console.log(`\n${id}: only development items are explained`);
      continue;
    }
    const grades = details.grades.get(id)!;
    const isCv = set.cvs.some((cv) => cv.id === id);
    const ranking = details.rankings.get(isCv ? 'jobs for me/cv' : 'searchJobs/request')!.get(id)!;
    const shown = new Set(ranking.slice(0, 10).map((entry) => entry.id));
    const missed = [...grades].filter(([postingId, grade]) => grade >= 2 && !shown.has(postingId)).map(([postingId]) => postingId);
    const explainIds = [...ranking.slice(0, 10).map((entry) => entry.id), ...missed];
    const summaries = new Map<string, string>();
    if (!isCv) {
      const request = set.requests.find((entry) => entry.id === id)!;
      const { jobs } = await runTool(searchJobs, { query: request.text, limit: 50 }, { database: database.handle.db, userId: details.userIds.get(id)!, actor: 'agent', embedder, now: () => now });
      const back = new Map([...details.catalogueIds].map(([setId, catalogueId]) => [catalogueId, setId]));
      for (const job of jobs) summaries.set(back.get(job.id)!, `fit ${job.fit}`);
      console.log(`\n${id}: ${request.text}`);
    }
    if (isCv) {
      const { matches } = await runTool(scoreMatch, { jobIds: explainIds.map((postingId) => details.catalogueIds.get(postingId)!) }, { database: database.handle.db, userId: details.userIds.get(id)!, actor: 'agent', embedder, now: () => now });
      const back = new Map([...details.catalogueIds].map(([setId, catalogueId]) => [catalogueId, setId]));
      for (const match of matches) summaries.set(back.get(match.jobId)!, `${match.score} ${match.summary}`);
    }
    console.log(`\n${id}`);
    const line = (postingId: string, rank: string) => {
      const posting = titles.get(postingId)!;
      console.log(`  ${rank.padStart(3)} g${grades.get(postingId)} ${posting.id} ${posting.title} | ${posting.locations.join('; ')} | ${posting.truth.occupation}/${posting.truth.level}\n        ${summaries.get(postingId) ?? ''}`);
    };
    ranking.slice(0, 10).forEach((entry, index) => line(entry.id, String(index + 1)));
    for (const postingId of missed) line(postingId, String(ranking.findIndex((entry) => entry.id === postingId) + 1));
  }
} finally {
  await database.close();
}
