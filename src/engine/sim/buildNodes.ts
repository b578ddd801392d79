// Creates a runtime for each node of the scenario, in declaration order (so the order of their
// first scheduled events, and so the whole run, depends only on the scenario).
import type { Scenario } from '../scenario/schema';
import { createBalancer, type BalancerRuntime } from '../nodes/balancer';
import { createClient, type ClientRuntime } from '../nodes/client';
import { createServer, type ServerRuntime } from '../nodes/server';
import { createDatabase, type DatabaseRuntime } from '../nodes/database';
import { createVirtualIp, type VirtualIpRuntime } from '../nodes/virtualIp';
import type { Kernel, Logical, NodeRuntime } from './types';

export type BuiltNodes = {
  byId: Map<string, NodeRuntime>;
  clients: ClientRuntime[];
  balancers: BalancerRuntime[];
  servers: { runtime: ServerRuntime; kind: 'server' | 'database'; concurrency: number }[];
  databases: DatabaseRuntime[];
  virtualIps: VirtualIpRuntime[];
  all: NodeRuntime[];
};

export function buildNodes(s: Scenario, k: Kernel, books: { born(l: Logical): void; ended(l: Logical): void }): BuiltNodes {
  const built: BuiltNodes = { byId: new Map(), clients: [], balancers: [], servers: [], databases: [], virtualIps: [], all: [] };
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
      case 'queue':
      case 'workers':
        // parseScenario refuses these until their issues land; reaching here is a programming error.
        throw new Error(`not supported yet: node kind "${node.kind}" (${node.id})`);
    }
    built.byId.set(node.id, runtime);
    built.all.push(runtime);
  }
  return built;
}
