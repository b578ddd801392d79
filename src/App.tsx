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
import { StateTimelines } from './components/timeline/StateTimelines';
import { Extras } from './components/extras/Extras';
import { DuplicateAlarm } from './components/alarms/DuplicateAlarm';
import { Inspector } from './components/inspector/Inspector';
import { FailureBanner, ProblemsView } from './components/ProblemsView';
import { ChartTable } from './components/a11y/ChartTable';
import { LiveNarrator } from './components/a11y/LiveNarrator';
import { PresenterMode } from './components/presenter/PresenterMode';
import { NoticeBanner, ShareButtons } from './components/share/ShareButtons';
import { useMode } from './components/mode';
import { SandboxPanel } from './components/sandbox/SandboxPanel';
import { TimeScrubber } from './components/timeline/TimeScrubber';
import { ExportBar } from './components/export/ExportBar';
import { ComparePage } from './components/compare/ComparePage';
import { CompareMenu } from './components/compare/CompareMenu';

function Stage() {
  const status = useApp((s) => s.status);
  if (status === 'invalid') return <ProblemsView />;
  if (status === 'loading') return <section className="panel topology-panel loading" aria-busy="true">Loading the scenario…</section>;
  return <Topology />;
}

export function App() {
  // Sandbox swaps the lesson for the editor; a comparison shows two runs instead of one.
  const sandbox = useMode((m) => m.sandbox);
  const compare = useMode((m) => m.compare);
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
        {compare ? <a className="btn" href="?">Leave the comparison</a>
          : <ErrorBoundary area="scenario picker"><ScenarioPicker /></ErrorBoundary>}
        <ErrorBoundary area="compare menu"><CompareMenu /></ErrorBoundary>
        <ErrorBoundary area="sharing"><ShareButtons /></ErrorBoundary>
        <ErrorBoundary area="presenter"><PresenterMode /></ErrorBoundary>
      </header>
      <LiveNarrator />
      <NoticeBanner />
      <div className={`layout${sandbox && !compare ? ' with-sandbox' : ''}${compare ? ' compare-layout' : ''}`}>
        {!compare && (sandbox
          ? <ErrorBoundary area="sandbox"><SandboxPanel /></ErrorBoundary>
          : <ErrorBoundary area="lesson panel"><LessonPanel /></ErrorBoundary>)}
        <main className="main">
          <ErrorBoundary area="controls">
            <Controls />
            {!compare && <TotalsBar />}
          </ErrorBoundary>
          <FailureBanner />
          {!compare && <ErrorBoundary area="alarms"><DuplicateAlarm /></ErrorBoundary>}
          {compare && <ErrorBoundary area="comparison"><ComparePage spec={compare} /></ErrorBoundary>}
          {!compare && <ErrorBoundary area="topology"><Stage /></ErrorBoundary>}
          <ErrorBoundary area="timeline"><TimeScrubber /></ErrorBoundary>
          {!compare && <ErrorBoundary area="chart"><LiveChart /></ErrorBoundary>}
          {!compare && <ErrorBoundary area="state timelines"><StateTimelines /></ErrorBoundary>}
          {!compare && <ErrorBoundary area="retries and queues"><Extras /></ErrorBoundary>}
          {!compare && <ErrorBoundary area="chart table"><ChartTable /></ErrorBoundary>}
          {!compare && <ErrorBoundary area="export"><ExportBar /></ErrorBoundary>}
        </main>
        <ErrorBoundary area="inspector"><Inspector /></ErrorBoundary>
      </div>
    </div>
  );
}
