// The playground page: lesson at the side, controls, totals, topology and chart in the
// middle, the inspector on the right. Each area has its own error boundary so one broken
// part never blanks the page.
import { ErrorBoundary } from './components/ErrorBoundary';
import { useApp } from './components/RuntimeContext';
import { ScenarioPicker } from './components/ScenarioPicker';
import { LessonPanel } from './components/lesson/LessonPanel';
import { Controls } from './components/controls/Controls';
import { TotalsBar } from './components/TotalsBar';
import { Topology } from './components/topology/Topology';
import { LiveChart } from './components/chart/LiveChart';
import { Inspector } from './components/inspector/Inspector';
import { FailureBanner, ProblemsView } from './components/ProblemsView';
import { NoticeBanner, ShareButtons } from './components/share/ShareButtons';

function Stage() {
  const status = useApp((s) => s.status);
  if (status === 'invalid') return <ProblemsView />;
  if (status === 'loading') return <section className="panel topology-panel loading" aria-busy="true">Loading the scenario…</section>;
  return <Topology />;
}

export function App() {
  return (
    <div className="app">
      <header className="topbar">
        <div className="brand">
          <svg width="26" height="26" viewBox="0 0 26 26" aria-hidden="true">
            <circle cx="5" cy="13" r="3.5" fill="#56B4E9" /><circle cx="21" cy="5" r="3.5" fill="#0072B2" />
            <circle cx="21" cy="13" r="3.5" fill="#0072B2" /><circle cx="21" cy="21" r="3.5" fill="#D55E00" />
            <path d="M8 13 L18 5 M8 13 H18 M8 13 L18 21" stroke="#334155" strokeWidth="1.6" />
          </svg>
          <h1>Resilience Playground</h1>
        </div>
        <ErrorBoundary area="scenario picker"><ScenarioPicker /></ErrorBoundary>
        <ErrorBoundary area="sharing"><ShareButtons /></ErrorBoundary>
      </header>
      <NoticeBanner />
      <div className="layout">
        <ErrorBoundary area="lesson panel"><LessonPanel /></ErrorBoundary>
        <main className="main">
          <ErrorBoundary area="controls">
            <Controls />
            <TotalsBar />
          </ErrorBoundary>
          <FailureBanner />
          <ErrorBoundary area="topology"><Stage /></ErrorBoundary>
          <ErrorBoundary area="chart"><LiveChart /></ErrorBoundary>
        </main>
        <ErrorBoundary area="inspector"><Inspector /></ErrorBoundary>
      </div>
    </div>
  );
}
