// A lesson goal checked against the live run: pending, met or failed, shown with an icon and a
// word as well as a colour.
import { AnimatePresence, motion } from 'motion/react';
import type { Goal } from '../../lessons/types';
import { evaluateGoal } from '../../lessons/goals';
import { useApp } from '../RuntimeContext';
import { GOAL_COLOUR } from '../theme';

const ICON = { pending: '○', met: '✓', failed: '✕' } as const;
const WORD = { pending: 'In progress', met: 'Goal met', failed: 'Not met' } as const;

export function GoalView({ goal }: { goal: Goal }) {
  const snapshot = useApp((s) => s.snapshot);
  const commandLog = useApp((s) => s.commandLog);
  const topology = useApp((s) => s.topology);
  const verdict = evaluateGoal(goal.check, { snapshot, commandLog, topology });
  const colour = GOAL_COLOUR[verdict.status];
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
