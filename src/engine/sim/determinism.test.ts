import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createSim } from './createSim';
import { parseScenarioText } from '../scenario/parse';
import type { Command } from '../api';

const scenario = (() => {
  const r = parseScenarioText(readFileSync(new URL('../../../examples/three-servers.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r.scenario;
})();

/** Runs with live commands applied at their times; returns a hash of every event and the summary. */
function run(seed: number, log: Omit<Command, 'atMs'>[] & { at: number }[] | { at: number; cmd: Omit<Command, 'atMs'> }[]) {
  const hash = createHash('sha256');
  let count = 0;
  const sim = createSim(scenario, { seed, listener: { trace: (at, seq, type, subject) => { hash.update(`${at},${seq},${type},${subject};`); count++; } } });
  for (const { at, cmd } of log as { at: number; cmd: Omit<Command, 'atMs'> }[]) {
    sim.runUntil(at);
    sim.apply(cmd);
  }
  sim.runUntil(40_000);
  return { trace: hash.digest('hex'), count, summary: JSON.stringify(sim.summary()), log: sim.commandLog };
}

describe('determinism', () => {
  const actions = [
    { at: 5_000, cmd: { target: 's1', action: 'hang' } as const },
    { at: 9_500, cmd: { target: 's1', action: 'revive' } as const },
    { at: 12_000, cmd: { target: 's3', action: 'slow', factor: 10 } as const },
  ];

  it('same scenario + seed + command log gives the identical event trace', () => {
    const a = run(7, actions);
    const b = run(7, actions);
    expect(a.count).toBeGreaterThan(10_000);
    expect(b.trace).toBe(a.trace);
    expect(b.summary).toBe(a.summary);
  });

  it('replaying the recorded command log reproduces the run', () => {
    const first = run(7, actions);
    const replay = run(7, first.log.map(({ atMs, ...cmd }) => ({ at: atMs, cmd })));
    expect(replay.trace).toBe(first.trace);
  });

  it('another seed or another action gives another run', () => {
    const a = run(7, actions);
    expect(run(8, actions).trace).not.toBe(a.trace);
    expect(run(7, actions.slice(0, 2)).trace).not.toBe(a.trace);
  });
});
