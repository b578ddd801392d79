// The side panel for the selected node: what it is, its live numbers, and what you can do to it.
import { useEffect } from 'react';
import { AnimatePresence, motion } from 'motion/react';
import { useApp, useRuntime } from '../RuntimeContext';
import { STATE_STYLE } from '../theme';
import { BalancerStats, ClientStats, ServerStats } from './NodeStats';
import { NodeActions } from './NodeActions';
import { CommandLog } from './CommandLog';
import { BalancerSettings } from './BalancerSettings';
import { BreakerSettings } from './BreakerSettings';
import { CallSites } from './CallSites';
import { QueueActions } from './QueueActions';
import { QueueStats } from './QueueStats';
import { RequestTrees } from '../requests/RequestTrees';

// Kinds whose faults the engine models today; clients are the traffic itself.
const ACTIONABLE = new Set(['server', 'database', 'balancer']);

export function Inspector() {
  const { store } = useRuntime();
  const id = useApp((s) => s.selectedNode);
  const node = useApp((s) => s.topology.find((n) => n.id === s.selectedNode));
  const live = useApp((s) => s.snapshot?.nodes.find((n) => n.id === s.selectedNode));
  const client = useApp((s) => s.snapshot?.clients.find((c) => c.id === s.selectedNode));
  const commandError = useApp((s) => s.commandError);
  const queue = useApp((s) => (s.selectedNode ? s.snapshot?.queues[s.selectedNode] : undefined));

  useEffect(() => {
    if (!id) return;
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') store.getState().select(null); };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id, store]);

  return (
    <aside className="panel inspector" aria-label="Inspector">
      <AnimatePresence mode="wait" initial={false}>
        {node ? (
          <motion.div key={node.id} data-node={node.id} initial={{ opacity: 0, x: 12 }} animate={{ opacity: 1, x: 0 }} exit={{ opacity: 0, x: 12 }}
            transition={{ duration: 0.18 }}>
            <div className="panel-head">
              <h2><span className="muted">{node.kind}</span> {node.id}</h2>
              {live && (
                <span className="state-pill" style={{ background: live.state === 'up' ? '#e2e8f0' : STATE_STYLE[live.state].badgeFill,
                  color: live.state === 'up' ? '#1e293b' : '#fff' }}>{live.state}</span>
              )}
              <button type="button" className="btn btn-ghost close" aria-label="Close inspector"
                onClick={() => store.getState().select(null)}>×</button>
            </div>
            {node.label && <p className="muted">{node.label}</p>}
            {node.kind === 'client' && client && <ClientStats client={client} />}
            {node.kind === 'balancer' && live && <BalancerStats node={node} live={live} />}
            {(node.kind === 'server' || node.kind === 'database') && live && <ServerStats node={node} live={live} />}
            {node.kind === 'queue' && queue && <QueueStats q={queue} />}
            {!live && !client && <p className="muted">Waiting for the first numbers…</p>}
            <CallSites owner={node.id} />
            {node.kind === 'client' && <RequestTrees client={node.id} />}
            {node.kind === 'queue' || node.kind === 'workers'
              ? <QueueActions id={node.id} kind={node.kind} live={live} />
              : ACTIONABLE.has(node.kind)
              ? <NodeActions id={node.id} kind={node.kind} />
              : <p className="hint">Clients are the traffic. Pick a balancer or a server to break something.</p>}
            {commandError && <p className="error-note" role="alert">{commandError}</p>}
            {node.kind === 'balancer' && <BalancerSettings id={node.id} />}
            <BreakerSettings id={node.id} />
          </motion.div>
        ) : (
          <motion.div key="empty" initial={{ opacity: 0 }} animate={{ opacity: 1 }} exit={{ opacity: 0 }}>
            <div className="panel-head"><h2>Inspector</h2></div>
            <p className="hint">Click a node (or focus it and press Enter) to see its live numbers and to kill, hang or slow it.</p>
          </motion.div>
        )}
      </AnimatePresence>
      <CommandLog />
    </aside>
  );
}
