// The compact strip of a lesson's steps in the widget: step k of n, its text, back and next.
import { useStore } from 'zustand';
import { inline } from '../components/lesson/Markdown';
import { STEP_LABEL } from '../components/lesson/StepView';
import { stepText, type EmbedSteps } from './embedSteps';

export function EmbedStepStrip({ steps }: { steps: EmbedSteps }) {
  const index = useStore(steps.store, (s) => s.index);
  const step = steps.steps[index];
  const go = (i: number) => steps.goTo(i + 1);
  return (
    <section className="embed-steps" aria-label="Lesson step" data-step={index + 1}>
      <p className="embed-step-head">
        <strong>Step {index + 1} of {steps.steps.length}</strong> · {STEP_LABEL[step.kind]}
      </p>
      <p className="embed-step-text">{inline(stepText(step, steps.lesson))}</p>
      <div className="embed-step-nav">
        <button type="button" disabled={index === 0} onClick={() => go(index - 1)}>Back</button>
        <button type="button" disabled={index === steps.steps.length - 1} onClick={() => go(index + 1)}>Next step</button>
      </div>
    </section>
  );
}
