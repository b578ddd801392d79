// The rise/fall counter of an active health check (HAProxy `check inter rise fall`): a target
// starts healthy; `fall` consecutive failed checks take it down, `rise` consecutive passes bring
// it back; a pass resets the failure run and a failure resets the pass run.
export type HealthSettings = { intervalMs: number; timeoutMs: number; rise: number; fall: number };

export const HEALTH_PRESETS: Record<'haproxy' | 'aws-alb', HealthSettings> = {
  // HAProxy defaults: inter 2s, rise 2, fall 3; `timeout check` falls back to inter when unset.
  haproxy: { intervalMs: 2000, timeoutMs: 2000, rise: 2, fall: 3 },
  // AWS ALB target group defaults: interval 30 s, timeout 5 s, healthy 5, unhealthy 2.
  'aws-alb': { intervalMs: 30_000, timeoutMs: 5000, rise: 5, fall: 2 },
};

/** Without a preset, missing fields take these (the scenario format's example values). */
const DEFAULTS: HealthSettings = { intervalMs: 2000, timeoutMs: 1000, rise: 2, fall: 3 };

export function resolveHealth(spec: Partial<HealthSettings> & { preset?: keyof typeof HEALTH_PRESETS }): HealthSettings {
  const base = spec.preset ? HEALTH_PRESETS[spec.preset] : DEFAULTS;
  return {
    intervalMs: spec.intervalMs ?? base.intervalMs,
    timeoutMs: spec.timeoutMs ?? base.timeoutMs,
    rise: spec.rise ?? base.rise,
    fall: spec.fall ?? base.fall,
  };
}

export type HealthCounter = { healthy: boolean; failRun: number; passRun: number };

export function createHealthCounter(): HealthCounter {
  return { healthy: true, failRun: 0, passRun: 0 };
}

/** Records one check; returns true when the target's health flipped. */
export function recordCheck(h: HealthCounter, passed: boolean, s: Pick<HealthSettings, 'rise' | 'fall'>): boolean {
  if (passed) {
    h.failRun = 0;
    h.passRun++;
    if (!h.healthy && h.passRun >= s.rise) {
      h.healthy = true;
      return true;
    }
  } else {
    h.passRun = 0;
    h.failRun++;
    if (h.healthy && h.failRun >= s.fall) {
      h.healthy = false;
      return true;
    }
  }
  return false;
}
