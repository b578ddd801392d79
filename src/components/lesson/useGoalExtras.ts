// What the retry and queue goals need beyond the run itself: how many sweep series are plotted,
// and a latch for checks marked `latch` — a proof that passed (a herd after recovery, a duplicate
// email) stays met for the rest of this run, though the evidence scrolls out of the snapshot.
import { useRef } from 'react';
import { useStore } from 'zustand';
import type { Goal } from '../../lessons/types';
import type { GoalVerdict } from '../../lessons/goals';
import { sweepStore } from '../sweep/sweepStore';
import { useApp } from '../RuntimeContext';

export function useSweepSeries(): number {
  return useStore(sweepStore, (s) => (s.status === 'done' ? new Set(s.points.map((p) => p.series)).size : 0));
}

export function useLatched(goal: Goal, verdict: GoalVerdict): GoalVerdict {
  // A new run: another scenario document (set, load, reset all deliver a fresh one) or time going back.
  const doc = useApp((s) => s.scenarioDoc);
  const simMs = useApp((s) => s.snapshot?.simMs ?? 0);
  const held = useRef<{ doc: unknown; simMs: number; verdict: GoalVerdict | null }>({ doc, simMs, verdict: null });
  const latch = 'latch' in goal.check && goal.check.latch === true;
  if (!latch) return verdict;
  if (held.current.doc !== doc || simMs < held.current.simMs) held.current = { doc, simMs, verdict: null };
  held.current.simMs = simMs;
  if (verdict.status === 'met' && !held.current.verdict) held.current.verdict = verdict;
  return held.current.verdict ?? verdict;
}
