// Side by side: the same example and seed, differing in one parameter, in lockstep. The page's
// runtime is the left run and keeps the shared controls and the timeline; a second runtime
// (own store, worker and session) is the right run, handed to the same components through
// RuntimeContext.
import { useEffect, useMemo, useRef, useState } from 'react';
import { ErrorBoundary } from '../ErrorBoundary';
import { RuntimeContext, useApp, useRuntime } from '../RuntimeContext';
import { TotalsBar } from '../TotalsBar';
import { Topology } from '../topology/Topology';
import { LiveChart } from '../chart/LiveChart';
import { ProblemsView } from '../ProblemsView';
import { ExportBar } from '../export/ExportBar';
import { EXAMPLES } from '../../lessons/catalog';
import type { Runtime } from '../../store/runtime';
import { buildVariants, type CompareSpec, type Variant } from './compareSpec';
import { createFollowerRuntime, lockstep } from './lockstep';

function load(runtime: Runtime, v: Variant) {
  void runtime.session.load('problems' in v
    ? { kind: 'file', name: v.label, scenario: null, problems: v.problems }
    : { kind: 'file', name: v.label, scenario: v.scenario });
}

export function ComparePage({ spec }: { spec: CompareSpec }) {
  const lead = useRuntime();
  const variants = useMemo(() => buildVariants(spec), [spec]);
  const [follower, setFollower] = useState<Runtime | null>(null);

  useEffect(() => {
    // Started here rather than at module load: leaving the comparison disposes the second worker.
    const second = createFollowerRuntime();
    const stop = lockstep(lead, second);
    load(lead, variants.a);
    load(second, variants.b);
    setFollower(second);
    (window as unknown as { __compare?: Runtime }).__compare = second;
    return () => { stop(); second.dispose(); setFollower(null); };
  }, [lead, variants]);

  const title = EXAMPLES.find((e) => e.id === spec.example)?.title ?? spec.example;
  return (
    <section className="compare" aria-label="Side by side">
      <p className="compare-title"><strong>{title}</strong> · same seed, one difference: <code>{spec.paths.join(', ') || '—'}</code></p>
      <div className="compare-panes">
        <Pane label={variants.a.label} side="a" />
        {follower && <RuntimeContext.Provider value={follower}><Pane label={variants.b.label} side="b" /></RuntimeContext.Provider>}
      </div>
    </section>
  );
}

function Pane({ label, side }: { label: string; side: 'a' | 'b' }) {
  const status = useApp((s) => s.status);
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div className="compare-pane" data-testid={`compare-${side}`} ref={ref}>
      <div className="compare-head">
        <h2><span className="compare-side">{side.toUpperCase()}</span> {label}</h2>
        <ExportBar scope={() => ref.current} />
      </div>
      <ErrorBoundary area={`run ${side.toUpperCase()}`}>
        <TotalsBar />
        {status === 'invalid' ? <ProblemsView /> : status === 'ready' ? <Topology /> : <p className="hint">Loading…</p>}
        <LiveChart />
      </ErrorBoundary>
    </div>
  );
}
