import { describe, expect, it } from 'vitest';
import { simOf } from '../testing/build';
import type { ServerSummary } from '../metrics/summaryTypes';

describe('retry amplification across layers', () => {
  it('three layers each making three attempts turn one request into 27 at the bottom', () => {
    const retry = { maxAttempts: 3, backoff: 'constant' as const, baseMs: 10, jitter: 'none' as const };
    const sim = simOf({
      durationMs: 10_000, network: { latencyMs: 1 },
      nodes: [
        { id: 'users', kind: 'client', target: 'a', arrivals: { process: 'constant', ratePerSec: 1 }, retry },
        { id: 'a', kind: 'server', concurrency: 100, serviceTime: { dist: 'constant', ms: 1 }, calls: [{ target: 'b', retry }] },
        { id: 'b', kind: 'server', concurrency: 100, serviceTime: { dist: 'constant', ms: 1 }, calls: [{ target: 'c', retry }] },
        { id: 'c', kind: 'server', concurrency: 100, serviceTime: { dist: 'constant', ms: 1 }, errorRate: 1 },
      ],
    });
    sim.runUntil(5_500);
    const s = sim.summary();
    const finished = s.clients.users.byOutcome.error;
    expect(finished).toBe(5);
    expect((s.nodes.c as ServerSummary).arrivals).toBe(27 * finished);
    expect(s.callSites['users->a'].amplification).toBe(3);
    expect(s.callSites['a->b'].amplification).toBe(3);
    expect(s.callSites['b->c'].amplification).toBe(3);
  });
});
