// Shown instead of the topology when a scenario cannot run: each problem names its path.
import { useApp } from './RuntimeContext';

export function ProblemsView() {
  const problems = useApp((s) => s.problems);
  return (
    <section className="panel problems" role="alert" aria-label="Scenario problems">
      <h2>This scenario can't run</h2>
      <p>{problems.length === 1 ? 'One problem' : `${problems.length} problems`} to fix in the scenario:</p>
      <ul>{problems.map((p, i) => <li key={i} className="mono">{p}</li>)}</ul>
      <p className="hint">Pick another scenario above, or import a corrected JSON file.</p>
    </section>
  );
}

export function FailureBanner() {
  const failure = useApp((s) => s.failure);
  const status = useApp((s) => s.status);
  if (status !== 'failed' || !failure) return null;
  return (
    <div className="panel failure" role="alert">
      <strong>The simulation stopped:</strong> <span className="mono">{failure}</span>
      <p className="hint">Press Reset to start the run again.</p>
    </div>
  );
}
