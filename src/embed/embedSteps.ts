// A lesson's steps inside the embed widget: which one the reader sees, moved by the widget's own
// buttons or by the host page (`{ type: "lesson-step", step: 2 }`, 1 is the first step).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lesson, LessonStep } from '../lessons/types';
import type { LessonStepper } from './hostBridge';

export type EmbedSteps = {
  lesson: Lesson;
  steps: LessonStep[];
  store: StoreApi<{ index: number }>;
  /** For the host bridge: null when done, else the reason the step was refused. */
  goTo: LessonStepper;
};

export function createEmbedSteps(lesson: Lesson | undefined): EmbedSteps | null {
  const steps = lesson?.steps ?? [];
  if (!lesson || steps.length === 0) return null;
  const store = createStore<{ index: number }>(() => ({ index: 0 }));
  const goTo: LessonStepper = (step) => {
    if (!Number.isInteger(step) || step < 1 || step > steps.length)
      return `step: lesson "${lesson.id}" has steps 1 to ${steps.length}, got ${step}`;
    store.setState({ index: step - 1 });
    return null;
  };
  return { lesson, steps, store, goTo };
}

/** What a step says, in one paragraph, for the compact strip (no predictions are taken in a widget). */
export function stepText(step: LessonStep, lesson: Lesson): string {
  switch (step.kind) {
    case 'scene': return step.text;
    case 'predict': return `${step.question} ${step.choices.map((c) => `· ${c.text}`).join(' ')}`;
    case 'run': return step.text;
    case 'reveal': return step.text;
    case 'check': return step.text ?? lesson.goals.find((g) => g.id === step.goal)?.text ?? '';
  }
}
