// The sandbox forms' edits as pure functions on a scenario document: each returns a new
// document and leaves validation to the engine's parser, which names any problem by its path.
import { setPath } from '../engine/sweep/setPath';

export type Doc = Record<string, unknown> & { nodes?: NodeDoc[] };
export type NodeDoc = Record<string, unknown> & { id: string; kind: string };

export const NODE_KINDS = ['client', 'balancer', 'server', 'database'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const STRATEGIES = ['round-robin', 'weighted-round-robin', 'least-connections', 'ip-hash', 'consistent-hash', 'power-of-two', 'random'] as const;

const nodesOf = (doc: Doc): NodeDoc[] => (Array.isArray(doc.nodes) ? doc.nodes : []);

/** Sets one field; `undefined` removes it (an emptied form field means "use the default"). */
export function setField(doc: Doc, path: string, value: unknown): Doc {
  return setPath(doc, path, value);
}

/** A free id with the kind's usual prefix: s4 after s1..s3, lb2, db, users2. */
export function freeId(doc: Doc, kind: NodeKind): string {
  const prefix = { client: 'users', balancer: 'lb', server: 's', database: 'db' }[kind];
  const taken = new Set(nodesOf(doc).map((n) => n.id));
  for (let n = 1; ; n++) {
    const id = n === 1 && kind !== 'server' ? prefix : `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Adds a node with values that run as they are (a new client sends to the first balancer or server). */
export function addNode(doc: Doc, kind: NodeKind): Doc {
  const id = freeId(doc, kind);
  const nodes = nodesOf(doc);
  const firstTarget = nodes.find((n) => n.kind === 'balancer' || n.kind === 'virtual-ip') ?? nodes.find((n) => n.kind === 'server');
  const node: NodeDoc =
    kind === 'client' ? { id, kind, target: firstTarget?.id ?? '', arrivals: { process: 'poisson', ratePerSec: 50 } }
    : kind === 'balancer' ? { id, kind, strategy: 'round-robin', targets: nodes.filter((n) => n.kind === 'server').map((n) => n.id) }
    : { id, kind, concurrency: 4, serviceTime: { dist: 'exponential', meanMs: 50 } };
  return { ...doc, nodes: [...nodes, node] };
}

/**
 * Removes a node and the references that would only dangle: balancer targets, links and
 * faults naming it. A client or call that targeted it is left for the parser to name, so the
 * learner decides where it should point instead.
 */
export function removeNode(doc: Doc, id: string): Doc {
  const nodes = nodesOf(doc).filter((n) => n.id !== id).map((n) =>
    Array.isArray(n.targets) ? { ...n, targets: (n.targets as string[]).filter((t) => t !== id) } : n);
  const out: Doc = { ...doc, nodes };
  if (Array.isArray(doc.links)) out.links = (doc.links as { from: string; to: string }[]).filter((l) => l.from !== id && l.to !== id);
  if (Array.isArray(doc.faults)) out.faults = (doc.faults as { target: string }[]).filter((f) => f.target !== id);
  return out;
}

/** Adds or removes `target` from a balancer's targets, keeping the order of the node list. */
export function toggleTarget(doc: Doc, balancerId: string, target: string): Doc {
  const order = nodesOf(doc).map((n) => n.id);
  return {
    ...doc,
    nodes: nodesOf(doc).map((n) => {
      if (n.id !== balancerId) return n;
      const current = Array.isArray(n.targets) ? (n.targets as string[]) : [];
      const next = current.includes(target) ? current.filter((t) => t !== target) : [...current, target];
      return { ...n, targets: next.sort((a, b) => order.indexOf(a) - order.indexOf(b)) };
    }),
  };
}

/** A form field's text as the number it means; empty = absent (the default), else NaN stays NaN so the parser names it. */
/** Empty: the field is removed (the format's default applies). Not a number: the text itself, so
 * the validator can say `must be a number, got "abc"` (NaN would reach it as null). */
export function numberField(text: string): number | string | undefined {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isNaN(n) ? text : n;
}

/** The document as the editor shows it. */
export const formatDoc = (doc: unknown) => JSON.stringify(doc, null, 2);
