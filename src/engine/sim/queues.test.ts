import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { simOf } from '../testing/build';
import { parseScenario } from '../scenario/parse';
import { createSim } from './createSim';
import type { StateChange } from '../api';
import type { ScenarioInput } from '../scenario/schema';

type Input = Omit<ScenarioInput, 'format'>;

const pipeline = (o: { vt?: number; work?: number; idempotent?: boolean; poison?: boolean; maxReceive?: number; workers?: number; faults?: Input['faults'] }): Input => ({
  durationMs: 60_000, network: { latencyMs: 1 },
  nodes: [
    { id: 'users', kind: 'client', target: 'api', arrivals: { process: 'constant', ratePerSec: 20 } },
    { id: 'api', kind: 'server', concurrency: 8, serviceTime: { dist: 'constant', ms: 5 },
      enqueue: [{ queue: 'jobs', job: o.poison ? 'provision-workspace' : 'send-welcome-email' }] },
    { id: 'jobs', kind: 'queue', visibilityTimeoutMs: o.vt ?? 30_000, maxReceiveCount: o.maxReceive ?? 5 },
    { id: 'mailers', kind: 'workers', source: 'jobs', concurrency: o.workers ?? 8, idempotent: o.idempotent ?? false,
      serviceTime: { dist: 'constant', ms: 10 }, calls: [{ target: 'email' }],
      jobs: { 'provision-workspace': { errorRate: 1 } } },
    { id: 'email', kind: 'server', concurrency: 50, serviceTime: { dist: 'constant', ms: o.work ?? 100 } },
  ],
  faults: o.faults ?? [],
});

describe('job queues', () => {
  it('a visibility timeout shorter than the work makes duplicates; an idempotent handler suppresses them', () => {
    const dupes: StateChange[] = [];
    const plain = simOf(pipeline({ vt: 300, work: 500 }), { listener: { change: (c) => { if (c.type === 'duplicate') dupes.push(c); } } });
    plain.runUntil(20_000);
    const q = plain.summary().queues.jobs;
    expect(q.duplicateSideEffects).toBeGreaterThan(0);
    expect(q.redeliveries).toBeGreaterThan(0);
    expect(dupes[0]).toMatchObject({ type: 'duplicate', queue: 'jobs', jobType: 'send-welcome-email' });
    expect(typeof (dupes[0] as { user: number }).user).toBe('number');
    const idem = simOf(pipeline({ vt: 300, work: 500, idempotent: true }));
    idem.runUntil(20_000);
    const qi = idem.summary().queues.jobs;
    expect(qi.duplicateSideEffects).toBe(0);
    expect(qi.duplicatesSuppressed).toBeGreaterThan(0);
  });

  it('killing a worker after the email went out and before the ack causes duplicates when the job comes back', () => {
    const sim = simOf(pipeline({ vt: 2000, work: 100, workers: 4 }));
    // A job enqueued at 9,900 ms has its email sent at ~10,010 ms and is acknowledged at ~10,020 ms.
    sim.runUntil(10_015);
    sim.apply({ target: 'mailers', action: 'kill' });
    sim.runUntil(10_500);
    sim.apply({ target: 'mailers', action: 'revive' });
    sim.runUntil(20_000);
    const q = sim.summary().queues.jobs;
    expect(q.redeliveries).toBeGreaterThan(0);
    expect(q.duplicateSideEffects).toBeGreaterThan(0);
  });

  it('a job that always fails reaches the dead-letter queue after exactly maxReceiveCount deliveries', () => {
    const dead: StateChange[] = [];
    const sim = simOf(pipeline({ poison: true, maxReceive: 4 }), { listener: { change: (c) => { if (c.type === 'job-dead') dead.push(c); } } });
    sim.runUntil(10_000);
    const q = sim.summary().queues.jobs;
    expect(q.deadLettered).toBeGreaterThan(100);
    expect(dead.every((d) => d.type === 'job-dead' && d.receiveCount === 4)).toBe(true);
    expect(q.completed).toBe(0);
    // redrive puts them back
    sim.apply({ target: 'jobs', action: 'redrive' });
    expect(sim.summary().queues.jobs.deadLettered).toBe(0);
    expect(sim.summary().queues.jobs.booksBalance).toBe(true);
  });

  it('scaling workers live drains a backlog', () => {
    const sim = simOf(pipeline({ workers: 1, work: 200 }));
    sim.runUntil(20_000);
    const backlog = sim.summary().queues.jobs.waiting;
    expect(backlog).toBeGreaterThan(200);
    sim.apply({ target: 'mailers', action: 'scale', concurrency: 40 });
    sim.runUntil(40_000);
    expect(sim.summary().queues.jobs.waiting).toBeLessThan(5);
  });

  it('the books balance over random scenarios: enqueued = completed + dead + discarded + waiting + in flight', () => {
    fc.assert(fc.property(fc.record({
      vt: fc.integer({ min: 50, max: 3000 }), work: fc.integer({ min: 1, max: 800 }), workers: fc.integer({ min: 1, max: 10 }),
      maxReceive: fc.integer({ min: 1, max: 6 }), poison: fc.boolean(), idempotent: fc.boolean(),
      killAt: fc.integer({ min: 0, max: 5000 }), until: fc.integer({ min: 100, max: 8000 }),
    }), (o) => {
      const sim = simOf(pipeline({ ...o, faults: [{ atMs: o.killAt, target: 'mailers', action: 'kill' }, { atMs: o.killAt + 700, target: 'mailers', action: 'revive' }] }));
      sim.runUntil(o.until);
      const q = sim.summary().queues.jobs;
      expect(q.enqueued).toBe(q.completed + q.deadLettered + q.discarded + q.waiting + q.inFlight);
      expect(q.booksBalance).toBe(true);
    }), { numRuns: 60, seed: 7 });
  });
});

describe('registration: move the email out of the request path', () => {
  const base = JSON.parse(readFileSync(new URL('../../../examples/registration.json', import.meta.url), 'utf8'));
  // Enough workers to keep up with two jobs per registration (the example's four fall behind).
  base.nodes[3].concurrency = 40;
  const sync = structuredClone(base);
  sync.nodes[1].routes['/register'] = { ...sync.nodes[1].routes['/register'], enqueue: undefined, calls: [{ target: 'email', timeoutMs: 3000 }] };
  const run = (input: unknown) => {
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const sim = createSim(parsed.scenario);
    sim.runUntil(40_000);
    const before = sim.summary().clients.users;
    sim.runUntil(70_000);
    const during = sim.summary().clients.users;
    sim.runUntil(120_000);
    const failed = (c: typeof before) => Object.entries(c.byOutcome).reduce((n, [o, k]) => (o === 'ok' ? n : n + k), 0);
    return { s: sim.summary(), failedDuringOutage: failed(during) - failed(before) };
  };

  it('async /register p99 is below the sync p99 by about the email latency; no registration fails in the outage', () => {
    const a = run(base), b = run(sync);
    const asyncP99 = a.s.clients.users.latencyMs.p99, syncP99 = b.s.clients.users.latencyMs.p99;
    expect(syncP99 - asyncP99).toBeGreaterThan(1000); // the email's p99 is 2.5 s
    expect(a.failedDuringOutage).toBe(0);
    expect(b.failedDuringOutage).toBeGreaterThan(400);
    expect(a.s.queues.jobs.booksBalance).toBe(true);
  });
});
