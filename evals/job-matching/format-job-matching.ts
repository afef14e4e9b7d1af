import { halves, type JobMatchingReport } from './measure-job-matching.ts';

/** The report as a table: every ranker's NDCG@10 and P@5 on each half, the best possible P@5 beside them. */
export function formatJobMatching(report: JobMatchingReport): string {
  const lines = [
    `Job matching: ${report.cvs} CVs and ${report.requests} requests × ${report.postings} postings, embeddings ${report.embeddingModel}`,
    `${'ranker'.padEnd(14)}${'for'.padEnd(9)}${halves.map((half) => `${half} NDCG@10 / P@5 (best)`.padEnd(36)).join('')}`,
  ];
  for (const result of report.rankers) {
    const cells = halves.map((half) => {
      const score = result.halves[half];
      return `${score.ndcgAt10.toFixed(3)} / ${score.precisionAt5.toFixed(3)} (${score.bestPrecisionAt5.toFixed(2)}, ${score.items})`.padEnd(36);
    });
    lines.push(`${result.ranker.padEnd(14)}${(result.task === 'cv' ? 'CV' : 'request').padEnd(9)}${cells.join('')}`);
  }
  for (const result of report.rankers) {
    if (!result.calibration) continue;
    lines.push(`${result.ranker} scores by grade (grade 0 below 40, grade 3 above 75; medians for grades 0–3):`);
    for (const half of halves) {
      const calibration = result.calibration[half];
      lines.push(
        `  ${half.padEnd(12)} ${(calibration.gradeZeroBelow40 * 100).toFixed(0)}% of grade 0 below 40, ${(calibration.gradeThreeAbove75 * 100).toFixed(0)}% of grade 3 above 75; medians ${calibration.medianByGrade.join(' / ')}`,
      );
    }
  }
  return lines.join('\n');
}
