// The live chart's numbers as files: CSV for spreadsheets, JSON for scripts. Both hold the
// one-second buckets of the last 60 s (`snapshot.chart.points`) and the extra series keyed like
// `node:s1:arrivals`, which cover the same buckets.
import type { LiveSnapshot } from '../../engine/api';

type ChartData = Pick<LiveSnapshot, 'simMs' | 'chart' | 'series'>;

/** RFC 4180: quote a cell holding a comma, quote or line break; double inner quotes. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value))) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per bucket: start time, ok, failed, p99, then each extra series in key order. A
 * series shorter than the points is aligned to the end (the newest buckets are the ones kept).
 */
export function seriesToCsv(data: ChartData): string {
  const points = data.chart.points;
  const keys = Object.keys(data.series ?? {}).sort();
  const header = ['start_ms', 'ok', 'failed', 'p99_ms', ...keys];
  const rows = points.map((p, i) => [
    p.startMs, p.ok, p.failed, p.p99,
    ...keys.map((k) => {
      const s = data.series[k];
      return s[i - (points.length - s.length)];
    }),
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function seriesToJson(data: ChartData, title: string): string {
  return JSON.stringify({
    format: 'resilience-playground/series@1', title, simMs: data.simMs,
    bucketMs: data.chart.bucketMs, points: data.chart.points, series: data.series ?? {},
  }, null, 2);
}

/** A file name from a title and the simulated time: `three-servers-at-42s.csv`. */
export function fileName(title: string, simMs: number, ext: string): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'run';
  return `${slug}-at-${Math.floor(simMs / 1000)}s.${ext}`;
}

/** Hands a blob to the browser as a download. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
