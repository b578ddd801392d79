// The bands under the chart: health-check rotation per target and breaker states. Each hides
// itself when the scenario has nothing of its kind.
import { HealthTimeline } from './HealthTimeline';
import { BreakerBand } from './BreakerBand';
import { useApp } from '../RuntimeContext';

export function StateTimelines() {
  const any = useApp((s) => !!s.snapshot && (Object.keys(s.snapshot.breakers).length > 0 || s.snapshot.nodes.some((n) => n.health)));
  if (!any) return null;
  return (
    <section className="panel timelines-panel" aria-label="State timelines">
      <HealthTimeline />
      <BreakerBand />
    </section>
  );
}
