// Command-line arguments of `npm run sim`: FILE [--seed N] [--until MS] [--json] [--series MS].
export type CliArgs = { file: string; seed?: number; untilMs?: number; json: boolean; seriesMs?: number };

export const USAGE = 'usage: npm run --silent sim -- FILE [--seed N] [--until MS] [--json] [--series MS]';

export function parseArgs(argv: string[]): { ok: true; args: CliArgs } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  let file: string | undefined;
  const args: Partial<CliArgs> = { json: false };
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
      case '--series': {
        const v = numberAfter(a, i++, false);
        if (v === 0) problems.push('--series: expects a bucket size > 0 ms, got 0');
        else args.seriesMs = v;
        break;
      }
      case '--sweep': problems.push('--sweep: not supported yet (parameter sweeps arrive with the retries issue)'); i++; break;
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
