// Export buttons: a PNG of what is on screen, and the chart's series as CSV or JSON.
import { useRef, useState } from 'react';
import { useRuntime } from '../RuntimeContext';
import { renderPng } from './exportPng';
import { download, fileName, seriesToCsv, seriesToJson } from './seriesExport';

/** `scope` finds the topology and charts to draw: the page, or one pane of a comparison. */
export function ExportBar({ scope }: { scope?: () => ParentNode | null }) {
  const { store } = useRuntime();
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);

  const series = (kind: 'csv' | 'json') => {
    const { snapshot, title } = store.getState();
    if (!snapshot) return setProblem('Nothing has run yet.');
    setProblem(null);
    const text = kind === 'csv' ? seriesToCsv(snapshot) : seriesToJson(snapshot, title);
    download(new Blob([text], { type: kind === 'csv' ? 'text/csv' : 'application/json' }), fileName(title, snapshot.simMs, kind));
  };

  const png = async () => {
    if (busy.current) return;
    busy.current = true;
    const { snapshot, title } = store.getState();
    try {
      const simMs = snapshot?.simMs ?? 0;
      const blob = await renderPng(scope?.() ?? document, `${title} — ${(simMs / 1000).toFixed(1)} s`);
      download(blob, fileName(title, simMs, 'png'));
      setProblem(null);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      busy.current = false;
    }
  };

  return (
    <div className="export-bar" role="group" aria-label="Export">
      <span className="export-label">Export</span>
      <button type="button" className="btn btn-small" onClick={() => void png()} title="A picture of the topology and the charts">PNG</button>
      <button type="button" className="btn btn-small" onClick={() => series('csv')} title="The chart's one-second buckets as CSV">CSV</button>
      <button type="button" className="btn btn-small" onClick={() => series('json')} title="The chart's one-second buckets as JSON">JSON</button>
      {problem && <span className="error-note" role="alert">{problem}</span>}
    </div>
  );
}
