// Command-line arguments of `npm run sim`.
import { MAX_SWEEP_POINTS, rangeSize } from '../engine/sweep/sweep';
export type CliArgs = {
  file: string; seed?: number; untilMs?: number; json: boolean; seriesMs?: number;
  sets: { path: string; value: unknown }[];
  sweep?: { path: string; from: number; to: number; step: number };
  seeds: number;
};

export const USAGE = 'usage: npm run --silent sim -- FILE [--seed N] [--until MS] [--json] [--series MS] ' +
  '[--set path=value]... [--sweep path=from:to:step [--seeds N]]';

/** `--set` values are JSON when they parse as JSON (numbers, true, "text"), else plain text. */
function valueOf(raw: string): unknown {
  try { return JSON.parse(raw); } catch { return raw; }
}

export function parseArgs(argv: string[]): { ok: true; args: CliArgs } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  let file: string | undefined;
  const args: Partial<CliArgs> & { sets: CliArgs['sets'] } = { json: false, sets: [], seeds: 3 };
  const numberAfter = (flag: string, i: number, integer: boolean): number | undefined => {
    const raw = argv[i + 1];
    const n = Number(raw);
    if (raw === undefined || raw.startsWith('--') || !Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
      problems.push(`${flag}: expects ${integer ? 'a whole number ≥ 0' : 'a number ≥ 0'}, got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}`);
      return undefined;
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    switch (a) {
      case '--json': args.json = true; break;
      case '--seed': args.seed = numberAfter(a, i++, true); break;
      case '--until': args.untilMs = numberAfter(a, i++, false); break;
      case '--seeds': {
        const n = numberAfter(a, i++, true);
        if (n === 0 || (n !== undefined && n > 100)) problems.push(`--seeds: expects 1 to 100 seeds, got ${n}`);
        else if (n !== undefined) args.seeds = n;
        break;
      }
      case '--series': {
        const v = numberAfter(a, i++, false);
        if (v === 0) problems.push('--series: expects a bucket size > 0 ms, got 0');
        else args.seriesMs = v;
        break;
      }
      case '--set': {
        const raw = argv[++i] ?? '';
        const eq = raw.indexOf('=');
        if (eq <= 0) problems.push(`--set: expects path=value, got ${JSON.stringify(raw)}`);
        else args.sets.push({ path: raw.slice(0, eq), value: valueOf(raw.slice(eq + 1)) });
        break;
      }
      case '--sweep': {
        const raw = argv[++i] ?? '';
        const m = /^(.+)=(-?[\d.]+):(-?[\d.]+):([\d.]+)$/.exec(raw);
        const [from, to, step] = m ? [Number(m[2]), Number(m[3]), Number(m[4])] : [NaN, NaN, NaN];
        if (!m || !(step > 0) || to < from) problems.push(`--sweep: expects path=from:to:step with from ≤ to and step > 0, got ${JSON.stringify(raw)}`);
        else if (rangeSize(from, to, step) > MAX_SWEEP_POINTS)
          problems.push(`--sweep: ${from}:${to}:${step} is ${rangeSize(from, to, step).toLocaleString('en-US')} points; at most ${MAX_SWEEP_POINTS.toLocaleString('en-US')} (use a larger step)`);
        else args.sweep = { path: m[1], from, to, step };
        break;
      }
      default:
        if (a.startsWith('--')) problems.push(`${a}: unknown option`);
        else if (file) problems.push(`${a}: only one scenario file is expected (already have ${file})`);
        else file = a;
    }
  }
  if (!file) problems.push('FILE: a scenario JSON file is required');
  if (problems.length) return { ok: false, problems };
  return { ok: true, args: { ...args, file: file! } as CliArgs };
}
