// Test helpers: build a simulation from a scenario object, failing loudly if it is invalid.
import { parseScenario } from '../scenario/parse';
import type { ScenarioInput } from '../scenario/schema';
import { createSim } from '../sim/createSim';
import type { SimOptions } from '../api';

export function scenarioOf(input: Omit<ScenarioInput, 'format'>) {
  const parsed = parseScenario({ format: 'resilience-playground/scenario@1', ...input });
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.scenario;
}

export function simOf(input: Omit<ScenarioInput, 'format'>, options?: SimOptions) {
  return createSim(scenarioOf(input), options);
}
