// Messages between the page and the simulation worker. Types only: both sides switch on `type`
// exhaustively. Bump PROTOCOL_VERSION when a message changes shape.
//
// Every message to the worker gets exactly one answer, so the page can keep one request in
// flight at a time (back-pressure): `load`/`reset` answer `loaded` | `invalid` | `failed`,
// `advance`/`command` answer `frame` | `failed`.
import type { Command, Hop, LiveSnapshot, StateChange, FaultAction } from '../engine/api';

// v2: TopologyNode gained `queueLimit`; `command` is answered with a frame.
// v3: `load` may replay a command log to a time (share links); `set` changes one field of the
// scenario and replays the run to where it was; `seek` moves to any time (re-simulating from the
// start when going back, which forks the future); `loaded` carries the scenario and its time.
export const PROTOCOL_VERSION = 3;

export type ToWorker =
  | { v: typeof PROTOCOL_VERSION; type: 'load'; scenario: unknown; seed?: number; commandLog?: Command[]; atMs?: number }
  | { v: typeof PROTOCOL_VERSION; type: 'set'; path: string; value: unknown }
  | { v: typeof PROTOCOL_VERSION; type: 'seek'; toMs: number; maxHops: number }
  | { v: typeof PROTOCOL_VERSION; type: 'advance'; toMs: number; maxHops: number }
  | { v: typeof PROTOCOL_VERSION; type: 'command'; target: string; fault: FaultAction }
  | { v: typeof PROTOCOL_VERSION; type: 'reset'; seed?: number };

/** What the page draws of a node: who it sends to, and the limits its gauges are drawn against. */
export type TopologyNode = {
  id: string;
  kind: string;
  label?: string;
  /** Clients: [target]; balancers: targets; virtual-ips: members; workers: [source]. */
  targets: string[];
  concurrency: number;
  /** Absent = unbounded queue. */
  queueLimit?: number;
};

export type Frame = {
  v: typeof PROTOCOL_VERSION;
  type: 'frame';
  simMs: number;
  hops: Hop[];
  /** Hops left out of `hops` to keep the page responsive. */
  dropped: number;
  changes: StateChange[];
  snapshot: LiveSnapshot;
  /** Actions applied so far in this run. */
  commandLog: Command[];
  /** Every recorded action, including those after a seek back that scrubbing forward will replay. */
  timeline: Command[];
};

export type FromWorker =
  | {
      v: typeof PROTOCOL_VERSION; type: 'loaded'; title: string; seed: number; durationMs: number; nodes: TopologyNode[];
      /** The scenario document now running (after any `set`), and the simulated time it was replayed to. */
      scenario: unknown; simMs: number;
      /** Commands of a replayed log that could not be applied (their node no longer exists). */
      skipped: string[];
    }
  | { v: typeof PROTOCOL_VERSION; type: 'invalid'; problems: string[] }
  /** A `set` that would make the scenario invalid: nothing changed, the run goes on. */
  | { v: typeof PROTOCOL_VERSION; type: 'rejected'; problems: string[] }
  | Frame
  | { v: typeof PROTOCOL_VERSION; type: 'failed'; message: string };
