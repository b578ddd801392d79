// The injected-fault flags a node carries, and the state the page shows for them.
import type { Command, NodeState } from '../api';

export type FaultFlags = { killed: boolean; hung: boolean; slowFactor: number; errorRate: number | null };

export function createFaultFlags(): FaultFlags {
  return { killed: false, hung: false, slowFactor: 1, errorRate: null };
}

/** Most severe first: a killed node shows `down` even if it was also slowed. */
export function stateOf(f: FaultFlags): NodeState {
  if (f.killed) return 'down';
  if (f.hung) return 'hung';
  if (f.slowFactor !== 1) return 'slow';
  if (f.errorRate !== null && f.errorRate > 0) return 'erroring';
  return 'up';
}

/** Applies the flag part of a fault; partitions live on links, not here. */
export function applyFlags(f: FaultFlags, c: Command): void {
  switch (c.action) {
    case 'kill':
    case 'stop': f.killed = true; f.hung = false; return;
    case 'hang': if (!f.killed) f.hung = true; return;
    case 'slow': f.slowFactor = c.factor; return;
    case 'errors': f.errorRate = c.rate; return;
    case 'revive': f.killed = false; f.hung = false; return;
    case 'heal': f.slowFactor = 1; f.errorRate = null; return;
    case 'partition':
    case 'redrive':
    case 'scale':
      return;
  }
}
