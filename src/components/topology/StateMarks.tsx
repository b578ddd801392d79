// What makes a node's state unmistakable: a badge with a word, and for a dead node a red
// cross over it. Both animate in with `motion` so the change catches the eye.
import { AnimatePresence, motion } from 'motion/react';
import type { NodeState } from '../../engine/api';
import { STATE_STYLE } from '../theme';

export function StateBadge({ state, w, h }: { state: NodeState; w: number; h: number }) {
  const style = STATE_STYLE[state];
  const label = style.badge;
  const width = label ? label.length * 8.2 + 18 : 0;
  return (
    <AnimatePresence>
      {label && (
        <motion.g
          key={label}
          className="state-badge"
          initial={{ opacity: 0, scale: 0.4 }}
          animate={{ opacity: 1, scale: 1 }}
          exit={{ opacity: 0, scale: 0.4 }}
          transition={{ type: 'spring', stiffness: 420, damping: 22 }}
          style={{ x: w / 2 - width / 2 + 6, y: -h / 2 - 2 }}
        >
          <rect x={-width / 2} y={-11} width={width} height={22} rx={11} fill={style.badgeFill} />
          <text x={0} y={4.5} textAnchor="middle" className="badge-text">{label}</text>
        </motion.g>
      )}
    </AnimatePresence>
  );
}

export function DownCross({ show, w, h }: { show: boolean; w: number; h: number }) {
  const x = w / 2 - 14, y = h / 2 - 10;
  return (
    <AnimatePresence>
      {show && (
        <motion.g key="cross" stroke="#b91c1c" strokeWidth={4} strokeLinecap="round" opacity={0.85}
          exit={{ opacity: 0 }} aria-hidden="true">
          <motion.path d={`M${-x},${-y} L${x},${y}`} initial={{ pathLength: 0 }} animate={{ pathLength: 1 }} transition={{ duration: 0.25 }} />
          <motion.path d={`M${x},${-y} L${-x},${y}`} initial={{ pathLength: 0 }} animate={{ pathLength: 1 }} transition={{ duration: 0.25, delay: 0.15 }} />
        </motion.g>
      )}
    </AnimatePresence>
  );
}
