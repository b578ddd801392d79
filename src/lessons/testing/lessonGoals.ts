// Small lookups the lesson-run tests share: a lesson's goal, knob, variant and predict step by id
// (throwing on a typo, so a renamed id fails the test rather than skipping it), and a goal's
// verdict on a played run, judged as the page judges it (GoalView passes the variant id).
import { evaluateGoal, type GoalVerdict } from '../goals';
import type { Lesson, LessonStep, ScenarioJson } from '../types';
import type { Played } from './playLesson';

type Predict = Extract<LessonStep, { kind: 'predict' }>;
type Reveal = Extract<LessonStep, { kind: 'reveal' }>;

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`no ${what}`);
  return value;
}

export const goalOf = (lesson: Lesson, id: string) => must(lesson.goals.find((g) => g.id === id), `goal "${id}" in ${lesson.id}`);

/** The verdict of goal `id` on a run of the lesson's own scenario (variant '') or of `variant`. */
export function verdict(lesson: Lesson, id: string, played: Played, variant = ''): GoalVerdict {
  return evaluateGoal(goalOf(lesson, id).check, { ...played, variant });
}

/** The `sets` a knob button applies, for playLesson. */
export const knob = (lesson: Lesson, id: string) => must(lesson.knobs?.find((k) => k.id === id), `knob "${id}" in ${lesson.id}`).sets;

export const variantOf = (lesson: Lesson, id: string): ScenarioJson =>
  must(lesson.variants?.find((v) => v.id === id), `variant "${id}" in ${lesson.id}`).scenario;

export const predictOf = (lesson: Lesson, id: string) =>
  must(lesson.steps?.find((s): s is Predict => s.kind === 'predict' && s.id === id), `predict step "${id}" in ${lesson.id}`);

export const revealOf = (lesson: Lesson, predict: string) =>
  must(lesson.steps?.find((s): s is Reveal => s.kind === 'reveal' && s.predict === predict), `reveal of "${predict}" in ${lesson.id}`);
