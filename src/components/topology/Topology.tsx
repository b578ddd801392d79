// The topology view: links and nodes as SVG, the particle canvas over them, the legend below.
// The layout is computed in its own coordinates and scaled to the available width; the canvas
// uses the same scale so particles run exactly along the drawn links.
import { useMemo, useRef } from 'react';
import { useApp } from '../RuntimeContext';
import { useSize } from '../useSize';
import { layoutTopology } from './layout';
import { ArrowMarkers, LinkView } from './LinkView';
import { NodeView } from './NodeView';
import { ParticleCanvas } from './ParticleCanvas';
import { Legend } from './Legend';
import { BreakerLayer } from './BreakerSwitch';
import { SpofMarks } from './SpofMarks';
import { LinkCounters } from '../a11y/LinkCounters';
import { useReducedMotion } from '../a11y/useReducedMotion';

// Larger than this and a three-node scenario looks like a poster.
const MAX_SCALE = 1.25;

export function Topology() {
  const topology = useApp((s) => s.topology);
  const layout = useMemo(() => layoutTopology(topology), [topology]);
  const [ref, size] = useSize<HTMLDivElement>();
  const counter = useRef<HTMLSpanElement>(null);
  const reduced = useReducedMotion();
  const scale = size.width > 0 ? Math.min(MAX_SCALE, size.width / layout.width) : 0;

  return (
    <section className="panel topology-panel" aria-label="Topology">
      <div className="topology" ref={ref}>
        {scale > 0 && (
          <div className="topology-stage" style={{ width: layout.width * scale, height: layout.height * scale }}>
            <svg width={layout.width * scale} height={layout.height * scale} viewBox={`0 0 ${layout.width} ${layout.height}`}>
              <ArrowMarkers />
              {layout.links.map((link) => <LinkView key={`${link.from}>${link.to}`} link={link} />)}
              {layout.nodes.map((node) => <NodeView key={node.id} node={node} />)}
              <SpofMarks layout={layout} />
              <BreakerLayer layout={layout} />
            </svg>
            {/* Reduced motion: counts per link instead of moving dots. */}
            {reduced ? <LinkCounters layout={layout} scale={scale} /> : <ParticleCanvas layout={layout} scale={scale} counter={counter} />}
          </div>
        )}
      </div>
      <p id="topology-help" className="sr-only">Press Enter to inspect this node and act on it.</p>
      <Legend counter={counter} />
    </section>
  );
}
