// A balancer's knobs: strategy, weights, and its health check (interval, timeout, rise, fall, or
// a preset). Each change goes through session.setParam and replays the run with it.
import { useId } from 'react';
import { NumberField, Problems, useSetParam } from './ParamField';
import { useScenarioNode } from './scenarioNode';

const STRATEGIES = ['round-robin', 'weighted-round-robin', 'least-connections', 'ip-hash', 'consistent-hash', 'power-of-two', 'random'];
// The engine fills these in when the check names a preset (SEMANTICS.md, health checks).
const PRESETS = [
  { id: 'haproxy', note: 'every 2 s, fall 3, rise 2' },
  { id: 'aws-alb', note: 'every 30 s, fall 2, rise 5' },
];
type Check = { preset?: string; intervalMs?: number; timeoutMs?: number; rise?: number; fall?: number };

export function BalancerSettings({ id }: { id: string }) {
  const selectId = useId();
  const { index, node } = useScenarioNode(id);
  const { set, problems } = useSetParam();
  if (!node) return null;
  const at = `nodes[${index}]`;
  const targets = (node.targets as string[] | undefined) ?? [];
  const weights = (node.weights as Record<string, number> | undefined) ?? {};
  const check = node.healthCheck as Check | undefined;
  return (
    <section className="settings" aria-label={`Settings of ${id}`}>
      <h3>Balancing</h3>
      <div className="field">
        <label htmlFor={selectId}>Strategy</label>
        <select id={selectId} value={String(node.strategy ?? 'round-robin')} onChange={(e) => void set(`${at}.strategy`, e.target.value)}>
          {STRATEGIES.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </div>
      <Problems problems={problems} />
      {targets.map((t) => <NumberField key={t} label={`Weight of ${t}`} path={`${at}.weights.${t}`} value={weights[t] ?? 1} />)}
      <h3>Health check</h3>
      {check ? (
        <>
          {check.preset && <p className="hint">Preset <code>{check.preset}</code>; fields below override it.</p>}
          <NumberField label="Interval" unit="ms" path={`${at}.healthCheck.intervalMs`} value={check.intervalMs} step={100} />
          <NumberField label="Timeout" unit="ms" path={`${at}.healthCheck.timeoutMs`} value={check.timeoutMs} step={50} />
          <NumberField label="Rise (passes to return)" path={`${at}.healthCheck.rise`} value={check.rise} min={1} />
          <NumberField label="Fall (failures to remove)" path={`${at}.healthCheck.fall`} value={check.fall} min={1} />
        </>
      ) : <p className="hint">No health check: this balancer keeps sending to dead servers.</p>}
      <div className="preset-row" role="group" aria-label="Health-check presets">
        {PRESETS.map((p) => (
          <button key={p.id} type="button" className="btn" title={p.note}
            onClick={() => void set(`${at}.healthCheck`, { preset: p.id })}>Preset {p.id}</button>
        ))}
      </div>
    </section>
  );
}
