import { describe, expect, it } from 'vitest';
import type { Command, LiveSnapshot } from '../engine/api';
import type { TopologyNode } from '../worker/protocol';
import { evaluateGoal } from './goals';
import { redundancy } from './redundancy';

const check = redundancy.goals[0].check;
const topology: TopologyNode[] = [
  { id: 'users', kind: 'client', targets: ['lb'], concurrency: 0 },
  { id: 'lb', kind: 'balancer', targets: ['s1', 's2'], concurrency: 0 },
  { id: 's1', kind: 'server', targets: [], concurrency: 4 },
  { id: 's2', kind: 'server', targets: [], concurrency: 4 },
];

function snap(simMs: number, ratio: number): LiveSnapshot {
  return {
    simMs, events: 0, nodes: [], clients: [],
    totals: { requests: 0, ok: 0, failed: 0, inFlight: 0 },
    availability: { ratio, nines: null, downtimePerYearHours: 0 },
    chart: { bucketMs: 1000, points: [] },
    series: {}, fine: { bucketMs: 100, startMs: 0, arrivals: {} }, breakers: {}, callSites: {}, queues: {}, singlePointsOfFailure: [],
  };
}

describe('survive-kill goal', () => {
  it('is pending until a server is killed', () => {
    const balancerKill: Command[] = [{ atMs: 1000, target: 'lb', action: 'kill' }];
    expect(evaluateGoal(check, { snapshot: snap(30_000, 1), commandLog: [], topology }).status).toBe('pending');
    expect(evaluateGoal(check, { snapshot: snap(30_000, 1), commandLog: balancerKill, topology }).status).toBe('pending');
  });

  it('waits 10 simulated seconds after the kill, then judges availability', () => {
    const log: Command[] = [{ atMs: 5000, target: 's2', action: 'kill' }];
    expect(evaluateGoal(check, { snapshot: snap(14_999, 1), commandLog: log, topology }).status).toBe('pending');
    expect(evaluateGoal(check, { snapshot: snap(15_000, 0.99), commandLog: log, topology }).status).toBe('met');
    expect(evaluateGoal(check, { snapshot: snap(15_000, 0.9899), commandLog: log, topology }).status).toBe('failed');
  });

  it('has the lesson scenario without scheduled faults', () => {
    expect(redundancy.scenario.faults).toEqual([]);
    expect(redundancy.id).toBe('redundancy');
    expect(redundancy.title).toBe('Redundancy: kill a server');
  });
});
