import { useState } from 'react';
import type { UsageSummary } from '../../../../tools/usage/usage-summary.ts';
import { ErrorNotice } from '../shared/error-notice.tsx';
import { formatDate, formatUsd } from '../shared/format.ts';
import { useApiData } from '../shared/use-api-data.ts';

type UsageReport = Omit<UsageSummary, 'byModel'> & {
  byModel: (UsageSummary['byModel'][number] & { priced: boolean })[];
  prices: { source: string; takenOn: string };
};

const tokens = new Intl.NumberFormat();

/** Model calls, tokens and cost per day and per model: counts only, never what was said. */
export function UsageReport() {
  const [days, setDays] = useState(30);
  const usage = useApiData<UsageReport>(`/api/usage?days=${days}`);
  const report = usage.data;

  return (
    <section className="panel" aria-labelledby="usage-heading">
      <div className="page-heading">
        <h2 id="usage-heading">Usage and cost</h2>
        <label className="group-filter">
          Period
          <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
            <option value={1}>Today</option>
            <option value={7}>Last 7 days</option>
            <option value={30}>Last 30 days</option>
            <option value={90}>Last 90 days</option>
          </select>
        </label>
      </div>
      <ErrorNotice error={usage.error} />
      {report && (
        <>
          <p>
            <strong>{formatUsd(report.totals.costUsd)}</strong> for {tokens.format(report.totals.calls)} model calls:{' '}
            {tokens.format(report.totals.inputTokens)} tokens in, {tokens.format(report.totals.outputTokens)} out.
          </p>
          {report.byDay.length === 0 ? (
            <p className="muted">No model calls in this period.</p>
          ) : (
            <div className="table-scroll">
              <table>
                <caption className="visually-hidden">Usage by day</caption>
                <thead>
                  <tr>
                    <th scope="col">Day (UTC)</th>
                    <th scope="col" className="number">
                      Calls
                    </th>
                    <th scope="col" className="number">
                      Tokens in
                    </th>
                    <th scope="col" className="number">
                      Tokens out
                    </th>
                    <th scope="col" className="number">
                      Cost
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.byDay.map((day) => (
                    <tr key={day.date}>
                      <th scope="row">{formatDate(`${day.date}T12:00:00Z`)}</th>
                      <td className="number">{tokens.format(day.calls)}</td>
                      <td className="number">{tokens.format(day.inputTokens)}</td>
                      <td className="number">{tokens.format(day.outputTokens)}</td>
                      <td className="number">{formatUsd(day.costUsd)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {report.byModel.length > 0 && (
            <ul className="tags" aria-label="By model">
              {report.byModel.map((model) => (
                <li key={`${model.provider}/${model.model}`} className="tag">
                  {model.model}: {model.priced ? formatUsd(model.costUsd) : 'price unknown (counted as $0)'}
                </li>
              ))}
            </ul>
          )}
          <p className="fine-print">
            Costs from the price table in Atlas ({report.prices.source}, taken on {report.prices.takenOn}); your provider's bill is the final word.
          </p>
        </>
      )}
    </section>
  );
}
