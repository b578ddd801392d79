// A lesson's buttons that change the running scenario ("Full jitter", "Make the handler
// idempotent"). Each applies its fields through session.setParam, which replays the run to the
// same moment, so the learner compares the same traffic with one thing changed.
import { useState } from 'react';
import type { Knob } from '../../lessons/labTypes';
import { paramHolds } from '../../lessons/flowChecks';
import { useApp, useRuntime } from '../RuntimeContext';

export function LessonKnobs({ knobs }: { knobs: readonly Knob[] }) {
  const { session } = useRuntime();
  const doc = useApp((s) => s.scenarioDoc);
  const ready = useApp((s) => s.status === 'ready');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const apply = async (knob: Knob) => {
    setBusy(true);
    setProblem(null);
    for (const { path, value } of knob.sets) {
      const answer = await session.setParam(path, value);
      if (!answer.ok) { setProblem(answer.problems.join('; ')); break; }
    }
    setBusy(false);
  };
  return (
    <div className="knobs" role="group" aria-label="Change the setup">
      {knobs.map((k) => {
        const on = k.sets.every((s) => paramHolds(doc, { path: s.path, equals: s.value }));
        return (
          <button key={k.id} type="button" className={`btn knob${on ? ' knob-on' : ''}`} aria-pressed={on} disabled={busy || !ready}
            title={k.help} data-knob={k.id} onClick={() => void apply(k)}>
            {k.label}
          </button>
        );
      })}
      {problem && <p className="error-note" role="alert">{problem}</p>}
    </div>
  );
}
