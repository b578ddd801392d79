// The sweep worker's logic without the Worker: runs every (series, value) point with the
// engine's runPoint and reports each as it finishes. Tested in Node.
import { runPoint } from '../engine/sweep/sweep';
import { setPath } from '../engine/sweep/setPath';
import { SWEEP_PROTOCOL_VERSION as v, type SweepAnswer, type SweepRequest } from './sweepProtocol';

export function runSweepRequest(msg: SweepRequest, post: (answer: SweepAnswer) => void): void {
  if (!msg || msg.v !== v || msg.type !== 'run') {
    post({ v, type: 'failed', id: msg?.id ?? -1, message: `Sweep protocol mismatch: expected v${v}.` });
    return;
  }
  const total = msg.series.length * msg.values.length;
  let done = 0;
  try {
    // Point by point across the series, so every line grows together on the plot.
    const inputs = msg.series.map((s) => ({ id: s.id, input: s.sets.reduce((doc, set) => setPath(doc, set.path, set.value), msg.scenario) }));
    for (const value of msg.values) {
      for (const s of inputs) {
        const row = runPoint({ input: s.input, path: msg.path, values: msg.values, seeds: msg.seeds }, value);
        post({ v, type: 'point', id: msg.id, series: s.id, value, metrics: row.metrics, done: ++done, total });
      }
    }
    post({ v, type: 'done', id: msg.id });
  } catch (e) {
    post({ v, type: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
}
