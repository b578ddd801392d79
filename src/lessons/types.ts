// Lessons are data (STYLE principle 9): text, a scenario, and goals the page checks against
// the live run. No components, no logic beyond what `goals.ts` knows how to evaluate.

/** A scenario document as JSON; the worker validates it, so the page never trusts its shape. */
export type ScenarioJson = Record<string, unknown>;

import type { ResilienceCheck } from './checkTypes';
import type { FlowCheck, Knob, SweepPlan } from './labTypes';

export type GoalCheck = {
  /** Kill a node of `nodeKind`, then keep availability ≥ `minAvailability` for `holdMs` of simulated time. */
  kind: 'survive-kill';
  nodeKind: 'server' | 'database' | 'balancer';
  holdMs: number;
  minAvailability: number;
} | {
  /** Kill a node of `nodeKind`, revive it, and run to `untilMs`: the outage shows in the nines. */
  kind: 'outage-recovered';
  nodeKind: 'server' | 'database' | 'balancer';
  untilMs: number;
} | ResilienceCheck | FlowCheck;

export type Goal = { id: string; text: string; check: GoalCheck };

export type Lesson = {
  id: string;
  title: string;
  /** Markdown-ish: paragraphs split by blank lines; **bold**, *emphasis*, `code`; lines starting "- " are a list. */
  text: string;
  scenario: ScenarioJson;
  goals: Goal[];
  /** Optional guided steps (scene → predict → run → reveal → check); without them the panel shows text and goals. */
  steps?: LessonStep[];
  /** Other scenarios of the same lesson the learner can switch to (one balancer vs a pair). */
  variants?: LessonVariant[];
  /** A computed panel shown under the text (e.g. the five breaker presets side by side). */
  widget?: 'breaker-presets';
  /** Buttons that change the running scenario ("Full jitter", "Make the handler idempotent"). */
  knobs?: Knob[];
  /** A parameter sweep the learner runs in the sweep worker and sees plotted. */
  sweep?: SweepPlan;
};

/** `id` goes into the lesson source; the lesson's own `scenario` is the default variant. */
export type LessonVariant = { id: string; label: string; scenario: ScenarioJson };

/** A number the run produces, read from the live snapshot (see lessons/steps.ts). */
export type RunMetric = 'availability' | 'failed' | 'ok' | 'requests';

/** An answer to a prediction; `min`/`max` (inclusive/exclusive) say when the run proves it right. */
export type Choice = { id: string; text: string; min?: number; max?: number };

/** When a run step is done: a simulated time reached, or a fault of some kind applied and watched for `holdMs`. */
export type RunUntil =
  | { simMs: number }
  | { action: 'kill' | 'revive'; nodeKind: 'server' | 'database' | 'balancer'; holdMs: number };

export type LessonStep =
  | { kind: 'scene'; id: string; text: string }
  /** The Play button stays locked on this step until the learner chooses. */
  | { kind: 'predict'; id: string; question: string; metric: RunMetric; choices: Choice[] }
  | { kind: 'run'; id: string; text: string; until: RunUntil }
  /** Says whether the prediction `predict` was right, with the numbers the run produced. */
  | { kind: 'reveal'; id: string; predict: string; text: string }
  | { kind: 'check'; id: string; goal: string; text?: string };
