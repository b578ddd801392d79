// The chrome-less widget: a title, Play/Pause and Step, the totals, the topology with its
// particles, and optionally the chart — nothing else, so it fits in a blog post.
import { ErrorBoundary } from '../components/ErrorBoundary';
import { useApp, useRuntime } from '../components/RuntimeContext';
import { TotalsBar } from '../components/TotalsBar';
import { Topology } from '../components/topology/Topology';
import { LiveChart } from '../components/chart/LiveChart';
import { FailureBanner, ProblemsView } from '../components/ProblemsView';
import { NoticeBanner } from '../components/share/ShareButtons';
import { EmbedStepStrip } from './EmbedStepStrip';
import { EmbedNodeActions } from './EmbedNodeActions';
import type { EmbedSteps } from './embedSteps';

function EmbedControls() {
  const playing = useApp((s) => s.playing);
  const status = useApp((s) => s.status);
  const title = useApp((s) => s.title);
  const { store, session } = useRuntime();
  // The same lesson, scenario or shared moment, in the full playground.
  const full = `./index.html${location.search}${location.hash}`;
  return (
    <div className="embed-bar">
      <strong className="embed-title">{title || 'Resilience Playground'}</strong>
      <button type="button" className="primary" disabled={status !== 'ready'} onClick={() => store.getState().togglePlaying()}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" disabled={status !== 'ready'} onClick={() => session.step()}>Step</button>
      <a className="embed-open" href={full} target="_blank" rel="noopener">
        Open in the playground ↗
      </a>
    </div>
  );
}

function Stage() {
  const status = useApp((s) => s.status);
  if (status === 'invalid') return <ProblemsView />;
  if (status === 'loading') return <section className="panel topology-panel loading" aria-busy="true">Loading…</section>;
  return <Topology />;
}

export function EmbedApp({ chart, steps }: { chart: boolean; steps: EmbedSteps | null }) {
  return (
    <div className="embed">
      <NoticeBanner />
      <ErrorBoundary area="controls"><EmbedControls /><TotalsBar /></ErrorBoundary>
      {steps && <ErrorBoundary area="lesson steps"><EmbedStepStrip steps={steps} /></ErrorBoundary>}
      <EmbedNodeActions />
      <FailureBanner />
      <ErrorBoundary area="topology"><Stage /></ErrorBoundary>
      {chart && <ErrorBoundary area="chart"><LiveChart /></ErrorBoundary>}
    </div>
  );
}
