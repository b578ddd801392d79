// Runs the five preset outages off the main thread: five two-minute runs take seconds, and the
// page must stay responsive (Play must answer) while they compute.
import { runPresets } from './presetRuns';

runPresets().then((rows) => postMessage({ rows }), (e) => postMessage({ error: String(e) }));
