// Axis and badge numbers that fit a narrow margin: 950, 12k, 1.2M (d3's ticks are round numbers).
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

export function tickLabel(n: number): string {
  return Math.abs(n) >= 10_000 ? compact.format(n) : String(+n.toPrecision(6));
}
