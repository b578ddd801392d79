// Lessons are data (STYLE principle 9): text, a scenario, and goals the page checks against
// the live run. No components, no logic beyond what `goals.ts` knows how to evaluate.

/** A scenario document as JSON; the worker validates it, so the page never trusts its shape. */
export type ScenarioJson = Record<string, unknown>;

export type GoalCheck = {
  /** Kill a node of `nodeKind`, then keep availability ≥ `minAvailability` for `holdMs` of simulated time. */
  kind: 'survive-kill';
  nodeKind: 'server' | 'database' | 'balancer';
  holdMs: number;
  minAvailability: number;
};

export type Goal = { id: string; text: string; check: GoalCheck };

export type Lesson = {
  id: string;
  title: string;
  /** Markdown-ish: paragraphs split by blank lines; **bold**, *emphasis*, `code`; lines starting "- " are a list. */
  text: string;
  scenario: ScenarioJson;
  goals: Goal[];
};
