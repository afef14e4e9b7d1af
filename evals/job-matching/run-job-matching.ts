/**
 * Measures job matching alone, on an embedded database: `node --import tsx evals/job-matching/run-job-matching.ts [--per-item]`
 * (--per-item lists the development half's CVs and requests one by one).
 * `npm run evals` runs the same measurement with the scenarios and checks its thresholds.
 */
import { createOfflineEmbedder } from '../../tools/embeddings/offline-embedder.ts';
import { openEvalDatabase } from '../harness/eval-database.ts';
import { formatJobMatching } from './format-job-matching.ts';
import { loadSplits, measureJobMatching } from './measure-job-matching.ts';

const database = await openEvalDatabase(process.env.DATABASE_URL);
try {
  await database.reset();
  const report = await measureJobMatching({
    database: database.handle.db,
    embedder: createOfflineEmbedder(),
    now: new Date('2026-12-01T09:00:00.000Z'),
    onProgress: (line) => console.error(line),
  });
  console.log(formatJobMatching(report));
  // Per item for the development half only: tuning looks at nothing else.
  if (process.argv.includes('--per-item')) {
    const splits = loadSplits();
    for (const result of report.rankers) {
      const development = Object.entries(result.perItem).filter(([id]) => splits.get(id) === 'development');
      console.log(`\n${result.ranker} (${result.task})`);
      for (const [id, score] of development) console.log(`  ${id.padEnd(48)} ${score.ndcgAt10.toFixed(3)} ${score.precisionAt5.toFixed(2)}`);
    }
  }
} finally {
  await database.close();
}
