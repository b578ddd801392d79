// The lesson's parameter sweep: a Run button, a progress bar, and one plot per metric. The
// sweep runs in its own worker (sweepStore.ts), so the live simulation keeps animating.
import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { SweepPlan } from '../../lessons/labTypes';
import { useSize } from '../useSize';
import { SweepPlot, SERIES_COLOURS } from './SweepPlot';
import { cancelSweep, resetSweep, startSweep, sweepStore } from './sweepStore';

export function SweepPanel({ owner, plan }: { owner: string; plan: SweepPlan }) {
  const state = useStore(sweepStore);
  const [ref, size] = useSize<HTMLDivElement>();
  useEffect(() => { resetSweep(owner); }, [owner]);
  const mine = state.owner === owner;
  const running = mine && state.status === 'running';
  const width = Math.max(240, (size.width - 16) / Math.max(1, plan.plots.length));
  const points = mine ? state.points : [];
  return (
    <section className="panel sweep-panel" aria-label="Parameter sweep" data-status={mine ? state.status : 'idle'}>
      <div className="panel-head">
        <h2>{plan.title}</h2>
        {running
          ? <button type="button" className="btn" onClick={cancelSweep}>Cancel sweep</button>
          : <button type="button" className="btn btn-primary" onClick={() => startSweep(owner, plan)}>Run sweep</button>}
      </div>
      <p className="muted sweep-note">
        {plan.xLabel} from {plan.values[0]} to {plan.values.at(-1)}, each point the mean of {plan.seeds.length} seeds, in a
        background worker.
      </p>
      {mine && state.status !== 'idle' && (
        <div className="sweep-progress">
          <progress max={state.total} value={state.done} aria-label="Sweep progress" />
          <span className="mono">{state.done}/{state.total} runs{state.status === 'done' ? ' — done' : ''}</span>
        </div>
      )}
      {mine && state.error && <p className="error-note" role="alert">{state.error}</p>}
      <div className="sweep-key" aria-hidden="true">
        {plan.series.map((s, i) => <span key={s.id}><i style={{ background: SERIES_COLOURS[i % SERIES_COLOURS.length] }} />{s.label}</span>)}
      </div>
      <div ref={ref} className="sweep-plots">
        {size.width > 0 && plan.plots.map((p) => <SweepPlot key={p.metric} plan={plan} plot={p} points={points} width={width} />)}
      </div>
    </section>
  );
}
