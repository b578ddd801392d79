// In the widget, clicking a node offers the two actions a post's steps ask for — kill it and
// revive it — without the full inspector, which does not fit in a blog column.
import { useApp, useRuntime } from '../components/RuntimeContext';

const BREAKABLE = new Set(['server', 'database', 'balancer']);

export function EmbedNodeActions() {
  const { session, store } = useRuntime();
  const node = useApp((s) => s.topology.find((n) => n.id === s.selectedNode));
  const state = useApp((s) => s.snapshot?.nodes.find((n) => n.id === s.selectedNode)?.state);
  if (!node || !BREAKABLE.has(node.kind)) return null;
  return (
    <div className="embed-node-actions" role="group" aria-label={`Actions on ${node.id}`}>
      <span><strong>{node.id}</strong> {state ? `· ${state}` : ''}</span>
      <button type="button" onClick={() => void session.command(node.id, { action: 'kill' })}>Kill {node.id}</button>
      <button type="button" onClick={() => void session.command(node.id, { action: 'revive' })}>Revive {node.id}</button>
      <button type="button" aria-label="Close" onClick={() => store.getState().select(null)}>×</button>
    </div>
  );
}
