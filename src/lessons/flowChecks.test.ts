import { describe, expect, it } from 'vitest';
import type { LiveSnapshot } from '../engine/api';
import { evaluateFlow, metricValue } from './flowChecks';
import type { FlowCheck } from './labTypes';

const snap = (o: Partial<LiveSnapshot> = {}): LiveSnapshot => ({
  simMs: 3000, events: 0, nodes: [], clients: [], totals: { requests: 0, ok: 0, failed: 0, inFlight: 0 },
  availability: { ratio: 1, nines: null, downtimePerYearHours: 0 },
  chart: { bucketMs: 1000, points: [{ startMs: 0, ok: 10, failed: 0, p99: 1 }, { startMs: 1000, ok: 0, failed: 10, p99: 0 }, { startMs: 2000, ok: 0, failed: 1, p99: 0 }] },
  series: { 'node:db:arrivals': [10, 270, 500] }, fine: { bucketMs: 100, startMs: 0, arrivals: { api: [5, 300, 40] } },
  breakers: {}, callSites: {}, queues: {}, singlePointsOfFailure: [], ...o,
});

describe('flow checks', () => {
  it('reads the load multiplier from complete seconds with enough finished requests', () => {
    // second 2 is incomplete at 3000? no: [2000, 3000) is complete, but only 1 request finished there.
    expect(metricValue('multiplier:db', snap())).toBe(27);
  });

  it('reads the herd peak only from buckets after the given time', () => {
    expect(metricValue('herd-peak:api:0', snap())).toBe(300);
    expect(metricValue('herd-peak:api:200', snap())).toBe(40);
  });

  it('waits for the scenario to match, then judges every condition', () => {
    const check: FlowCheck = { kind: 'flow', when: [{ path: 'nodes[0].retry.jitter', equals: 'full' }], whenHint: 'Press Full jitter.',
      all: [{ metric: 'herd-peak:api:0', op: '<=', value: 100, label: 'peak' }] };
    const base = { snapshot: snap(), commandLog: [], topology: [] };
    expect(evaluateFlow(check, { ...base, scenarioDoc: { nodes: [{ retry: { jitter: 'none' } }] } })).toEqual({ status: 'pending', detail: 'Press Full jitter.' });
    expect(evaluateFlow(check, { ...base, scenarioDoc: { nodes: [{ retry: { jitter: 'full' } }] } }).detail).toBe('peak 300 (want <=100)');
    expect(evaluateFlow({ ...check, all: [{ ...check.all[0], value: 300 }] }, { ...base, scenarioDoc: { nodes: [{ retry: { jitter: 'full' } }] } }).status).toBe('met');
  });

  it('waits for the learner’s action when one is required', () => {
    const check: FlowCheck = { kind: 'flow', afterAction: { action: 'redrive', target: 'jobs' }, all: [] };
    expect(evaluateFlow(check, { snapshot: snap(), commandLog: [], topology: [] }).detail).toBe('Waiting for you to redrive jobs.');
    expect(evaluateFlow(check, { snapshot: snap(), commandLog: [{ atMs: 1, target: 'jobs', action: 'redrive' }], topology: [] }).status).toBe('met');
  });
});
