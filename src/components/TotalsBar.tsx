// The simulated clock, logical requests so far, and availability. `data-ok` / `data-failed` are a stable hook for
// tests outside the repo.
import { useApp } from './RuntimeContext';

// Millions no longer fit a cell at full length: 33,842,211 reads as 33.84 M.
const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n.toLocaleString('en-US'));
/** Downtime per year at this availability, in the unit people quote it in (SEMANTICS: (1 − ratio) × 8766 h). */
export const downtime = (hours: number) =>
  hours >= 48 ? `${Math.round(hours / 24)} d` : hours >= 1 ? `${hours.toFixed(1)} h` : hours * 60 >= 1 ? `${(hours * 60).toFixed(1)} min` : `${Math.round(hours * 3600)} s`;

export function TotalsBar() {
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const totals = useApp((s) => s.snapshot?.totals);
  const availability = useApp((s) => s.snapshot?.availability);
  const ok = totals?.ok ?? 0;
  const failed = totals?.failed ?? 0;
  const decided = ok + failed;
  const ratio = availability?.ratio ?? 1;
  const tone = decided === 0 ? 'neutral' : ratio >= 0.999 ? 'good' : ratio >= 0.99 ? 'fair' : 'bad';
  return (
    <div className="totals" data-testid="totals" data-ok={ok} data-failed={failed} data-sim-ms={simMs} aria-label="Totals">
      <Stat label="sim time" value={`${(simMs / 1000).toFixed(1)} s`} />
      <Stat label="requests" value={fmt(totals?.requests ?? 0)} />
      <Stat label="ok" value={fmt(ok)} />
      <Stat label="failed" value={fmt(failed)} tone={failed > 0 ? 'bad' : undefined} />
      <Stat label="in flight" value={fmt(totals?.inFlight ?? 0)} />
      <div className={`stat availability tone-${tone}`}>
        <span className="stat-label">availability</span>
        <span className="stat-value">{decided === 0 ? '—' : `${(ratio * 100).toFixed(2)} %`}</span>
        {decided > 0 && availability?.nines != null && (
          <span className="stat-note">{availability.nines.toFixed(1)} nines</span>
        )}
        {decided > 0 && availability && (
          <span className="stat-note" data-testid="downtime">≈ {downtime(availability.downtimePerYearHours)} down / year</span>
        )}
      </div>
    </div>
  );
}

function Stat({ label, value, tone }: { label: string; value: string; tone?: 'bad' }) {
  return (
    <div className={`stat${tone ? ` tone-${tone}` : ''}`}>
      <span className="stat-label">{label}</span>
      <span className="stat-value">{value}</span>
    </div>
  );
}
