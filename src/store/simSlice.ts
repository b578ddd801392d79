// The mirrored simulation: what the worker last told us, at most ~10 times a second.
// Per-frame particle data never lands here (the canvas reads it from the bridge directly).
import type { StateCreator } from 'zustand';
import type { Command, LiveSnapshot } from '../engine/api';
import type { TopologyNode } from '../worker/protocol';

export type SimStatus = 'loading' | 'ready' | 'invalid' | 'failed';

export type SimSlice = {
  status: SimStatus;
  title: string;
  durationMs: number;
  topology: TopologyNode[];
  /** Why the scenario cannot run, one line per problem naming its path. */
  problems: string[];
  /** Why the simulation stopped (an exception in the worker). */
  failure: string | null;
  /** A command the engine refused; the run goes on. Cleared by the next command. */
  commandError: string | null;
  snapshot: LiveSnapshot | null;
  commandLog: Command[];
  /** The scenario document running now, after any parameter change (for sharing and editing). */
  scenarioDoc: unknown;
  /** A message for the learner that is not an error of the run (a damaged share link). */
  notice: string | null;
};

export const initialSim: SimSlice = {
  status: 'loading', title: '', durationMs: 0, topology: [], problems: [], failure: null,
  commandError: null, snapshot: null, commandLog: [], scenarioDoc: null, notice: null,
};

export const createSimSlice: StateCreator<SimSlice, [], [], SimSlice> = () => ({ ...initialSim });
