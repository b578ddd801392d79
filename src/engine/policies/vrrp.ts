// VRRP timing (RFC 5798 §6.1): a backup declares the master dead after
// Master_Down_Interval = 3 × Advertisement_Interval + Skew_Time, where
// Skew_Time = ((256 − Priority) × Advertisement_Interval) / 256 — so the highest-priority backup
// wins the race. Priority 100, advert 1 s → 3.609 s; 200 → 3.219 s; 254 → 3.008 s.
export const DEFAULT_VRRP_PRIORITY = 100;

export function skewMs(priority: number, advertIntervalMs: number): number {
  return ((256 - priority) * advertIntervalMs) / 256;
}

export function masterDownIntervalMs(priority: number, advertIntervalMs: number): number {
  return 3 * advertIntervalMs + skewMs(priority, advertIntervalMs);
}
