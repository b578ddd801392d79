// Forms over the draft's nodes: the common knobs of each kind, add and remove nodes, connect
// targets. Anything the forms do not cover stays editable in the JSON tab; the parser names
// whatever an edit breaks.
import { useId, useState } from 'react';
import { addNode, NODE_KINDS, removeNode, setField, STRATEGIES, toggleTarget, type Doc, type NodeDoc, type NodeKind } from '../../sandbox/scenarioEdits';
import { NumberField } from './NumberField';

type Edit = (fn: (doc: Doc) => Doc) => void;

export function NodeForms({ doc, edit }: { doc: Doc; edit: Edit }) {
  const nodes = Array.isArray(doc.nodes) ? doc.nodes : [];
  const [kind, setKind] = useState<NodeKind>('server');
  const kindId = useId();
  return (
    <div className="node-forms">
      {nodes.map((node, i) => (
        <details key={`${i}:${node.id}`} className="node-form" open={nodes.length <= 6}>
          <summary>
            <span className="muted">{node.kind}</span> <strong>{node.id}</strong>
            <button type="button" className="btn btn-small btn-danger" aria-label={`Remove ${node.id}`}
              onClick={(e) => { e.preventDefault(); edit((d) => removeNode(d, node.id)); }}>Remove</button>
          </summary>
          <NodeFields node={node} index={i} nodes={nodes} edit={edit} />
        </details>
      ))}
      <div className="add-node">
        <label htmlFor={kindId}>New node</label>
        <select id={kindId} value={kind} onChange={(e) => setKind(e.target.value as NodeKind)}>
          {NODE_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
        <button type="button" className="btn" onClick={() => edit((d) => addNode(d, kind))}>Add {kind}</button>
      </div>
    </div>
  );
}

function NodeFields({ node, index, nodes, edit }: { node: NodeDoc; index: number; nodes: NodeDoc[]; edit: Edit }) {
  const at = (field: string) => `nodes[${index}].${field}`;
  const set = (field: string) => (v: unknown) => edit((d) => setField(d, at(field), v));
  const others = nodes.filter((n) => n.id !== node.id);
  switch (node.kind) {
    case 'client': {
      const arrivals = (node.arrivals ?? {}) as { process?: string; ratePerSec?: number; users?: number };
      return (
        <div className="fields">
          <SelectField label="Sends to" value={String(node.target ?? '')} options={others.filter((n) => n.kind !== 'client').map((n) => n.id)} onChange={set('target')} />
          {arrivals.process === 'closed'
            ? <NumberField label="Users" value={arrivals.users} onChange={set('arrivals.users')} />
            : <NumberField label="Rate / s" value={arrivals.ratePerSec} hint="50" onChange={set('arrivals.ratePerSec')} />}
          <NumberField label="Timeout ms" value={node.timeoutMs} hint="none" onChange={set('timeoutMs')} />
        </div>
      );
    }
    case 'balancer': {
      const targets = Array.isArray(node.targets) ? (node.targets as string[]) : [];
      return (
        <div className="fields">
          <SelectField label="Strategy" value={String(node.strategy ?? 'round-robin')} options={[...STRATEGIES]} onChange={set('strategy')} />
          <fieldset className="targets-field">
            <legend>Targets</legend>
            {others.filter((n) => n.kind !== 'client').map((n) => (
              <label key={n.id} className="check">
                <input type="checkbox" checked={targets.includes(n.id)} onChange={() => edit((d) => toggleTarget(d, node.id, n.id))} /> {n.id}
              </label>
            ))}
          </fieldset>
        </div>
      );
    }
    case 'server':
    case 'database': {
      const st = (node.serviceTime ?? { dist: 'exponential', meanMs: 50 }) as { dist?: string; meanMs?: number; ms?: number };
      return (
        <div className="fields">
          <NumberField label="Concurrency" value={node.concurrency} hint="1" onChange={set('concurrency')} testId={`concurrency-${node.id}`} />
          <NumberField label="Queue limit" value={node.queueLimit} hint="none" onChange={set('queueLimit')} />
          {st.dist === 'exponential' || st.dist === undefined
            ? <NumberField label="Service ms (mean)" value={st.meanMs} hint="50" onChange={set('serviceTime.meanMs')} />
            : st.dist === 'constant'
              ? <NumberField label="Service ms" value={st.ms} onChange={set('serviceTime.ms')} />
              : <p className="hint">Service time: {st.dist} (edit in JSON)</p>}
          <NumberField label="Error rate 0–1" value={node.errorRate} hint="0" onChange={set('errorRate')} />
        </div>
      );
    }
    default:
      return <p className="hint">Edit this {node.kind} in the JSON tab.</p>;
  }
}

function SelectField({ label, value, options, onChange }: { label: string; value: string; options: string[]; onChange(v: string): void }) {
  const id = useId();
  const all = options.includes(value) ? options : [value, ...options];
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {all.map((o) => <option key={o} value={o}>{o || '(none)'}</option>)}
      </select>
    </div>
  );
}
