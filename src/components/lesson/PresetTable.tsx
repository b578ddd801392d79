// The breaker-presets lesson's table: when each preset opened, how many calls it rejected, and
// when it closed after the database came back at 90 s.
import { useEffect, useState } from 'react';
import type { PresetRow } from './presetRuns';

const s = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);

export function PresetTable() {
  const [rows, setRows] = useState<PresetRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL('./presetRuns.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ rows?: PresetRow[]; error?: string }>) => {
      if (e.data.rows) setRows(e.data.rows); else setError(e.data.error ?? 'unknown error');
      worker.terminate();
    };
    worker.onerror = (e) => { setError(e.message); worker.terminate(); };
    return () => worker.terminate();
  }, []);
  if (error) return <p className="error-note" role="alert">Could not run the presets: {error}</p>;
  if (!rows) return <p className="hint" aria-busy="true">Running the outage under five presets…</p>;
  return (
    <table className="targets preset-table" data-testid="preset-table">
      <caption>Breaker api1→db, database hung 30–90 s</caption>
      <thead><tr><th scope="col">preset</th><th scope="col">opens at</th><th scope="col">rejected</th><th scope="col">closed after 90 s</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.preset}>
            <th scope="row">{r.preset}</th>
            <td>{s(r.openedAtMs)}</td>
            <td>{r.rejected.toLocaleString('en-US')}</td>
            <td title={`closed at ${s(r.closedAtMs)}`}>{r.closedAtMs === null ? 'not by 120 s' : `+${((r.closedAtMs - 90_000) / 1000).toFixed(1)} s`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
