// Follow one request: the few requests the engine traces (metrics/requestTraces.ts), listed for
// the selected client; choosing one opens its whole tree of attempts — every retry at every
// layer, what each was made for and how it ended. This is where one click visibly becomes 27.
import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { RequestTrace } from '../../engine';
import { useApp } from '../RuntimeContext';
import { attemptRows, attemptsBySite, describeEnd, fmtMs, shortEnd } from './attemptTree';

// Finished trees are complete, so they come first and get more room than those still growing.
const MAX_FINISHED = 6;
const MAX_OPEN = 3;

function Row({ t, nowMs, chosen, onChoose }: { t: RequestTrace; nowMs: number; chosen: boolean; onChoose: () => void }) {
  const retries = t.attempts.filter((a) => a.number > 1).length;
  return (
    <li>
      <button type="button" className={`trace-row${chosen ? ' chosen' : ''}`} aria-pressed={chosen} onClick={onChoose}
        data-testid={`trace-${t.id}`}>
        <span className="trace-id">#{t.id}</span> {t.route}
        <span className="muted"> · {t.attempts.length} attempt{t.attempts.length === 1 ? '' : 's'}</span>
        {retries > 0 && <span className="retry-chip">{retries} retr{retries === 1 ? 'y' : 'ies'}</span>}
        <span className={t.outcome === 'ok' ? 'trace-ok' : t.outcome ? 'trace-failed' : 'muted'}> · {describeEnd(t.startMs, t.endMs, t.outcome, nowMs)}</span>
      </button>
    </li>
  );
}

function Tree({ t, nowMs }: { t: RequestTrace; nowMs: number }) {
  const rows = attemptRows(t);
  const sites = attemptsBySite(t);
  return (
    <div className="trace-tree" data-testid="trace-tree">
      <p className="trace-sum">
        Request #{t.id} ({t.route}) made <strong data-testid="trace-attempts">{t.attempts.length}</strong> attempts:{' '}
        {sites.map((s, i) => <span key={s.site}>{i ? ', ' : ''}<code>{s.site}</code> {s.attempts}</span>)}.
      </p>
      <p className="hint">Each line is one attempt sent to the node named, under the attempt that made it; hover for details.</p>
      <ol className="trace-rows" aria-label={`Attempts of request ${t.id}`}>
        {rows.map(({ attempt: a, depth, children }) => (
          <li key={a.id} style={{ paddingLeft: depth * 12 }} data-site={a.site} data-outcome={a.outcome ?? 'open'}
            title={`${a.site}, attempt ${a.number}, sent ${fmtMs(a.startMs - t.startMs)} after the request began: ${describeEnd(a.startMs, a.endMs, a.outcome, nowMs)}${children ? `; it made ${children} calls below` : ''}`}>
            {depth > 0 && <span aria-hidden="true" className="muted">└ </span>}
            <code>{a.site.split('->')[1]}</code> <span className={a.number > 1 ? 'retry-chip' : 'first-chip'}>#{a.number}</span>
            <span className={a.outcome === 'ok' ? 'trace-ok' : a.outcome ? 'trace-failed' : 'muted'}> {shortEnd(a.startMs, a.endMs, a.outcome, nowMs)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function RequestTrees({ client }: { client: string }) {
  const { traces, nowMs } = useApp(useShallow((s) => ({ traces: s.snapshot?.traces, nowMs: s.snapshot?.simMs ?? 0 })));
  const [chosenId, setChosenId] = useState<number | null>(null);
  // The chosen tree is read from the live list while it is still traced (it grows as retries go
  // out); once the engine forgets it, the last copy seen stays on screen rather than vanishing.
  // The inspector remounts this panel for another node, so nothing carries over between clients.
  const lastSeen = useRef<RequestTrace | null>(null);
  const mine = (traces ?? []).filter((t) => t.client === client);
  const chosen = chosenId === null ? null : mine.find((t) => t.id === chosenId) ?? (lastSeen.current?.id === chosenId ? lastSeen.current : null);
  lastSeen.current = chosen;
  if (mine.length === 0 && !chosen) return null;
  return (
    <section className="request-trees" aria-label="Follow one request">
      <h3>Follow one request</h3>
      <p className="hint">A few requests are traced at a time; those that needed retries stay listed. Choose one (pause first to choose calmly) to see every attempt it caused.</p>
      {(['finished', 'open'] as const).map((group) => {
        const list = group === 'finished'
          ? mine.filter((t) => t.outcome !== null).slice(0, MAX_FINISHED)
          : mine.filter((t) => t.outcome === null).slice(0, MAX_OPEN);
        if (list.length === 0) return null;
        return (
          <ul key={group} className="trace-list" aria-label={group === 'finished' ? 'Finished requests' : 'Requests still out'}>
            {list.map((t) => (
              <Row key={t.id} t={t} nowMs={nowMs} chosen={chosenId === t.id} onChoose={() => setChosenId(chosenId === t.id ? null : t.id)} />
            ))}
          </ul>
        );
      })}
      {chosen && <Tree t={chosen} nowMs={nowMs} />}
    </section>
  );
}
