// The live numbers drawn inside a node. Each kind selects only the primitives it shows
// (shallow-compared), so a node re-renders when a number it displays changes.
import { tickLabel } from '../chart/axisFormat';
import { useShallow } from 'zustand/react/shallow';
import type { AppState } from '../../store/store';
import { useApp } from '../RuntimeContext';
import type { Placed } from './layout';
import { QueueGauge, SlotGauge } from './gauges';
import { QueueStack, WorkersBody } from './QueueStack';

const fmt = (n: number) => n.toLocaleString('en-US');
const liveOf = (s: AppState, id: string) => s.snapshot?.nodes.find((n) => n.id === id);

export function NodeBody({ node }: { node: Placed }) {
  switch (node.kind) {
    case 'server':
    case 'database': return <ServerBody node={node} />;
    case 'balancer': return <BalancerBody node={node} />;
    case 'client': return <ClientBody node={node} />;
    case 'virtual-ip': return <VirtualIpBody node={node} />;
    case 'queue': return <QueueStack node={node} />;
    case 'workers': return <WorkersBody node={node} />;
    default: return <text x={0} y={4} textAnchor="middle" className="node-id">{node.id}</text>;
  }
}

/**
 * The kind or label at the top right, cut to the room the id leaves (about 9 px a character for
 * the bold id, 7 px for the small caps label); the full label stays in the tooltip.
 */
/** The label if it fits beside the id (bold ~11.5 px a letter; the small caps ~7.5), else the
 * kind, else nothing; the full label is in the tooltip. */
function fitLabel(label: string | undefined, kind: string, id: string, width: number): string {
  const room = Math.floor((width - 48 - id.length * 11.5 - 8) / 7.5);
  for (const text of [label, kind]) if (text && text.length <= room) return text;
  return '';
}

function ServerBody({ node }: { node: Placed }) {
  const { busy, concurrency, queueLength } = useApp(useShallow((s) => {
    const live = liveOf(s, node.id);
    return { busy: live?.busy ?? 0, concurrency: live?.concurrency ?? node.concurrency, queueLength: live?.queueLength ?? 0 };
  }));
  const top = -node.h / 2;
  return (
    <g>
      <text x={-node.w / 2 + 36} y={top + 27} className="node-id">{node.id}</text>
      <text x={node.w / 2 - 12} y={top + 26} textAnchor="end" className="node-kind">
        <title>{node.label ?? node.kind}</title>
        {fitLabel(node.label, node.kind, node.id, node.w)}
      </text>
      <SlotGauge busy={busy} concurrency={concurrency} y={top + 52} />
      <QueueGauge length={queueLength} limit={node.queueLimit} y={top + 76} />
    </g>
  );
}

function BalancerBody({ node }: { node: Placed }) {
  const [inRotation, total] = useApp(useShallow((s) => {
    const health = Object.values(liveOf(s, node.id)?.health ?? {});
    return [health.filter((t) => t.healthy).length, health.length];
  }));
  return (
    <g>
      <text x={-node.w / 2 + 36} y={-3} className="node-id">{node.id}</text>
      <text x={-node.w / 2 + 36} y={13} className="node-kind">{node.label ?? 'balancer'}</text>
      {total > 0 && <text x={0} y={30} textAnchor="middle" className="node-stat">{inRotation}/{total} in rotation</text>}
    </g>
  );
}

function ClientBody({ node }: { node: Placed }) {
  const requests = useApp((s) => s.snapshot?.clients.find((c) => c.id === node.id)?.requests);
  return (
    <g>
      <text x={-node.w / 2 + 36} y={-3} className="node-id">{node.id}</text>
      <text x={-node.w / 2 + 36} y={13} className="node-stat">
        {requests !== undefined ? `${requests >= 100_000 ? tickLabel(requests) : fmt(requests)} sent` : node.label ?? 'client'}
      </text>
    </g>
  );
}

function VirtualIpBody({ node }: { node: Placed }) {
  const master = useApp((s) => liveOf(s, node.id)?.master);
  return (
    <g>
      <text x={-node.w / 2 + 36} y={-3} className="node-id">{node.id}</text>
      <text x={-node.w / 2 + 36} y={13} className="node-stat">{master ? `held by ${master}` : 'no master'}</text>
    </g>
  );
}
