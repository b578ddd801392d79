// A lesson's guided steps: set the scene, predict, run, reveal, check. One step at a time, with
// the list of steps above it (ticked when done) and Back / Next below. Progress is saved on
// every change, so a reload lands on the same step with the same prediction.
import { useCallback, useEffect } from 'react';
import { findLesson, LESSONS } from '../../lessons/catalog';
import { nextLesson } from '../../lessons/course';
import { goToStep, markDone, remember } from '../../lessons/progress';
import { reveal, runProgress } from '../../lessons/steps';
import type { GoalStatus } from '../../lessons/goals';
import type { Goal, Lesson, LessonStep } from '../../lessons/types';
import { useApp, useRuntime } from '../RuntimeContext';
import { GoalView } from './GoalView';
import { StepBody } from './StepBody';
import { useLessonProgress } from './useLessonProgress';

export const STEP_LABEL: Record<LessonStep['kind'], string> = {
  scene: 'Set the scene', predict: 'Predict', run: 'Run', reveal: 'Reveal', check: 'Check the goal',
};

export const PREDICT_FIRST = 'Choose a prediction first';

export function StepView({ lesson, steps }: { lesson: Lesson; steps: LessonStep[] }) {
  const { store, session } = useRuntime();
  const { progress, update, clear } = useLessonProgress(lesson.id);
  const index = Math.min(progress.step, steps.length - 1);
  const step = steps[index];
  const snapshot = useApp((s) => s.snapshot);
  const commandLog = useApp((s) => s.commandLog);
  const topology = useApp((s) => s.topology);

  // Play stays locked on an unanswered prediction; released when leaving the lesson.
  const locked = step.kind === 'predict' && !progress.predictions[step.id];
  useEffect(() => {
    store.getState().setPlayLock(locked ? PREDICT_FIRST : null);
  }, [locked, store]);
  useEffect(() => () => store.getState().setPlayLock(null), [store]);

  const run = step.kind === 'run' ? runProgress(step.until, { snapshot, commandLog, topology }) : null;
  const runDone = run?.done ?? false;
  // When a run step finishes, keep what its reveal will say: the numbers of that moment.
  useEffect(() => {
    if (step.kind !== 'run' || !runDone) return;
    update((l) => {
      let next = markDone(l, step.id);
      for (const r of steps) {
        if (r.kind !== 'reveal') continue;
        const p = steps.find((s) => s.id === r.predict);
        if (p?.kind === 'predict') {
          const { right, sentence } = reveal(p, l.predictions[p.id], snapshot);
          next = remember(next, r.id, { right, sentence });
        }
      }
      return next;
    });
    // Only at the moment the run step turns done; later snapshots must not rewrite the reveal.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runDone, step.id]);

  // A goal met at any step counts; the check step is done when its own goal is met.
  const onGoal = useCallback((goalId: string, status: GoalStatus) => {
    if (status !== 'met') return;
    update((l) => (step.kind === 'check' && step.goal === goalId ? markDone(markDone(l, goalId), step.id) : markDone(l, goalId)));
  }, [step, update]);

  const canNext = step.kind === 'predict' ? !!progress.predictions[step.id]
    : step.kind === 'run' ? runDone || progress.done.includes(step.id) : true;
  const next = () => update((l) => goToStep(step.kind === 'run' ? l : markDone(l, step.id), index + 1));
  const after = nextLesson(LESSONS, lesson.id);

  return (
    <section className="steps" aria-label="Lesson steps">
      <ol className="step-list">
        {steps.map((s, i) => (
          <li key={s.id} className={i === index ? 'current' : undefined} aria-current={i === index ? 'step' : undefined}
            data-done={progress.done.includes(s.id) || undefined}>
            <span aria-hidden="true">{progress.done.includes(s.id) ? '✓' : i + 1}</span> {STEP_LABEL[s.kind]}
            {progress.done.includes(s.id) && <span className="sr-only"> (done)</span>}
          </li>
        ))}
      </ol>
      <div className="step-card" data-testid="lesson-step" data-kind={step.kind}>
        <h3>{STEP_LABEL[step.kind]}</h3>
        <StepBody step={step} steps={steps} lesson={lesson} progress={progress} update={update} run={run} />
      </div>
      {/* Goals stay on screen at every step: the learner sees what the lesson asks from the start. */}
      <h3 className="goals-head">Goal</h3>
      {lesson.goals.map((g) => <TrackedGoal key={g.id} goal={g} onGoal={onGoal}
        current={step.kind === 'check' && step.goal === g.id} />)}
      <div className="step-nav">
        <button type="button" className="btn" disabled={index === 0} onClick={() => update((l) => goToStep(l, index - 1))}>Back</button>
        {index < steps.length - 1 ? (
          <button type="button" className="btn btn-primary" disabled={!canNext} onClick={next}>Next</button>
        ) : after && (
          <button type="button" className="btn btn-primary" onClick={() => void session.load({ kind: 'lesson', id: after.id })}>
            Next lesson
          </button>
        )}
        <button type="button" className="btn btn-link" onClick={() => { clear(); void session.reset(); }}>Start over</button>
      </div>
    </section>
  );
}

function TrackedGoal({ goal, onGoal, current }: { goal: Goal; onGoal: (id: string, s: GoalStatus) => void; current: boolean }) {
  const onStatus = useCallback((s: GoalStatus) => onGoal(goal.id, s), [goal.id, onGoal]);
  return <div className={current ? 'goal-current' : undefined}><GoalView goal={goal} onStatus={onStatus} /></div>;
}

export const lessonHasSteps = (id: string) => (findLesson(id)?.steps?.length ?? 0) > 0;
