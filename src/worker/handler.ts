// The worker's brain without the Worker: one message in, exactly one answer out. The engine
// is injected so tests can drive this with a fake simulation and no thread.
import type { Scenario } from '../engine/scenario/schema';
import type { ParseResult } from '../engine/scenario/parse';
import type { Command, Sim, SimOptions, StateChange } from '../engine/api';
import { setPath } from '../engine/sweep/setPath';
import { PROTOCOL_VERSION, type Frame, type FromWorker, type ToWorker } from './protocol';
import { createHopSampler } from './hopSampler';
import { topologyOf } from './topology';

export type Engine = {
  parseScenario(input: unknown): ParseResult;
  createSim(scenario: Scenario, options: SimOptions): Sim;
};

const v = PROTOCOL_VERSION;

// State changes are rare (a node dies, a check flips), but a pathological scenario could flip
// hundreds per frame; the snapshot carries the truth anyway, so the list may be cut.
const MAX_CHANGES_PER_FRAME = 500;

export function createHandler(engine: Engine, random?: () => number): (msg: ToWorker) => FromWorker {
  let scenario: Scenario | null = null;
  let raw: unknown = null; // the document as given, so `set` edits what the author wrote
  let sim: Sim | null = null;
  // Every action taken, past and (after a seek back) future: scrubbing forward replays the
  // recorded ones; acting at an earlier time drops the ones after it (a fork).
  let timeline: Command[] = [];
  let applied = 0; // how many timeline entries the current run has applied
  let seed = 1;
  const sampler = createHopSampler(random);
  let changes: StateChange[] = [];

  /** Builds a fresh run and replays `log` up to `atMs`, exactly as it was lived. */
  function build(s: Scenario, withSeed: number, log: readonly Command[] = [], atMs = 0): FromWorker {
    seed = withSeed;
    const next = engine.createSim(s, {
      seed,
      traceRequests: true, // the inspector's "Follow one request"
      listener: {
        hop: (hop) => sampler.add(hop),
        change: (c) => { if (changes.length < MAX_CHANGES_PER_FRAME) changes.push(c); },
      },
    });
    sim = next;
    timeline = [...log];
    applied = 0;
    const skipped = runTo(atMs);
    // What happened while replaying is history, not news: the next frame starts clean.
    sampler.take();
    changes = [];
    return { v, type: 'loaded', title: s.title, seed, durationMs: s.durationMs, nodes: topologyOf(s), scenario: raw, simMs: next.now, skipped };
  }

  /** Runs the current sim to `toMs`, applying recorded actions at their times on the way. */
  function runTo(toMs: number): string[] {
    const skipped: string[] = [];
    const current = sim!;
    while (applied < timeline.length && timeline[applied].atMs <= toMs) {
      const c = timeline[applied++];
      current.runUntil(c.atMs);
      try {
        current.apply(c);
      } catch (e) {
        skipped.push(`${c.action} ${c.target} at ${(c.atMs / 1000).toFixed(1)} s: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (toMs > current.now) current.runUntil(toMs);
    return skipped;
  }

  function frame(current: Sim): Frame {
    const { hops, dropped } = sampler.take();
    const out: Frame = {
      v, type: 'frame', simMs: current.now, hops, dropped, changes,
      snapshot: current.snapshot(), commandLog: [...current.commandLog], timeline: [...timeline],
    };
    changes = [];
    return out;
  }

  function handle(msg: ToWorker): FromWorker {
    switch (msg.type) {
      case 'load': {
        const parsed = engine.parseScenario(msg.scenario);
        if (!parsed.ok) {
          scenario = null;
          sim = null;
          return { v, type: 'invalid', problems: parsed.problems };
        }
        scenario = parsed.scenario;
        raw = msg.scenario;
        return build(scenario, msg.seed ?? scenario.seed, msg.commandLog ?? [], msg.atMs ?? 0);
      }
      case 'set': {
        if (!sim || !scenario) return { v, type: 'failed', message: 'No simulation is running: load a valid scenario first.' };
        let edited: unknown;
        try {
          edited = setPath(raw, msg.path, msg.value);
        } catch (e) {
          return { v, type: 'rejected', problems: [e instanceof Error ? e.message : String(e)] };
        }
        const parsed = engine.parseScenario(edited);
        if (!parsed.ok) return { v, type: 'rejected', problems: parsed.problems };
        const { now } = sim;
        scenario = parsed.scenario;
        raw = edited;
        return build(scenario, seed, timeline, now);
      }
      case 'seek': {
        if (!sim || !scenario) return { v, type: 'failed', message: 'No simulation is running: load a valid scenario first.' };
        sampler.setCap(msg.maxHops);
        const toMs = Math.max(0, Number.isFinite(msg.toMs) ? msg.toMs : 0);
        // Forward: just run on. Back: re-simulate from the start with the log up to that time;
        // whatever is done next forks a new future from there.
        if (toMs >= sim.now) runTo(toMs);
        else build(scenario, seed, timeline, toMs);
        return frame(sim!);
      }
      case 'reset':
        if (!scenario) return { v, type: 'failed', message: 'Nothing to reset: no valid scenario is loaded.' };
        // Without a new seed, keep the one in use: a learner who picked seed 42 expects a replay of 42.
        return build(scenario, msg.seed ?? seed);
      case 'advance': {
        if (!sim) return { v, type: 'failed', message: 'No simulation is running: load a valid scenario first.' };
        sampler.setCap(msg.maxHops);
        // The simulation never runs backwards; a stale or repeated request just re-reads the state.
        if (Number.isFinite(msg.toMs) && msg.toMs > sim.now) runTo(msg.toMs);
        return frame(sim);
      }
      case 'command': {
        if (!sim) return { v, type: 'failed', message: 'No simulation is running: load a valid scenario first.' };
        sim.apply({ target: msg.target, ...msg.fault });
        // Acting now replaces whatever had been recorded after this moment.
        timeline = [...sim.commandLog];
        applied = timeline.length;
        return frame(sim);
      }
    }
  }

  return (msg) => {
    if (!msg || typeof msg !== 'object' || (msg as { v?: unknown }).v !== PROTOCOL_VERSION) {
      return { v, type: 'failed', message: `Protocol mismatch: the page speaks v${String((msg as { v?: unknown })?.v)}, the worker v${v}. Reload the page.` };
    }
    try {
      return handle(msg);
    } catch (e) {
      return { v, type: 'failed', message: e instanceof Error ? e.message : String(e) };
    }
  };
}
