// One node of the topology: an SVG button that opens the inspector, and animates when its
// state changes. Its live numbers are drawn by NodeBody.
import { memo, type KeyboardEvent } from 'react';
import { motion } from 'motion/react';
import type { NodeState } from '../../engine/api';
import { useApp, useRuntime } from '../RuntimeContext';
import { STATE_STYLE } from '../theme';
import type { Placed } from './layout';
import { KindGlyph, NodeShape } from './shapes';
import { NodeBody } from './NodeBody';
import { DownCross, StateBadge } from './StateMarks';

export const NodeView = memo(function NodeView({ node }: { node: Placed }) {
  const { store } = useRuntime();
  // Primitives only: the outline, badge and motion re-render when the state changes, not on
  // every snapshot. The numbers inside live in NodeBody, which has no animations.
  const state = useApp((s): NodeState => s.snapshot?.nodes.find((n) => n.id === node.id)?.state ?? 'up');
  const selected = useApp((s) => s.selectedNode === node.id);
  // Digits 1–9 select nodes in this order (presenter/shortcuts.ts); the digit is shown beside it.
  const shortcut = useApp((s) => s.topology.findIndex((n) => n.id === node.id)) + 1;
  const style = STATE_STYLE[state];
  const { w, h } = node;

  const open = () => store.getState().select(node.id);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); }
  };

  return (
    <g transform={`translate(${node.x},${node.y})`}>
      <motion.g
        role="button"
        tabIndex={0}
        aria-label={`${node.kind} ${node.id}`}
        aria-describedby="topology-help"
        data-state={state}
        data-selected={selected || undefined}
        className="node"
        onClick={open}
        onKeyDown={onKeyDown}
        // A crash shudders once; other states only change colour and badge.
        animate={state === 'down' ? { x: [0, -7, 7, -4, 4, 0] } : { x: 0 }}
        transition={{ duration: 0.45 }}
      >
        <rect className="focus-ring" x={-w / 2 - 7} y={-h / 2 - 7} width={w + 14} height={h + 14} rx={14} />
        <NodeShape kind={node.kind} w={w} h={h} fill={style.fill} stroke={style.stroke} dashed={state === 'hung'} />
        <motion.g initial={false} animate={{ opacity: state === 'down' ? 0.35 : 1 }}>
          <KindGlyph kind={node.kind} x={-w / 2 + 22} y={node.kind === 'server' || node.kind === 'database' || node.kind === 'queue' || node.kind === 'workers' ? -h / 2 + 22 : -8} />
          <NodeBody node={node} />
        </motion.g>
        {shortcut >= 1 && shortcut <= 9 && (
          <text x={-w / 2 - 4} y={-h / 2 - 4} textAnchor="end" className="node-key" aria-hidden="true">{shortcut}</text>
        )}
        <DownCross show={state === 'down'} w={w} h={h} />
        <StateBadge state={state} w={w} h={h} />
      </motion.g>
    </g>
  );
});
