// Availability as SEMANTICS.md defines it: ratio = ok / finished requests, nines = −log10(1 − ratio),
// downtime per year = (1 − ratio) × 8766 h (a year of 365.25 days). A perfect run has no finite
// number of nines: it is reported as null.
export const HOURS_PER_YEAR = 8766;

export function availabilityOf(ok: number, finished: number) {
  const ratio = finished > 0 ? ok / finished : 1;
  const nines = ratio >= 1 ? null : -Math.log10(1 - ratio);
  return { ratio, nines, downtimePerYearHours: (1 - ratio) * HOURS_PER_YEAR };
}
