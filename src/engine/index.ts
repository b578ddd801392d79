// The engine's public API: parse a scenario, build a simulation, read its summary.
export type {
  SimMs, Outcome, NodeState, FaultAction, Command, Hop, StateChange, NodeLive, ClientLive, ChartPoint,
  LiveSnapshot, SimListener, SimOptions, Sim,
} from './api';
export type { RequestTrace, AttemptTrace } from './metrics/requestTraces';
export { OUTCOMES } from './api';
export type { Summary, ClientSummary, ServerSummary, BalancerSummary, LatencySummary } from './metrics/summaryTypes';
export { parseScenario, parseScenarioText, formatPath, type ParseResult } from './scenario/parse';
export { SCENARIO_FORMAT, faultSchema, type Scenario, type ScenarioInput, type ScenarioNode } from './scenario/schema';
export { createSim } from './sim/createSim';
export { singlePointsOfFailure } from './scenario/spof';
export { runSweep, runPoint, rangeValues, rangeSize, MAX_SWEEP_POINTS, type SweepRow, type SweepMetrics, type SweepSpec } from './sweep/sweep';
export { setPath, parsePath } from './sweep/setPath';
