// A lesson goal checked against the live run: pending, met or failed, shown with an icon and a
// word as well as a colour.
import { useEffect } from 'react';
import { AnimatePresence, motion } from 'motion/react';
import type { Goal } from '../../lessons/types';
import { evaluateGoal, type GoalStatus } from '../../lessons/goals';
import { useApp } from '../RuntimeContext';
import { GOAL_COLOUR } from '../theme';
import { useLatched, useSweepSeries } from './useGoalExtras';

const ICON = { pending: '○', met: '✓', failed: '✕' } as const;
const WORD = { pending: 'In progress', met: 'Goal met', failed: 'Not met' } as const;

/** `onStatus` lets a lesson's check step record the goal as done (lessons/progress.ts). */
export function GoalView({ goal, onStatus }: { goal: Goal; onStatus?: (status: GoalStatus) => void }) {
  const snapshot = useApp((s) => s.snapshot);
  const commandLog = useApp((s) => s.commandLog);
  const topology = useApp((s) => s.topology);
  const changes = useApp((s) => s.changes);
  const scenarioDoc = useApp((s) => s.scenarioDoc);
  const variant = useApp((s) => (s.source.kind === 'lesson' ? s.source.variant : undefined));
  const sweepSeries = useSweepSeries();
  const verdict = useLatched(goal, evaluateGoal(goal.check, { snapshot, commandLog, topology, changes, scenarioDoc, variant, sweepSeries }));
  const colour = GOAL_COLOUR[verdict.status];
  useEffect(() => { onStatus?.(verdict.status); }, [onStatus, verdict.status]);
  return (
    <div className={`goal goal-${verdict.status}`} data-testid={`goal-${goal.id}`} data-status={verdict.status}
      style={{ borderColor: colour }}>
      <AnimatePresence mode="popLayout" initial={false}>
        <motion.span key={verdict.status} className="goal-icon" style={{ background: colour }} aria-hidden="true"
          initial={{ scale: 0.3, opacity: 0 }} animate={{ scale: 1, opacity: 1 }} exit={{ scale: 0.3, opacity: 0 }}>
          {ICON[verdict.status]}
        </motion.span>
      </AnimatePresence>
      <div>
        <div className="goal-text">{goal.text}</div>
        <div className="goal-status" style={{ color: colour }} role="status">
          <strong>{WORD[verdict.status]}</strong> — {verdict.detail}
        </div>
      </div>
    </div>
  );
}
