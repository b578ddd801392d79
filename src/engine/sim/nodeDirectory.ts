// Finding a node's runtime by id, which the kernel does for every event (about six times per
// request). Most scenarios have a handful of nodes: a scan over their ids answers in a few string
// compares — usually pointer compares, since events carry the very id strings the nodes were
// built with — where a Map lookup hashes and probes, several times slower. Large topologies
// keep the Map.
import type { NodeRuntime } from './types';

const SCAN_LIMIT = 8;

export function createDirectory(byId: ReadonlyMap<string, NodeRuntime>): (id: string) => NodeRuntime | undefined {
  if (byId.size > SCAN_LIMIT) return (id) => byId.get(id);
  const ids = [...byId.keys()];
  const runtimes = [...byId.values()];
  return (id) => {
    for (let i = 0; i < ids.length; i++) if (ids[i] === id) return runtimes[i];
    return undefined;
  };
}
