// A queue's live books: every job is waiting, in flight, done or dead, and the books balance.
import type { QueueLive } from '../../engine/api';

const fmt = (n: number) => n.toLocaleString('en-US');

export function QueueStats({ q }: { q: QueueLive }) {
  const rows: [string, string, string][] = [
    ['waiting', 'Waiting', fmt(q.waiting)], ['in-flight', 'In flight', fmt(q.inFlight)],
    ['oldest', 'Oldest job', `${(q.oldestAgeMs / 1000).toFixed(1)} s`], ['enqueued', 'Enqueued', fmt(q.enqueued)],
    ['completed', 'Completed', fmt(q.completed)], ['dead', 'Dead-lettered', fmt(q.deadLettered)],
    ['redeliveries', 'Redeliveries', fmt(q.redeliveries)], ['duplicates', 'Duplicate side effects', fmt(q.duplicateSideEffects)],
    ['suppressed', 'Duplicates suppressed', fmt(q.duplicatesSuppressed)], ['books', 'Books balance', q.booksBalance ? 'yes' : 'NO'],
  ];
  return (
    <dl className="stats">
      {rows.map(([name, label, value]) => (
        <div key={name} style={{ display: 'contents' }}><dt>{label}</dt><dd data-testid={`stat-${name}`}>{value}</dd></div>
      ))}
    </dl>
  );
}
