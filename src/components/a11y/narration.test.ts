import { describe, expect, it } from 'vitest';
import { announcement, clock, narrate } from './narration';

const haproxy = { thresholds: () => ({ fall: 3, rise: 2 }) };

describe('narration', () => {
  it('formats simulated time as a clock', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(26_400)).toBe('0:26');
    expect(clock(3_725_000)).toBe('1:02:05');
  });

  it('tells health checks with their count', () => {
    expect(narrate({ type: 'health', atMs: 26_000, balancer: 'lb', target: 's2', healthy: false }, haproxy))
      .toBe('s2 failed its third health check and left rotation at 0:26');
    expect(narrate({ type: 'health', atMs: 64_000, balancer: 'lb', target: 's2', healthy: true }, haproxy))
      .toBe('s2 passed its second health check and rejoined rotation at 1:04');
    expect(narrate({ type: 'health', atMs: 1000, balancer: 'lb2', target: 's2', healthy: false }, { balancerCount: 2 }))
      .toBe("s2 failed its health checks and left lb2's rotation at 0:01");
  });

  it('tells node states and breakers', () => {
    expect(narrate({ type: 'node-state', atMs: 20_000, node: 's2', state: 'down' })).toBe('s2 is down at 0:20');
    expect(narrate({ type: 'node-state', atMs: 60_000, node: 's2', state: 'up' })).toBe('s2 is back up at 1:00');
    expect(narrate({ type: 'breaker', atMs: 12_000, site: 'x', owner: 'api1', target: 'db', state: 'open' })).toBe('breaker api1->db opened at 0:12');
    expect(narrate({ type: 'job-dead', atMs: 5000, queue: 'jobs', jobId: 12, jobType: 'email', receiveCount: 5 }))
      .toBe('job 12 (email) went to the dead-letter queue of jobs after 5 tries at 0:05');
  });

  it('summarises a flood of changes', () => {
    expect(announcement(['a', 'b'])).toBe('a. b');
    expect(announcement(['a', 'b', 'c', 'd', 'e'])).toBe('a. b. c. And 2 more changes');
    expect(announcement(['a', 'b', 'c', 'd'])).toBe('a. b. c. And 1 more change');
  });
});
