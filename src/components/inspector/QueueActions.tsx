// Actions on queues and worker pools. Button names are a stable contract for tests:
// "Redrive jobs", "Add workers mailers", "Remove workers mailers", "Kill mailers", "Revive mailers".
import type { NodeLive } from '../../engine/api';
import { useRuntime } from '../RuntimeContext';

// Four at a time: a backlog of hundreds drains visibly within a few presses.
export const SCALE_STEP = 4;

export function QueueActions({ id, kind, live }: { id: string; kind: string; live: NodeLive | undefined }) {
  const { session } = useRuntime();
  if (kind === 'queue') {
    return (
      <div className="actions" role="group" aria-label={`Actions on ${id}`}>
        <div className="action">
          <button type="button" className="btn btn-fix" aria-label={`Redrive ${id}`} onClick={() => void session.command(id, { action: 'redrive' })}>
            Redrive {id}
          </button>
          <span className="action-help">move every dead-lettered job back to the queue ({live?.queue?.deadLetter ?? 0} now)</span>
        </div>
      </div>
    );
  }
  const n = live?.concurrency ?? 1;
  const scale = (to: number) => void session.command(id, { action: 'scale', concurrency: Math.max(1, to) });
  return (
    <div className="actions" role="group" aria-label={`Actions on ${id}`}>
      <div className="action scale-row">
        <button type="button" className="btn" aria-label={`Remove workers ${id}`} disabled={n <= 1} onClick={() => scale(n - SCALE_STEP)}>− {SCALE_STEP}</button>
        <span className="mono" data-testid="worker-count">{n} workers</span>
        <button type="button" className="btn" aria-label={`Add workers ${id}`} onClick={() => scale(n + SCALE_STEP)}>+ {SCALE_STEP}</button>
      </div>
      <div className="action">
        <button type="button" className="btn btn-danger" onClick={() => void session.command(id, { action: 'kill' })}>Kill {id}</button>
        <span className="action-help">crash: jobs in hand are not acknowledged; they come back after their visibility timeout</span>
      </div>
      <div className="action">
        <button type="button" className="btn btn-fix" onClick={() => void session.command(id, { action: 'revive' })}>Revive {id}</button>
        <span className="action-help">restart the pool</span>
      </div>
    </div>
  );
}
