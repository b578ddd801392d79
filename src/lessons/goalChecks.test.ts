import { describe, expect, it } from 'vitest';
import type { LiveSnapshot, StateChange } from '../engine/api';
import type { TopologyNode } from '../worker/protocol';
import { evaluateGoal } from './goals';

const topology: TopologyNode[] = [
  { id: 'lb', kind: 'balancer', targets: ['s1', 's2'], concurrency: 0 },
  { id: 's1', kind: 'server', targets: [], concurrency: 4 },
  { id: 's2', kind: 'server', targets: [], concurrency: 4 },
];
const snap = (simMs: number, extra: Partial<LiveSnapshot> = {}): LiveSnapshot => ({
  simMs, events: 0, nodes: [], clients: [], totals: { requests: 0, ok: 0, failed: 0, inFlight: 0 },
  availability: { ratio: 1, nines: null, downtimePerYearHours: 0 }, chart: { bucketMs: 1000, points: [] },
  series: {}, fine: { bucketMs: 100, startMs: 0, arrivals: {} }, breakers: {}, callSites: {}, queues: {}, singlePointsOfFailure: [], ...extra,
});
const health = (atMs: number, target: string, healthy: boolean): StateChange => ({ type: 'health', atMs, balancer: 'lb', target, healthy });

describe('detection goal', () => {
  const check = { kind: 'detection', maxDelayMs: 2000 } as const;
  const kill = [{ atMs: 10_000, target: 's2', action: 'kill' as const }];
  it('is met when the dead target leaves rotation in time', () => {
    const v = evaluateGoal(check, { snapshot: snap(13_000), commandLog: kill, topology, changes: [health(11_500, 's2', false)] });
    expect(v.status).toBe('met');
  });
  it('fails when it takes longer, or when a live target is pulled', () => {
    expect(evaluateGoal(check, { snapshot: snap(20_000), commandLog: kill, topology, changes: [health(14_700, 's2', false)] }).status).toBe('failed');
    expect(evaluateGoal(check, { snapshot: snap(5_000), commandLog: [], topology, changes: [health(4_000, 's1', false)] }).status).toBe('failed');
  });
});

describe('breaker-path goal and requires', () => {
  const breakers = { 'api1->db': { owner: 'api1', target: 'db', state: 'closed' as const, rejected: 3, transitions: [
    { atMs: 1, from: 'closed', to: 'open' }, { atMs: 2, from: 'open', to: 'half-open' }, { atMs: 3, from: 'half-open', to: 'closed' }] } };
  it('follows the states in order', () => {
    const ctx = { snapshot: snap(5000, { breakers }), commandLog: [], topology };
    expect(evaluateGoal({ kind: 'breaker-path', states: ['open', 'half-open', 'closed'] }, ctx).status).toBe('met');
    expect(evaluateGoal({ kind: 'breaker-path', states: ['closed', 'open'] }, ctx).status).toBe('pending');
  });
  it('waits for the required setting and for its variant', () => {
    const check = { kind: 'breaker-path', states: ['open'], requires: { path: 'nodes[0].strategy', equals: 'random', hint: 'set it' } } as const;
    const base = { snapshot: snap(5000, { breakers }), commandLog: [], topology };
    expect(evaluateGoal(check, { ...base, scenarioDoc: { nodes: [{ strategy: 'round-robin' }] } }).detail).toBe('set it');
    expect(evaluateGoal(check, { ...base, scenarioDoc: { nodes: [{ strategy: 'random' }] } }).status).toBe('met');
    expect(evaluateGoal({ ...check, requires: undefined, variant: 'pair' }, base).status).toBe('pending');
  });
});

describe('route-availability goal', () => {
  it('judges the route from afterMs on', () => {
    const clients = [{ byRoute: { '/profile': { requests: 100, ok: 40, failed: 60 } } }] as unknown as LiveSnapshot['clients'];
    const check = { kind: 'route-availability', route: '/profile', afterMs: 60_000, max: 0.8 } as const;
    expect(evaluateGoal(check, { snapshot: snap(30_000, { clients }), commandLog: [], topology }).status).toBe('pending');
    expect(evaluateGoal(check, { snapshot: snap(60_000, { clients }), commandLog: [], topology }).status).toBe('met');
  });
});
