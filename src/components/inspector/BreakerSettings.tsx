// The circuit breakers a node owns (around a client's target, or on a server's downstream calls,
// per route): preset, window, threshold, minimum calls, open time, half-open probes. Fields show
// the effective value (the preset's, unless overridden); each change goes through setParam.
import { useId } from 'react';
import { BREAKER_PRESETS, type BreakerPresetName } from '../../engine/policies/breakerPresets';
import { NumberField, Problems, useSetParam } from './ParamField';
import { useScenarioNode, type DocNode } from './scenarioNode';

type Policy = Record<string, unknown> & { preset?: BreakerPresetName; window?: { type: string } };
type Found = { path: string; label: string; policy: Policy };
const PRESETS = Object.keys(BREAKER_PRESETS) as BreakerPresetName[];
// A first size for each window type when the learner switches type.
const WINDOW_DEFAULTS = { consecutive: { type: 'consecutive', failures: 5 }, count: { type: 'count', size: 20 }, time: { type: 'time', ms: 10_000, buckets: 10 } };
const SIZE_FIELD = { consecutive: ['failures', 'failures in a row', ''], count: ['size', 'last calls', ''], time: ['ms', 'window', 'ms'] } as const;

type Call = { target?: string; breaker?: Policy };
/** Every breaker of a node, with the path setParam needs. */
export function breakersOf(node: DocNode, at: string): Found[] {
  const out: Found[] = [];
  if (node.breaker) out.push({ path: `${at}.breaker`, label: `→ ${String(node.target)}`, policy: node.breaker as Policy });
  ((node.calls as Call[] | undefined) ?? []).forEach((c, j) => {
    if (c.breaker) out.push({ path: `${at}.calls[${j}].breaker`, label: `call → ${c.target}`, policy: c.breaker });
  });
  for (const [route, r] of Object.entries((node.routes as Record<string, { calls?: Call[] }> | undefined) ?? {})) {
    (r.calls ?? []).forEach((c, j) => {
      if (c.breaker) out.push({ path: `${at}.routes["${route}"].calls[${j}].breaker`, label: `${route} → ${c.target}`, policy: c.breaker });
    });
  }
  return out;
}

export function BreakerSettings({ id }: { id: string }) {
  const { index, node } = useScenarioNode(id);
  if (!node) return null;
  const found = breakersOf(node, `nodes[${index}]`);
  return <>{found.map((f) => <OneBreaker key={f.path} found={f} />)}</>;
}

function OneBreaker({ found: { path, label, policy } }: { found: Found }) {
  const presetId = useId(), windowId = useId();
  const { set, problems } = useSetParam();
  // Without a preset the engine takes opossum's values for missing fields (scenario format).
  const eff = { ...BREAKER_PRESETS[policy.preset ?? 'opossum'], ...policy } as Record<string, unknown> & { window: Record<string, number | string> };
  const wtype = eff.window.type as keyof typeof SIZE_FIELD;
  const [sizeKey, sizeLabel, sizeUnit] = SIZE_FIELD[wtype];
  return (
    <section className="settings" aria-label={`Breaker ${label}`}>
      <h3>Breaker {label}</h3>
      <div className="field">
        <label htmlFor={presetId}>Preset</label>
        <select id={presetId} value={policy.preset ?? ''} onChange={(e) => void set(path, e.target.value ? { preset: e.target.value } : {})}>
          <option value="">custom</option>
          {PRESETS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </div>
      <div className="field">
        <label htmlFor={windowId}>Window</label>
        <select id={windowId} value={wtype} onChange={(e) => void set(`${path}.window`, WINDOW_DEFAULTS[e.target.value as keyof typeof WINDOW_DEFAULTS])}>
          <option value="consecutive">consecutive</option><option value="count">count</option><option value="time">time</option>
        </select>
      </div>
      <Problems problems={problems} />
      <NumberField label={`Window: ${sizeLabel}`} unit={sizeUnit || undefined} path={`${path}.window.${sizeKey}`} value={Number(eff.window[sizeKey])} min={1} />
      {wtype !== 'consecutive' && <>
        <NumberField label="Opens at failure rate" unit="%" path={`${path}.failureRatePercent`} value={Number(eff.failureRatePercent)} />
        <NumberField label="Minimum calls" path={`${path}.minimumCalls`} value={Number(eff.minimumCalls)} />
      </>}
      <NumberField label="Open for" unit="ms" path={`${path}.openMs`} value={Number(eff.openMs)} step={1000} />
      <NumberField label="Half-open trial calls" path={`${path}.halfOpenProbes`}
        value={eff.halfOpenProbes === 'unlimited' ? undefined : Number(eff.halfOpenProbes)} min={1} />
      {eff.halfOpenProbes === 'unlimited' && <p className="hint">Half-open lets <strong>every</strong> call through.</p>}
    </section>
  );
}
