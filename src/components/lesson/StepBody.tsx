// The body of the current lesson step, by kind. Predictions are a radio group (native keyboard
// use); once the learner moves on, the choice is fixed so the reveal stays honest.
import { useId } from 'react';
import { reveal } from '../../lessons/steps';
import { predict, type LessonProgress } from '../../lessons/progress';
import type { Lesson, LessonStep } from '../../lessons/types';
import { useApp } from '../RuntimeContext';
import { inline } from './Markdown';

type Props = {
  step: LessonStep;
  steps: LessonStep[];
  lesson: Lesson;
  progress: LessonProgress;
  update: (change: (l: LessonProgress) => LessonProgress) => void;
  run: { done: boolean; detail: string } | null;
};

export function StepBody({ step, steps, lesson, progress, update, run }: Props) {
  const name = useId();
  const snapshot = useApp((s) => s.snapshot);
  switch (step.kind) {
    case 'scene':
      return <p>{inline(step.text)}</p>;
    case 'predict': {
      const chosen = progress.predictions[step.id];
      const fixed = progress.done.includes(step.id);
      return (
        <fieldset className="predict" disabled={fixed}>
          <legend>{step.question}</legend>
          {step.choices.map((c) => (
            <label key={c.id} className="choice">
              <input type="radio" name={name} value={c.id} checked={chosen === c.id}
                onChange={() => update((l) => predict(l, step.id, c.id))} />
              {c.text}
            </label>
          ))}
          <p className="hint" role="status">
            {chosen ? 'Prediction saved. Press Next, then run it.' : 'Choose an answer: Play stays off until you do.'}
          </p>
        </fieldset>
      );
    }
    case 'run':
      return (
        <>
          <p>{inline(step.text)}</p>
          <p className={`run-status${run?.done ? ' done' : ''}`} role="status" data-testid="run-status">
            {run?.done ? '✓ ' : '… '}{run?.detail}
          </p>
        </>
      );
    case 'reveal': {
      const p = steps.find((s) => s.id === step.predict);
      const kept = progress.revealed[step.id];
      const live = p?.kind === 'predict' ? reveal(p, progress.predictions[p.id], snapshot) : null;
      const shown = kept ?? live;
      const tone = shown?.right === true ? 'right' : shown?.right === false ? 'wrong' : 'none';
      return (
        <>
          <p className={`reveal reveal-${tone}`} data-testid="reveal" data-right={shown?.right === null ? undefined : String(shown?.right)}>
            <strong>{tone === 'right' ? '✓ Right. ' : tone === 'wrong' ? '✕ Not quite. ' : ''}</strong>
            {shown?.sentence}
          </p>
          <p>{inline(step.text)}</p>
        </>
      );
    }
    case 'check': {
      const goal = lesson.goals.find((g) => g.id === step.goal);
      return (
        <>
          <p>{step.text ? inline(step.text) : 'The goal below is checked against the live run, as it runs.'}</p>
          {goal ? <p><strong>{goal.text}</strong></p> : <p className="error-note">No goal “{step.goal}” in this lesson.</p>}
          {progress.done.includes(step.goal) && <p className="hint">Goal reached and saved with your progress.</p>}
        </>
      );
    }
  }
}
