import { describe, expect, it } from 'vitest';
import { createHealthCounter, recordCheck, resolveHealth, HEALTH_PRESETS } from './healthCheck';

describe('health check rise/fall counter', () => {
  it('goes down after exactly `fall` consecutive failures and up after `rise` passes', () => {
    const h = createHealthCounter();
    const s = { rise: 2, fall: 3 };
    const path: string[] = [];
    for (const pass of [false, false, true, false, false, false, true, false, true, true]) {
      recordCheck(h, pass, s);
      path.push(h.healthy ? 'up' : 'down');
    }
    // a pass after two failures resets the run; the third failure in a row takes it down;
    // a failure between passes resets the rise run.
    expect(path).toEqual(['up', 'up', 'up', 'up', 'up', 'down', 'down', 'down', 'down', 'up']);
  });

  it('carries the presets of HAProxy and AWS ALB', () => {
    expect(HEALTH_PRESETS.haproxy).toMatchObject({ intervalMs: 2000, rise: 2, fall: 3 });
    expect(HEALTH_PRESETS['aws-alb']).toEqual({ intervalMs: 30_000, timeoutMs: 5000, rise: 5, fall: 2 });
    expect(resolveHealth({ preset: 'aws-alb', fall: 4 }).fall).toBe(4);
  });
});
