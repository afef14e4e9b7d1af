import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartDataset } from 'chart.js';
import { useEffect, useRef } from 'react';

// Only the parts these bar charts use, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const palette = ['#2f55d4', '#1f9d74', '#c9822b', '#8a4fc9', '#c23b4a'];

export interface ChartSeries {
  label: string;
  values: number[];
}

/**
 * One bar chart with its numbers as a table beside it (the chart is a picture; the table is what a
 * screen reader and a careful reader use) and a PNG of it to download.
 */
export function InsightChart(props: { id: string; title: string; labels: string[]; series: ChartSeries[]; horizontal?: boolean; percent?: boolean }) {
  const { id, title, labels, series, horizontal = false, percent = false } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar', number[], string>>(null);

  useEffect(() => {
    if (!canvas.current) return;
    const datasets: ChartDataset<'bar', number[]>[] = series.map((each, index) => ({ label: each.label, data: each.values, backgroundColor: palette[index % palette.length] }));
    chart.current = new Chart<'bar', number[], string>(canvas.current, {
      type: 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        // The PNG is drawn on white, not on a transparent canvas.
        animation: false,
        plugins: { legend: { display: series.length > 1 } },
        scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0 }, ...(percent ? { max: 100 } : {}) } },
      },
      plugins: [
        {
          id: 'white-background',
          beforeDraw: (drawn) => {
            const context = drawn.canvas.getContext('2d')!;
            context.save();
            context.globalCompositeOperation = 'destination-over';
            context.fillStyle = '#ffffff';
            context.fillRect(0, 0, drawn.width, drawn.height);
            context.restore();
          },
        },
      ],
    });
    return () => chart.current?.destroy();
  }, [labels, series, horizontal, percent]);

  function downloadPng() {
    const link = document.createElement('a');
    link.href = chart.current!.toBase64Image('image/png');
    link.download = `atlas-${id}.png`;
    link.click();
  }

  return (
    <section className="panel insight" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <div className="insight-canvas">
        <canvas ref={canvas} role="img" aria-label={`${title}: a bar chart; the same numbers are in the table below`} />
      </div>
      <details>
        <summary>Show as a table</summary>
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col" />
              {series.map((each) => (
                <th key={each.label} scope="col">
                  {each.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, row) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {series.map((each) => (
                  <td key={each.label}>{percent ? `${each.values[row]}%` : each.values[row]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <button type="button" className="secondary" onClick={downloadPng}>
        Download PNG
      </button>
    </section>
  );
}
