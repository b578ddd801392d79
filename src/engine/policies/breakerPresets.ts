// Circuit-breaker policies: the scenario's BreakerPolicy resolved against the presets of
// SEMANTICS.md, each carrying the real library's defaults.
export type BreakerWindow =
  | { type: 'consecutive'; failures: number }
  | { type: 'count'; size: number }
  | { type: 'time'; ms: number; buckets: number };

export type BreakerSettings = {
  window: BreakerWindow;
  failureRatePercent: number;
  minimumCalls: number;
  openWhen: 'at-or-above' | 'above';
  slowCallMs: number | null;
  slowCallRatePercent: number | null;
  openMs: number;
  halfOpenOn: 'timer' | 'next-call';
  halfOpenProbes: number | 'unlimited';
  /** Hystrix compares an integer error percentage: (int)(errors / total × 100). */
  integerPercent: boolean;
};

export type BreakerPresetName = 'article' | 'opossum' | 'resilience4j' | 'polly' | 'hystrix';

export const BREAKER_PRESETS: Record<BreakerPresetName, BreakerSettings> = {
  // The classic hand-written breaker: five failures in a row, 30 s open, and a half-open state
  // that lets every waiting call through at once.
  article: { window: { type: 'consecutive', failures: 5 }, failureRatePercent: 100, minimumCalls: 5, openWhen: 'at-or-above',
    slowCallMs: null, slowCallRatePercent: null, openMs: 30_000, halfOpenOn: 'next-call', halfOpenProbes: 'unlimited', integerPercent: false },
  // opossum: rollingCountTimeout 10 s in 10 buckets, errorThresholdPercentage 50 compared with >,
  // volumeThreshold 0, reset timeout 30 s on a timer, one trial call in half-open.
  opossum: { window: { type: 'time', ms: 10_000, buckets: 10 }, failureRatePercent: 50, minimumCalls: 0, openWhen: 'above',
    slowCallMs: null, slowCallRatePercent: null, openMs: 30_000, halfOpenOn: 'timer', halfOpenProbes: 1, integerPercent: false },
  // resilience4j: COUNT_BASED sliding window 100, failureRateThreshold 50 (≥), minimumNumberOfCalls 100,
  // waitDurationInOpenState 60 s, half-open on the next call, permittedNumberOfCallsInHalfOpenState 10.
  resilience4j: { window: { type: 'count', size: 100 }, failureRatePercent: 50, minimumCalls: 100, openWhen: 'at-or-above',
    slowCallMs: null, slowCallRatePercent: null, openMs: 60_000, halfOpenOn: 'next-call', halfOpenProbes: 10, integerPercent: false },
  // Polly v8 advanced circuit breaker: FailureRatio 0.1 (≥), SamplingDuration 30 s, MinimumThroughput 100,
  // BreakDuration 5 s; one probe in half-open.
  polly: { window: { type: 'time', ms: 30_000, buckets: 10 }, failureRatePercent: 10, minimumCalls: 100, openWhen: 'at-or-above',
    slowCallMs: null, slowCallRatePercent: null, openMs: 5000, halfOpenOn: 'next-call', halfOpenProbes: 1, integerPercent: false },
  // Hystrix: metrics.rollingStats 10 s in 10 buckets, requestVolumeThreshold 20, errorThresholdPercentage 50
  // against an integer percentage, sleepWindowInMilliseconds 5 s, one test request.
  hystrix: { window: { type: 'time', ms: 10_000, buckets: 10 }, failureRatePercent: 50, minimumCalls: 20, openWhen: 'at-or-above',
    slowCallMs: null, slowCallRatePercent: null, openMs: 5000, halfOpenOn: 'next-call', halfOpenProbes: 1, integerPercent: true },
};

export type BreakerPolicyInput = {
  preset?: BreakerPresetName;
  window?: { type: 'consecutive'; failures: number } | { type: 'count'; size: number } | { type: 'time'; ms: number; buckets?: number };
  failureRatePercent?: number;
  minimumCalls?: number;
  openWhen?: 'at-or-above' | 'above';
  slowCallMs?: number;
  slowCallRatePercent?: number;
  openMs?: number;
  halfOpenOn?: 'timer' | 'next-call';
  halfOpenProbes?: number | 'unlimited';
};

/** A preset fills every field; fields given beside it win; without a preset, opossum's values fill in. */
export function resolveBreaker(p: BreakerPolicyInput): BreakerSettings {
  const base = BREAKER_PRESETS[p.preset ?? 'opossum'];
  const given = p.window;
  const window: BreakerWindow = !given ? base.window
    : given.type === 'time' ? { type: 'time', ms: given.ms, buckets: given.buckets ?? 10 } : given;
  return {
    window,
    failureRatePercent: p.failureRatePercent ?? base.failureRatePercent,
    minimumCalls: p.minimumCalls ?? base.minimumCalls,
    openWhen: p.openWhen ?? base.openWhen,
    slowCallMs: p.slowCallMs ?? base.slowCallMs,
    slowCallRatePercent: p.slowCallRatePercent ?? base.slowCallRatePercent,
    openMs: p.openMs ?? base.openMs,
    halfOpenOn: p.halfOpenOn ?? base.halfOpenOn,
    halfOpenProbes: p.halfOpenProbes ?? base.halfOpenProbes,
    integerPercent: base.integerPercent && p.preset === 'hystrix',
  };
}
