import { describe, expect, it } from 'vitest';
import { simOf } from '../testing/build';

// One slow email per job and a visibility timeout shorter than the work: every job comes back.
const sim = () => simOf({
  durationMs: 30_000, network: { latencyMs: 1 },
  nodes: [
    { id: 'users', kind: 'client', target: 'api', arrivals: { process: 'constant', ratePerSec: 2 } },
    { id: 'api', kind: 'server', concurrency: 8, serviceTime: { dist: 'constant', ms: 5 }, enqueue: [{ queue: 'jobs', job: 'send-welcome-email' }] },
    { id: 'jobs', kind: 'queue', visibilityTimeoutMs: 300, maxReceiveCount: 3 },
    { id: 'mailers', kind: 'workers', source: 'jobs', concurrency: 50, serviceTime: { dist: 'constant', ms: 10 }, calls: [{ target: 'email' }] },
    { id: 'email', kind: 'server', concurrency: 50, serviceTime: { dist: 'constant', ms: 500 } },
  ],
});

describe('queue job tokens', () => {
  it('a job that comes back after its visibility timeout is the same job with a higher receive count', () => {
    const s = sim();
    s.runUntil(600); // the first job (enqueued at ~507 ms) is out with its first delivery
    const first = s.snapshot().queues.jobs.tokens!.find((t) => t.state === 'in-flight')!;
    expect(first.receiveCount).toBe(1);
    s.runUntil(900); // its 300 ms ran out at ~808 ms: delivered again
    const again = s.snapshot().queues.jobs.tokens!.find((t) => t.id === first.id)!;
    expect(again).toMatchObject({ id: first.id, type: 'send-welcome-email', state: 'in-flight', receiveCount: 2 });
  });

  it('tokens never claim more jobs in a state than the books hold', () => {
    const s = sim();
    for (let t = 1000; t <= 20_000; t += 1000) {
      s.runUntil(t);
      const q = s.snapshot().queues.jobs;
      const n = (st: string) => q.tokens!.filter((x) => x.state === st).length;
      expect(n('waiting')).toBeLessThanOrEqual(q.waiting);
      expect(n('in-flight') + n('delayed')).toBeLessThanOrEqual(q.inFlight + q.waiting);
      expect(n('dead')).toBeLessThanOrEqual(q.deadLettered);
    }
    expect(s.snapshot().queues.jobs.tokens!.some((x) => x.state === 'dead' && x.receiveCount === 3)).toBe(true);
  });
});
