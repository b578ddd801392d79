// Marks each node whose loss alone cuts users off from every server (the engine's single-point-
// of-failure analysis): a warning tag under the node, so the weak spot is visible before it fails.
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../RuntimeContext';
import type { Layout } from './layout';

export function SpofMarks({ layout }: { layout: Layout }) {
  const ids = useApp(useShallow((s) => s.snapshot?.singlePointsOfFailure ?? []));
  return (
    <g className="spof-marks" aria-hidden={ids.length === 0 || undefined}>
      {ids.map((id) => {
        const n = layout.byId.get(id);
        if (!n) return null;
        return (
          <g key={id} transform={`translate(${n.x},${n.y + n.h / 2 + 14})`} role="img"
            aria-label={`single point of failure ${id}`} data-testid={`spof-${id}`}>
            <title>{`${id} is a single point of failure: losing it alone cuts users off`}</title>
            <rect x={-34} y={-10} width={68} height={20} rx={10} fill="#fef3c7" stroke="#b45309" strokeWidth={1.5} />
            <text x={0} y={4} textAnchor="middle" className="spof-text">⚠ SPOF</text>
          </g>
        );
      })}
    </g>
  );
}
