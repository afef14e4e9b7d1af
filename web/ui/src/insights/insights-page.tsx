import { useMemo } from 'react';
import type { Insights } from '../../../../tools/insights/search-insights.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { ProgressNote } from '../shared/progress-note.tsx';
import { useApiData } from '../shared/use-api-data.ts';
import { usePageTitle } from '../shared/use-page-title.ts';
import { InsightChart } from './insight-chart.tsx';

const stageNames = { saved: 'Saved', applied: 'Applied', interviewing: 'Interviewing', offer: 'Offer', accepted: 'Accepted' } as const;
const percentOf = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));
const sourceName = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/_/g, ' ');

/** Charts of the search: the funnel, applications by week, answers and interviews by source and group, time to first reply. */
export function InsightsPage() {
  usePageTitle('Insights');
  const answer = useApiData<{ insights: Insights }>('/api/insights');
  const insights = answer.data?.insights;
  const charts = useMemo(() => {
    if (!insights) return null;
    const rates = (rows: Insights['bySource'], name: (text: string) => string) => ({
      labels: rows.map((row) => `${name(row.name)} (${row.applied})`),
      series: [
        { label: 'Answered', values: rows.map((row) => percentOf(row.responded, row.applied)) },
        { label: 'Interviewed', values: rows.map((row) => percentOf(row.interviewed, row.applied)) },
      ],
    });
    return {
      funnel: { labels: insights.funnel.map((stage) => stageNames[stage.stage]), series: [{ label: 'Applications', values: insights.funnel.map((stage) => stage.reached) }] },
      weeks: { labels: insights.appliedByWeek.map((week) => week.weekOf), series: [{ label: 'Applied', values: insights.appliedByWeek.map((week) => week.applied) }] },
      sources: rates(insights.bySource, sourceName),
      groups: rates(insights.byGroup, (name) => name),
      reply: { labels: insights.firstReply.buckets.map((bucket) => bucket.label), series: [{ label: 'Applications', values: insights.firstReply.buckets.map((bucket) => bucket.applications) }] },
    };
  }, [insights]);

  return (
    <section>
      <h1>Insights</h1>
      <p className="muted">How your search is going, from your pipeline and the job mail Atlas read. Each chart has its numbers as a table and a PNG to download.</p>
      <ErrorNotice error={answer.error} />
      {answer.loading && !insights && <ProgressNote>Counting…</ProgressNote>}
      {insights && charts && (
        <>
          {insights.funnel[0]!.reached === 0 ? (
            <p className="empty-state">
              <strong>Nothing to count yet.</strong> Save jobs and move them along the pipeline, and the charts fill in.
            </p>
          ) : null}
          <dl className="insight-figures" aria-label="Key figures">
            <div>
              <dt>Median days to a first answer</dt>
              <dd>{insights.firstReply.medianDays ?? '–'}</dd>
            </div>
            <div>
              <dt>Applications answered</dt>
              <dd>{insights.firstReply.answered}</dd>
            </div>
            <div>
              <dt>Follow-ups due</dt>
              <dd>{insights.followUpsPending}</dd>
            </div>
          </dl>
          <div className="insight-grid">
            <InsightChart id="funnel" title="How far applications got" horizontal {...charts.funnel} />
            <InsightChart id="weeks" title="Applications sent, by week" {...charts.weeks} />
            <InsightChart id="sources" title="Answered and interviewed, by source (%)" percent {...charts.sources} />
            <InsightChart id="groups" title="Answered and interviewed, by group (%)" percent {...charts.groups} />
            <InsightChart id="first-reply" title="Time from applying to a first answer" {...charts.reply} />
          </div>
        </>
      )}
    </section>
  );
}
