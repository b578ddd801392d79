// The chart's numbers as a table, for screen readers and for anyone who wants exact values:
// one row per complete simulated second of the chart's window, newest first.
import { useMemo, useState } from 'react';
import '../../styles/course.css';
import { useApp } from '../RuntimeContext';
import { chartSeries } from '../chart/chartSeries';
import { clock } from './narration';

export function ChartTable() {
  const [open, setOpen] = useState(false);
  return (
    <section className="panel chart-table" aria-label="Chart data">
      <button type="button" className="btn" aria-expanded={open} aria-controls="chart-table-body" onClick={() => setOpen(!open)}>
        {open ? 'Hide table' : 'Show as table'}
      </button>
      {open && <Rows />}
    </section>
  );
}

function Rows() {
  const chart = useApp((s) => s.snapshot?.chart);
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const rows = useMemo(() => chartSeries(chart, simMs).points.slice().reverse(), [chart, simMs]);
  return (
    <div id="chart-table-body" className="chart-table-scroll" tabIndex={0} aria-label="Chart data, newest second first">
      <table className="targets" data-testid="chart-table">
        <caption>Requests per simulated second and p99 latency, newest first</caption>
        <thead>
          <tr><th scope="col">second ending</th><th scope="col">ok / s</th><th scope="col">failed / s</th><th scope="col">p99 ms</th></tr>
        </thead>
        <tbody>
          {rows.length === 0 && <tr><td colSpan={4}>No complete second yet: press Play.</td></tr>}
          {rows.map((p) => (
            <tr key={p.t}>
              <th scope="row">{clock(p.t)}</th>
              <td>{Math.round(p.okPerSec)}</td>
              <td>{Math.round(p.failedPerSec)}</td>
              <td>{p.okPerSec > 0 ? Math.round(p.p99) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
