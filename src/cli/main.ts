// `npm run sim -- FILE …`: runs a scenario headless with the same engine as the page and prints
// a readable report, or with --json only the summary; --sweep runs one point per value and prints
// a table. Bad input: exit 2, one line per problem on stderr.
import { readFileSync } from 'node:fs';
import { createSim, parseScenario, rangeValues, runPoint, setPath } from '../engine';
import { parseArgs, USAGE, type CliArgs } from './args';
import { formatReport } from './report';
import { formatSweep } from './sweepTable';

function fail(problems: string[]): never {
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.exit(2);
}

function readInput(file: string, sets: CliArgs['sets']): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail([`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    fail([`${file}: (json): ${(e as Error).message}`]);
  }
  try {
    for (const { path, value } of sets) input = setPath(input, path, value);
  } catch (e) {
    fail([`--set ${(e as Error).message}`]);
  }
  return input;
}

function main(argv: string[]) {
  const parsedArgs = parseArgs(argv);
  if (!parsedArgs.ok) fail([...parsedArgs.problems, USAGE]);
  const { file, seed, untilMs, json, seriesMs, sets, sweep, seeds } = parsedArgs.args;
  const input = readInput(file, sets);
  const parsed = parseScenario(input);
  // A problem in a field that --set wrote is the option's, not the file's: say which one.
  const setBy = (problem: string) => sets.find((s) => problem.startsWith(`${s.path}:`));
  if (!parsed.ok) fail(parsed.problems.map((p) => (setBy(p) ? `--set ${p}` : `${file}: ${p}`)));
  const scenario = parsed.scenario;

  if (sweep) {
    const values = rangeValues(sweep.from, sweep.to, sweep.step);
    const firstSeed = seed ?? scenario.seed;
    const spec = { input, path: sweep.path, values, seeds: Array.from({ length: seeds }, (_, i) => firstSeed + i), untilMs };
    const rows = [];
    for (const [i, v] of values.entries()) {
      try {
        rows.push(runPoint(spec, v));
      } catch (e) {
        fail([`${file}: ${(e as Error).message}`]);
      }
      if (!json && process.stderr.isTTY) process.stderr.write(`\r${i + 1}/${values.length} points`);
    }
    if (!json && process.stderr.isTTY) process.stderr.write('\n');
    process.stdout.write(json ? `${JSON.stringify({ path: sweep.path, seeds: spec.seeds, rows }, null, 2)}\n` : formatSweep(sweep.path, spec.seeds, rows));
    return;
  }

  const sim = createSim(scenario, { seed, seriesBucketMs: seriesMs });
  runWithProgress(sim, untilMs ?? scenario.durationMs);
  const summary = sim.summary({ series: seriesMs !== undefined });
  process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : formatReport(scenario.title, summary));
}

/**
 * Runs to `endMs` in slices, reporting the share done on a terminal once a run takes more than a
 * second. Slicing does not change the run: events are processed in the same order either way.
 */
function runWithProgress(sim: ReturnType<typeof createSim>, endMs: number) {
  const started = Date.now();
  const slices = 100;
  for (let i = 1; i <= slices; i++) {
    sim.runUntil((endMs * i) / slices);
    if (process.stderr.isTTY && Date.now() - started > 1000) process.stderr.write(`\r${i} % simulated`);
  }
  if (process.stderr.isTTY && Date.now() - started > 1000) process.stderr.write('\n');
}

main(process.argv.slice(2));
