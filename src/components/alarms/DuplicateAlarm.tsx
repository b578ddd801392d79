// The alarm a duplicate side effect raises: "welcome email sent twice to user 4812". The words
// come from the engine's `duplicate` change events; whether it shows comes from the snapshot's
// count, so a replay that has no duplicates (an idempotent handler) clears it.
import { useEffect, useState } from 'react';
import { AnimatePresence, motion } from 'motion/react';
import type { StateChange } from '../../engine/api';
import { useApp, useRuntime } from '../RuntimeContext';

type Duplicate = Extract<StateChange, { type: 'duplicate' }>;

/** "welcome email sent twice to user 4812" — job types read as what the learner's users notice. */
export function describeDuplicate(d: Pick<Duplicate, 'jobType' | 'user' | 'jobId'>): string {
  const who = d.user === null ? `job #${d.jobId}` : `user ${d.user}`;
  switch (d.jobType) {
    case 'send-welcome-email': return `welcome email sent twice to ${who}`;
    case 'provision-workspace': return `workspace provisioned twice for ${who}`;
    case 'charge-card': return `card charged twice for ${who}`;
    default: return `${d.jobType} done twice for ${who}`;
  }
}

export function DuplicateAlarm() {
  const { bridge } = useRuntime();
  const count = useApp((s) => Object.values(s.snapshot?.queues ?? {}).reduce((n, q) => n + q.duplicateSideEffects, 0));
  const doc = useApp((s) => s.scenarioDoc);
  const [last, setLast] = useState<Duplicate | null>(null);
  useEffect(() => bridge.onFrame((f) => {
    for (let i = f.changes.length - 1; i >= 0; i--) {
      const c = f.changes[i];
      if (c.type === 'duplicate') { setLast(c); return; }
    }
  }), [bridge]);
  useEffect(() => { setLast(null); }, [doc]); // a changed scenario is a new run
  const show = count > 0;
  return (
    <AnimatePresence>
      {show && (
        <motion.div className="duplicate-alarm" role="alert" data-testid="duplicate-alarm" data-count={count}
          initial={{ opacity: 0, y: -6 }} animate={{ opacity: 1, y: 0 }} exit={{ opacity: 0, y: -6 }}>
          <strong>Duplicate side effect{count > 1 ? `s: ${count.toLocaleString('en-US')}` : ''}</strong>
          {last && <span> — {describeDuplicate(last)} at {(last.atMs / 1000).toFixed(1)} s (job #{last.jobId} delivered again)</span>}
        </motion.div>
      )}
    </AnimatePresence>
  );
}
