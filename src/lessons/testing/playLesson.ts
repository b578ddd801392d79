// Plays a lesson's scenario headless, the way a learner would in the page: knobs set before the
// run, actions applied at given simulated times. Tests use it to check that what a lesson
// predicts, reveals and asks for is what the engine actually does.
import { createSim, parseScenario, setPath, type Command, type FaultAction, type LiveSnapshot, type StateChange } from '../../engine';
import type { TopologyNode } from '../../worker/protocol';
import type { ScenarioJson } from '../types';
import type { GoalContext } from '../goals';

export type Action = { atMs: number; target: string } & FaultAction;

export type Played = GoalContext & { snapshot: LiveSnapshot; commandLog: Command[]; changes: StateChange[]; scenarioDoc: ScenarioJson };

/** `sets` are knob changes applied to the document before the run (a knob replays from the start). */
export function playLesson(doc: ScenarioJson, opts: { untilMs: number; actions?: Action[]; sets?: { path: string; value: unknown }[] }): Played {
  let scenarioDoc = doc;
  for (const s of opts.sets ?? []) scenarioDoc = setPath(scenarioDoc, s.path, s.value);
  const parsed = parseScenario(scenarioDoc);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const changes: StateChange[] = [];
  const sim = createSim(parsed.scenario, { listener: { change: (c) => { changes.push(c); } } });
  for (const { atMs, ...command } of [...(opts.actions ?? [])].sort((a, b) => a.atMs - b.atMs)) {
    sim.runUntil(atMs);
    sim.apply(command as Omit<Command, 'atMs'>);
  }
  sim.runUntil(opts.untilMs);
  return { snapshot: sim.snapshot(), commandLog: [...sim.commandLog], changes, topology: topologyOf(scenarioDoc), scenarioDoc };
}

/** Enough of the page's topology for goals and run steps: node kinds and balancer targets. */
function topologyOf(doc: ScenarioJson): TopologyNode[] {
  const nodes = (doc.nodes ?? []) as { id: string; kind: string; targets?: string[]; members?: string[]; target?: string }[];
  return nodes.map((n) => ({ id: n.id, kind: n.kind, targets: n.targets ?? n.members ?? (n.target ? [n.target] : []), concurrency: 0 }));
}
