import { describe, expect, it } from 'vitest';
import type { Command, Hop, LiveSnapshot, Sim, SimOptions } from '../engine/api';
import type { Scenario } from '../engine/scenario/schema';
import { createHandler, type Engine } from './handler';
import { PROTOCOL_VERSION as v, PROTOCOL_VERSION, type FromWorker, type ToWorker } from './protocol';
import { parseScenario } from '../engine/scenario/parse';
import { createSim } from '../engine/sim/createSim';

// A fake simulation: one request hop per simulated millisecond, so counts are exact.
function fakeEngine(): Engine & { built: { seed?: number }[] } {
  const built: { seed?: number }[] = [];
  return {
    built,
    parseScenario(input) {
      const s = input as { nodes?: unknown[] };
      if (!s?.nodes) return { ok: false, problems: ['nodes: is required'] };
      return { ok: true, scenario: { title: 'T', seed: 9, durationMs: 1000, nodes: s.nodes, faults: [] } as unknown as Scenario };
    },
    createSim(_scenario, options: SimOptions): Sim {
      built.push({ seed: options.seed });
      let now = 0;
      const log: Command[] = [];
      return {
        get now() { return now; },
        get events() { return 0; },
        runUntil(until) {
          for (let t = Math.floor(now) + 1; t <= until; t++) {
            const hop: Hop = { from: 'users', to: 's1', departMs: t, arriveMs: t + 1, kind: 'request', attempt: 1 };
            options.listener?.hop?.(hop);
          }
          now = until;
        },
        apply(c) {
          if (c.target === 'nope') throw new Error('no node "nope"');
          log.push({ ...c, atMs: now } as Command);
          options.listener?.change?.({ type: 'node-state', atMs: now, node: c.target, state: 'down' });
        },
        get commandLog() { return log; },
        snapshot: () => ({ simMs: now }) as LiveSnapshot,
        summary: () => { throw new Error('not used'); },
      };
    },
  };
}

const nodes = [{ id: 'users', kind: 'client', target: 's1' }, { id: 's1', kind: 'server', concurrency: 2 }];

describe('worker handler', () => {
  it('loads a scenario and answers with its topology', () => {
    const engine = fakeEngine();
    const handle = createHandler(engine);
    const answer = handle({ v, type: 'load', scenario: { nodes } });
    expect(answer).toMatchObject({ type: 'loaded', title: 'T', seed: 9 });
    expect(answer.type === 'loaded' && answer.nodes.map((n) => [n.id, n.targets, n.concurrency]))
      .toEqual([['users', ['s1'], 0], ['s1', [], 2]]);
  });

  it('answers invalid with the problems', () => {
    expect(createHandler(fakeEngine())({ v, type: 'load', scenario: {} })).toEqual({ v, type: 'invalid', problems: ['nodes: is required'] });
  });

  it('caps the hops of a frame and counts the rest as dropped', () => {
    const handle = createHandler(fakeEngine(), () => 0.999);
    handle({ v, type: 'load', scenario: { nodes } });
    const frame = handle({ v, type: 'advance', toMs: 100, maxHops: 30 }) as Extract<FromWorker, { type: 'frame' }>;
    expect([frame.simMs, frame.hops.length, frame.dropped]).toEqual([100, 30, 70]);
    const next = handle({ v, type: 'advance', toMs: 105, maxHops: 30 }) as Extract<FromWorker, { type: 'frame' }>;
    expect([next.hops.length, next.dropped]).toEqual([5, 0]);
  });

  it('never runs backwards', () => {
    const handle = createHandler(fakeEngine());
    handle({ v, type: 'load', scenario: { nodes } });
    handle({ v, type: 'advance', toMs: 50, maxHops: 10 });
    expect(handle({ v, type: 'advance', toMs: 20, maxHops: 10 })).toMatchObject({ simMs: 50, hops: [] });
  });

  it('applies a command and answers with a frame carrying the change and the log', () => {
    const handle = createHandler(fakeEngine());
    handle({ v, type: 'load', scenario: { nodes } });
    handle({ v, type: 'advance', toMs: 10, maxHops: 10 });
    const frame = handle({ v, type: 'command', target: 's1', fault: { action: 'kill' } });
    expect(frame).toMatchObject({
      type: 'frame', changes: [{ type: 'node-state', node: 's1', state: 'down' }],
      commandLog: [{ atMs: 10, target: 's1', action: 'kill' }],
    });
  });

  it('turns an exception into failed', () => {
    const handle = createHandler(fakeEngine());
    handle({ v, type: 'load', scenario: { nodes } });
    expect(handle({ v, type: 'command', target: 'nope', fault: { action: 'kill' } })).toEqual({ v, type: 'failed', message: 'no node "nope"' });
  });

  it('resets with the seed in use unless given a new one', () => {
    const engine = fakeEngine();
    const handle = createHandler(engine);
    handle({ v, type: 'load', scenario: { nodes }, seed: 4 });
    handle({ v, type: 'reset' });
    handle({ v, type: 'reset', seed: 12 });
    expect(engine.built.map((b) => b.seed)).toEqual([4, 4, 12]);
  });

  it('refuses a message of another protocol version', () => {
    const answer = createHandler(fakeEngine())({ v: 1, type: 'reset' } as never);
    expect(answer.type).toBe('failed');
  });
});

describe('topology', () => {
  it('draws an edge for calls made by a single route', async () => {
    const { topologyOf } = await import('./topology');
    const nodes = topologyOf({ nodes: [
      { id: 'api', kind: 'server', concurrency: 4, routes: { '/profile': { calls: [{ target: 'db' }] }, '/search': {} } },
      { id: 'db', kind: 'database', concurrency: 8, queueLimit: 10 },
    ] } as unknown as Scenario);
    expect(nodes).toEqual([
      { id: 'api', kind: 'server', targets: ['db'], concurrency: 4 },
      { id: 'db', kind: 'database', targets: [], concurrency: 8, queueLimit: 10 },
    ]);
  });

  it('draws the queue a route enqueues on, and the calls of a worker pool and its job handlers', async () => {
    const { topologyOf } = await import('./topology');
    const nodes = topologyOf({ nodes: [
      { id: 'api', kind: 'server', concurrency: 4, routes: { '/register': { enqueue: [{ queue: 'jobs', job: 'email' }] } } },
      { id: 'jobs', kind: 'queue' },
      { id: 'mailers', kind: 'workers', source: 'jobs', concurrency: 2, calls: [{ target: 'smtp' }], jobs: { crm: { calls: [{ target: 'crm' }] } } },
    ] } as unknown as Scenario);
    expect(nodes.map((n) => [n.id, n.targets])).toEqual([['api', ['jobs']], ['jobs', []], ['mailers', ['jobs', 'smtp', 'crm']]]);
  });
});

describe('handler: parameters, time travel and replay (protocol v3)', () => {
  const scenario = {
    format: 'resilience-playground/scenario@1', seed: 4, durationMs: 60_000, network: { latencyMs: 1 },
    nodes: [
      { id: 'users', kind: 'client', target: 'lb', arrivals: { process: 'poisson', ratePerSec: 100 } },
      { id: 'lb', kind: 'balancer', targets: ['s1', 's2'] },
      { id: 's1', kind: 'server', concurrency: 4 }, { id: 's2', kind: 'server', concurrency: 4 },
    ],
  };
  const send = (h: ReturnType<typeof createHandler>, m: Record<string, unknown>) => h({ v: PROTOCOL_VERSION, ...m } as ToWorker);
  const totals = (a: FromWorker) => (a.type === 'frame' ? a.snapshot.totals : null);

  it('seeking back and forward lands on the same totals, event for event', () => {
    const h = createHandler({ parseScenario, createSim });
    send(h, { type: 'load', scenario });
    send(h, { type: 'advance', toMs: 5000, maxHops: 10 });
    send(h, { type: 'command', target: 's2', fault: { action: 'kill' } });
    const at12 = totals(send(h, { type: 'advance', toMs: 12_000, maxHops: 10 }));
    const back = send(h, { type: 'seek', toMs: 3000, maxHops: 10 });
    expect(back.type === 'frame' && back.simMs).toBe(3000);
    expect(back.type === 'frame' && back.commandLog).toEqual([]);
    // the kill at 5 s is still on the timeline: scrubbing forward replays it
    expect(back.type === 'frame' && back.timeline.map((c) => c.atMs)).toEqual([5000]);
    const again = send(h, { type: 'seek', toMs: 12_000, maxHops: 10 });
    expect(totals(again)).toEqual(at12);
  });

  it('acting in the past forks the future', () => {
    const h = createHandler({ parseScenario, createSim });
    send(h, { type: 'load', scenario });
    send(h, { type: 'advance', toMs: 8000, maxHops: 10 });
    send(h, { type: 'command', target: 's2', fault: { action: 'kill' } });
    send(h, { type: 'seek', toMs: 4000, maxHops: 10 });
    const forked = send(h, { type: 'command', target: 's1', fault: { action: 'hang' } });
    expect(forked.type === 'frame' && forked.commandLog.map((c) => `${c.action} ${c.target} ${c.atMs}`)).toEqual(['hang s1 4000']);
  });

  it('set changes a field and replays to the same time; an invalid value is rejected and nothing changes', () => {
    const h = createHandler({ parseScenario, createSim });
    send(h, { type: 'load', scenario });
    send(h, { type: 'advance', toMs: 2000, maxHops: 10 });
    const ok = send(h, { type: 'set', path: 'nodes[1].strategy', value: 'least-connections' });
    expect(ok.type).toBe('loaded');
    expect(ok.type === 'loaded' && ok.simMs).toBe(2000);
    expect(ok.type === 'loaded' && (ok.scenario as typeof scenario).nodes[1]).toMatchObject({ strategy: 'least-connections' });
    const bad = send(h, { type: 'set', path: 'nodes[2].concurrency', value: 0 });
    expect(bad).toMatchObject({ type: 'rejected', problems: ['nodes[2].concurrency: must be an integer ≥ 1, got 0'] });
    expect(totals(send(h, { type: 'advance', toMs: 2500, maxHops: 10 }))!.requests).toBeGreaterThan(200);
  });

  it('load with a command log replays it to the shared moment', () => {
    const a = createHandler({ parseScenario, createSim });
    send(a, { type: 'load', scenario });
    send(a, { type: 'advance', toMs: 3000, maxHops: 10 });
    send(a, { type: 'command', target: 's1', fault: { action: 'kill' } });
    const original = send(a, { type: 'advance', toMs: 9000, maxHops: 10 });
    const b = createHandler({ parseScenario, createSim });
    const log = original.type === 'frame' ? original.commandLog : [];
    const loaded = send(b, { type: 'load', scenario, commandLog: log, atMs: 9000 });
    expect(loaded.type === 'loaded' && loaded.simMs).toBe(9000);
    expect(totals(send(b, { type: 'advance', toMs: 9000, maxHops: 10 }))).toEqual(totals(original));
  });
});
