// What has been done to the run, with the simulated time of each action: the same log that
// makes a run reproducible, shown so the learner can connect cause and effect.
import { useApp } from '../RuntimeContext';
import type { Command } from '../../engine/api';

function describe(c: Command): string {
  switch (c.action) {
    case 'slow': return `slow ${c.target} ×${c.factor}`;
    case 'errors': return `errors ${c.target} ${Math.round(c.rate * 100)} %`;
    case 'partition': return `partition ${c.from} → ${c.target}`;
    default: return `${c.action} ${c.target}`;
  }
}

export function CommandLog() {
  const log = useApp((s) => s.commandLog);
  if (log.length === 0) return null;
  return (
    <section className="command-log" aria-label="Actions so far">
      <h3>Actions so far</h3>
      <ol>
        {log.slice(-8).map((c, i) => (
          <li key={`${c.atMs}-${i}`}><span className="mono">{(c.atMs / 1000).toFixed(1)} s</span> {describe(c)}</li>
        ))}
      </ol>
    </section>
  );
}
