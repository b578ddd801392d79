// Creates a runtime for each node of the scenario, in declaration order (so the order of their
// first scheduled events, and so the whole run, depends only on the scenario).
import type { Scenario } from '../scenario/schema';
import { createBalancer, type BalancerRuntime } from '../nodes/balancer';
import { createClient, type ClientRuntime } from '../nodes/client';
import { createServer, type ServerRuntime } from '../nodes/server';
import { createDatabase, type DatabaseRuntime } from '../nodes/database';
import { createVirtualIp, type VirtualIpRuntime } from '../nodes/virtualIp';
import { createQueue, type QueueRuntime } from '../nodes/queue';
import { createWorkers, type WorkersRuntime } from '../nodes/workers';
import type { Kernel, Logical, NodeRuntime } from './types';

export type BuiltNodes = {
  byId: Map<string, NodeRuntime>;
  clients: ClientRuntime[];
  balancers: BalancerRuntime[];
  servers: { runtime: ServerRuntime; kind: 'server' | 'database'; concurrency: number }[];
  databases: DatabaseRuntime[];
  virtualIps: VirtualIpRuntime[];
  queues: QueueRuntime[];
  workers: WorkersRuntime[];
  all: NodeRuntime[];
};

export function buildNodes(s: Scenario, k: Kernel, books: { born(l: Logical): void; ended(l: Logical): void }): BuiltNodes {
  const built: BuiltNodes = { byId: new Map(), clients: [], balancers: [], servers: [], databases: [], virtualIps: [], queues: [], workers: [], all: [] };
  const isDown = (id: string) => built.byId.get(id)?.state() === 'down';
  for (const node of s.nodes) {
    let runtime: NodeRuntime;
    switch (node.kind) {
      case 'client': {
        const c = createClient(node, built.clients.length, k, books);
        built.clients.push(c);
        runtime = c;
        break;
      }
      case 'balancer': {
        const b = createBalancer(node, k);
        built.balancers.push(b);
        runtime = b;
        break;
      }
      case 'server': {
        const sv = createServer(node, k);
        built.servers.push({ runtime: sv, kind: node.kind, concurrency: node.concurrency });
        runtime = sv;
        break;
      }
      case 'database': {
        const db = createDatabase(node, k);
        built.servers.push({ runtime: db, kind: node.kind, concurrency: node.concurrency });
        built.databases.push(db);
        runtime = db;
        break;
      }
      case 'virtual-ip': {
        const vip = createVirtualIp(node, k, isDown);
        built.virtualIps.push(vip);
        runtime = vip;
        break;
      }
      case 'queue': {
        const q = createQueue(node, k);
        built.queues.push(q);
        runtime = q;
        break;
      }
      case 'workers': {
        // Pools are built after their queues (below), so a pool can attach to its queue.
        continue;
      }
    }
    built.byId.set(node.id, runtime);
    built.all.push(runtime);
  }
  for (const node of s.nodes) {
    if (node.kind !== 'workers') continue;
    const w = createWorkers(node, k, built.queues.find((q) => q.id === node.source)!);
    built.workers.push(w);
    built.byId.set(node.id, w);
    built.all.push(w);
  }
  return built;
}
