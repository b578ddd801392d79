// A circuit breaker drawn on its link as a knife switch. Closed: the blade rests on the far
// contact (current flows). Open: the blade stands up, a gap, red. Half-open: the blade hovers
// half-way, orange, dashed. Shape, colour and word all change, and the blade swings on a change.
import { memo } from 'react';
import { AnimatePresence, motion } from 'motion/react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../RuntimeContext';
import { OKABE_ITO } from '../theme';
import type { Layout, Segment } from './layout';
import { breakerPoint } from './breakerGeometry';

type State = 'closed' | 'open' | 'half-open';

const LOOK: Record<State, { colour: string; angle: number; word: string }> = {
  closed: { colour: OKABE_ITO.bluishGreen, angle: 0, word: 'closed' },
  'half-open': { colour: OKABE_ITO.orange, angle: -28, word: 'HALF-OPEN' },
  open: { colour: '#b91c1c', angle: -60, word: 'OPEN' },
};

const NONE = { state: null as State | null, rejected: 0 };

const BreakerSwitch = memo(function BreakerSwitch({ id, link }: { id: string; link: Segment }) {
  const { state, rejected } = useApp(useShallow((s) => {
    const b = s.snapshot?.breakers[id];
    return b ? { state: b.state, rejected: b.rejected } : NONE;
  }));
  if (!state) return null;
  const look = LOOK[state];
  const { x, y } = breakerPoint(link);
  return (
    <g transform={`translate(${x},${y})`} className="breaker" role="img" aria-label={`breaker ${id}`}
      data-breaker-state={state} data-rejected={rejected}>
      <title>{`Circuit breaker ${id}: ${state}, ${rejected} calls rejected`}</title>
      <motion.rect x={-20} y={-13} width={40} height={26} rx={7} fill="#fff" strokeWidth={2}
        initial={false} animate={{ stroke: look.colour }} strokeDasharray={state === 'half-open' ? '4 3' : undefined} />
      {/* the two contacts */}
      <circle cx={-11} cy={5} r={2.6} fill="#334155" />
      <motion.circle cx={11} cy={5} r={2.6} initial={false} animate={{ fill: state === 'closed' ? look.colour : '#94a3b8' }} />
      {/* the blade, hinged at the left contact */}
      <motion.line x1={-11} y1={5} x2={11} y2={5} strokeWidth={3.2} strokeLinecap="round"
        style={{ originX: '-11px', originY: '5px', transformBox: 'view-box' }}
        initial={false} animate={{ rotate: look.angle, stroke: look.colour }}
        transition={{ type: 'spring', stiffness: 300, damping: 14 }} />
      <AnimatePresence>
        {/* A ring that bursts on every change, so a flip is noticed even at 20×. */}
        <motion.circle key={state} r={16} fill="none" stroke={look.colour} strokeWidth={2}
          initial={{ scale: 0.6, opacity: 0.9 }} animate={{ scale: 1.8, opacity: 0 }} transition={{ duration: 0.7 }} />
      </AnimatePresence>
      <text y={-18} textAnchor="middle" className="breaker-word" fill={look.colour}>{look.word}</text>
      {rejected > 0 && <text y={27} textAnchor="middle" className="breaker-count">{rejected.toLocaleString('en-US')} rejected</text>}
    </g>
  );
});

/** One switch per breaker whose owner → target link is drawn. */
export function BreakerLayer({ layout }: { layout: Layout }) {
  const keys = useApp(useShallow((s) => Object.keys(s.snapshot?.breakers ?? {})));
  return (
    <g className="breakers">
      {keys.map((key) => {
        const [owner, target] = key.split('->');
        const link = layout.links.find((l) => l.from === owner && l.to === target);
        return link ? <BreakerSwitch key={key} id={key} link={link} /> : null;
      })}
    </g>
  );
}
