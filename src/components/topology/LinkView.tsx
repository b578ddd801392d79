// A link between two nodes. From a balancer it also shows that target's health as the
// balancer sees it: failing checks counting up ("2/3 checks failed"), then out of rotation
// (dashed) until enough checks pass again.
import { memo } from 'react';
import { motion } from 'motion/react';
import { useShallow } from 'zustand/react/shallow';
import type { NodeLive } from '../../engine/api';
import { useApp } from '../RuntimeContext';
import type { Segment } from './layout';

type Health = NonNullable<NodeLive['health']>[string];

function describe(h: Health | undefined): { text: string | null; tone: 'plain' | 'warn' | 'out' } {
  if (!h) return { text: null, tone: 'plain' };
  // Always labelled, so the learner sees the count start from 0/3 before a failure.
  if (h.healthy) return h.failRun > 0 ? { text: `${h.failRun}/${h.fall} checks failed`, tone: 'warn' } : { text: `healthy · 0/${h.fall} failed`, tone: 'plain' };
  return h.passRun > 0
    ? { text: `out · ${h.passRun}/${h.rise} checks passed`, tone: 'out' }
    : { text: 'out of rotation', tone: 'out' };
}

const STROKE = { plain: '#94a3b8', warn: '#b45309', out: '#b91c1c' } as const;

const NO_HEALTH = { present: false, healthy: true, failRun: 0, passRun: 0, fall: 0, rise: 0 };

/** The target's health at the link's source, if the source is a balancer with checks. */
function useHealth(link: Segment): Health | undefined {
  const h = useApp(useShallow((s) => {
    const found = s.snapshot?.nodes.find((n) => n.id === link.from)?.health?.[link.to];
    return found ? { present: true, ...found } : NO_HEALTH;
  }));
  return h.present ? h : undefined;
}

export const LinkView = memo(function LinkView({ link }: { link: Segment }) {
  const health = useHealth(link);
  const { text, tone } = describe(health);
  // Label at the middle, above the line: clear of both nodes even on a short link.
  const t = 0.5;
  const lx = link.x0 + (link.x1 - link.x0) * t, ly = link.y0 + (link.y1 - link.y0) * t;
  const width = text ? text.length * 6.2 + 12 : 0; // ≈ bold 10 px glyphs
  return (
    <g className="link" data-testid={`link-${link.from}-${link.to}`}
      data-in-rotation={health ? String(health.healthy) : undefined}>
      <motion.line x1={link.x0} y1={link.y0} x2={link.x1} y2={link.y1}
        initial={false} animate={{ stroke: STROKE[tone], strokeWidth: tone === 'plain' ? 2 : 2.5 }}
        strokeDasharray={tone === 'out' ? '8 6' : undefined} markerEnd={`url(#arrow-${tone})`} />
      {text && (
        <motion.g initial={{ opacity: 0 }} animate={{ opacity: 1 }} transform={`translate(${lx},${ly - 14})`}>
          <rect x={-width / 2} y={-10} width={width} height={19} rx={9.5} fill="#fff" stroke={STROKE[tone]} />
          <text x={0} y={3.5} textAnchor="middle" className="link-label" fill={STROKE[tone]}>{text}</text>
        </motion.g>
      )}
    </g>
  );
});

export function ArrowMarkers() {
  return (
    <defs>
      {(Object.keys(STROKE) as (keyof typeof STROKE)[]).map((tone) => (
        <marker key={tone} id={`arrow-${tone}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill={STROKE[tone]} />
        </marker>
      ))}
    </defs>
  );
}
