// Lays the topology out by tier, left to right: clients, then whatever they send to, and so on
// (a node's tier is its longest path from a client). Within a tier, nodes sit near the nodes
// that send to them (barycentre ordering), which keeps links from crossing in common shapes.
import type { TopologyNode } from '../../worker/protocol';

export type Placed = TopologyNode & { x: number; y: number; w: number; h: number; tier: number };
export type Segment = { from: string; to: string; x0: number; y0: number; x1: number; y1: number };
export type Layout = { width: number; height: number; nodes: Placed[]; links: Segment[]; byId: Map<string, Placed> };

// Wide enough between tiers for a health label ("out of rotation") on a balancer's link.
const COL_GAP = 270;
const ROW_GAP = 132;
const PAD_X = 96;
const PAD_Y = 78;

export function sizeOf(kind: string): { w: number; h: number } {
  switch (kind) {
    case 'server':
    case 'database': return { w: 146, h: 100 };
    case 'balancer': return { w: 128, h: 76 };
    // Room for a stack of job tokens (QueueStack.tsx); workers show slots like a server.
    case 'queue': return { w: 150, h: 118 };
    case 'workers': return { w: 146, h: 100 };
    default: return { w: 124, h: 68 };
  }
}

/**
 * The edges the tiers follow, as [from, to, step]. A worker pool pulls from its queue rather than
 * being sent to, so it sits in its queue's column (step 0, drawn below it) and what its handlers
 * call goes in the next column — instead of a column of its own to the left, whose link to the
 * queue would cross the whole picture.
 */
function flowEdges(nodes: readonly TopologyNode[]): [string, string, number][] {
  return nodes.flatMap((n) => n.targets.map((t): [string, string, number] =>
    n.kind === 'workers' && t === n.targets[0] ? [t, n.id, 0] : [n.id, t, 1]));
}

function tiersOf(nodes: readonly TopologyNode[], flow: [string, string, number][]): Map<string, number> {
  const ids = new Set(nodes.map((n) => n.id));
  const edges = flow.filter(([from, to]) => ids.has(from) && ids.has(to) && from !== to);
  const tier = new Map<string, number>();
  for (const n of nodes) if (n.kind === 'client') tier.set(n.id, 0);
  // Nodes nobody reaches (a lone server) start a chain of their own at tier 0.
  const incoming = new Set(edges.map(([, to]) => to));
  for (const n of nodes) if (!tier.has(n.id) && !incoming.has(n.id)) tier.set(n.id, 0);
  // Bellman-Ford style relaxation, bounded by the node count so a cycle cannot loop forever.
  for (let round = 0; round < nodes.length; round++) {
    let changed = false;
    for (const [from, to, step] of edges) {
      const t = tier.get(from);
      if (t === undefined) continue;
      const next = Math.min(t + step, nodes.length);
      if ((tier.get(to) ?? -1) < next) { tier.set(to, next); changed = true; }
    }
    if (!changed) break;
  }
  for (const n of nodes) if (!tier.has(n.id)) tier.set(n.id, 0); // only inside a pure cycle
  return tier;
}

export function layoutTopology(nodes: readonly TopologyNode[]): Layout {
  const edges = flowEdges(nodes);
  const tier = tiersOf(nodes, edges);
  const columns: TopologyNode[][] = [];
  for (const n of nodes) (columns[tier.get(n.id)!] ??= []).push(n);
  const dense = columns.filter(Boolean);
  const rank = new Map<string, number>(); // position within its column, 0..1
  dense.forEach((column, c) => {
    if (c > 0) {
      const order = new Map(nodes.map((n, i) => [n.id, i]));
      const centre = (n: TopologyNode) => {
        const parents = edges.filter(([, to]) => to === n.id).map(([from]) => from).filter((p) => rank.has(p));
        return parents.length ? parents.reduce((s, p) => s + rank.get(p)!, 0) / parents.length : 0.5;
      };
      column.sort((a, b) => centre(a) - centre(b) || order.get(a.id)! - order.get(b.id)!);
    }
    // A worker pool goes just above its queue when both share the column (the first column is
    // never sorted, so this is done here, for every column).
    for (const w of column.filter((n) => n.kind === 'workers')) {
      const q = column.findIndex((n) => n.id === w.targets[0]);
      if (q < 0) continue;
      column.splice(column.indexOf(w), 1);
      column.splice(column.findIndex((n) => n.id === w.targets[0]), 0, w);
    }
    column.forEach((n, i) => rank.set(n.id, (i + 0.5) / column.length));
  });

  const tallest = Math.max(1, ...dense.map((c) => c.length));
  // A queue's dead-letter bin hangs below its box (QueueStack.tsx): room for it under the lowest row.
  const dlqRoom = nodes.some((n) => n.kind === 'queue') ? 40 : 0;
  const height = PAD_Y * 2 + (tallest - 1) * ROW_GAP + dlqRoom;
  const width = PAD_X * 2 + Math.max(0, dense.length - 1) * COL_GAP;
  const placed: Placed[] = [];
  dense.forEach((column, c) => column.forEach((n, i) => {
    placed.push({ ...n, ...sizeOf(n.kind), tier: c, x: PAD_X + c * COL_GAP, y: (height - dlqRoom) / 2 + (i - (column.length - 1) / 2) * ROW_GAP });
  }));
  const byId = new Map(placed.map((p) => [p.id, p]));

  const links: Segment[] = [];
  for (const a of placed) {
    for (const id of a.targets) {
      const b = byId.get(id);
      if (!b || b === a) continue;
      // Forward links run edge to edge; within a column (a worker pool under its queue) bottom to
      // top; anything else (a cycle) centre to centre.
      const below = a.y < b.y ? 1 : -1; // 1: a is above b, so the link leaves a's bottom edge
      links.push(a.tier < b.tier
        ? { from: a.id, to: b.id, x0: a.x + a.w / 2, y0: a.y, x1: b.x - b.w / 2, y1: b.y }
        : a.tier === b.tier
        ? { from: a.id, to: b.id, x0: a.x, y0: a.y + (below * a.h) / 2, x1: b.x, y1: b.y - (below * b.h) / 2 }
        : { from: a.id, to: b.id, x0: a.x, y0: a.y, x1: b.x, y1: b.y });
    }
  }
  return { width, height, nodes: placed, links, byId };
}
