// `npm run sim -- FILE …`: runs a scenario headless with the same engine as the page and prints
// a readable report, or with --json only the summary. Bad input: exit 2, one line per problem.
import { readFileSync } from 'node:fs';
import { createSim, parseScenarioText } from '../engine';
import { parseArgs, USAGE } from './args';
import { formatReport } from './report';

function fail(problems: string[]): never {
  for (const p of problems) process.stderr.write(`${p}\n`);
  process.exit(2);
}

function main(argv: string[]) {
  const parsedArgs = parseArgs(argv);
  if (!parsedArgs.ok) fail([...parsedArgs.problems, USAGE]);
  const { file, seed, untilMs, json, seriesMs } = parsedArgs.args;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    fail([`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`]);
  }
  const parsed = parseScenarioText(text);
  if (!parsed.ok) fail(parsed.problems.map((p) => `${file}: ${p}`));
  const scenario = parsed.scenario;
  const sim = createSim(scenario, { seed, seriesBucketMs: seriesMs });
  sim.runUntil(untilMs ?? scenario.durationMs);
  const summary = sim.summary({ series: seriesMs !== undefined });
  process.stdout.write(json ? `${JSON.stringify(summary, null, 2)}\n` : formatReport(scenario.title, summary));
}

main(process.argv.slice(2));
