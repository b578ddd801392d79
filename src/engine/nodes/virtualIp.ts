// A floating address shared by redundant balancers (keepalived-style VRRP). The master (first
// live member by priority) advertises every `advertIntervalMs`; when its adverts stop — the
// machine crashed — the best backup takes the address once the master-down interval has passed
// since the last advert it heard. Until then, traffic still goes to the dead master. A master that
// is merely hung keeps advertising (the VRRP daemon is a separate process), so no failover
// happens: a real trap. A revived higher-priority member takes the address back (preemption,
// VRRP's default).
import type { Command, NodeLive } from '../api';
import type { NodeOf } from '../scenario/schema';
import type { Kernel, Message, NodeRuntime, SimEvent } from '../sim/types';
import { DEFAULT_VRRP_PRIORITY, masterDownIntervalMs, skewMs } from '../policies/vrrp';
import { applyFlags, createFaultFlags, stateOf } from './faultState';

export type VirtualIpRuntime = NodeRuntime & {
  /** The kernel tells the address when any node's state changes (`clean`: it was shut down, not crashed). */
  memberChanged(id: string, clean?: boolean): void;
  /** The member that owns the address now. */
  master(): string;
  summary(): { kind: 'virtual-ip'; master: string; transitions: { atMs: number; master: string }[] };
};

export function createVirtualIp(node: NodeOf<'virtual-ip'>, k: Kernel, isDown: (id: string) => boolean): VirtualIpRuntime {
  const flags = createFaultFlags();
  const members = node.members;
  const priority = (id: string) => node.priority?.[id] ?? DEFAULT_VRRP_PRIORITY;
  let master = 0;
  let lastAdvertMs = 0;
  const transitions: { atMs: number; master: string }[] = [];
  const scheduleAdvert = k.fixedDelay();

  scheduleAdvert({ type: 'vrrp-advert', atMs: 0, node: node.id });

  function takeOver(i: number) {
    if (i === master) return;
    master = i;
    transitions.push({ atMs: k.now, master: members[i] });
    k.emitChange({ type: 'node-state', atMs: k.now, node: node.id, state: stateOf(flags) });
  }

  /** The backup that wins the race: alive, highest priority (earliest in the list on a tie). */
  function bestBackup(): number {
    let best = -1;
    members.forEach((id, i) => {
      if (i !== master && !isDown(id) && (best < 0 || priority(id) > priority(members[best]))) best = i;
    });
    return best;
  }

  return {
    id: node.id,
    kind: 'virtual-ip',
    master: () => members[master],
    receive(_msg: Message) {
      // Never reached: the kernel resolves the address to the master before delivering.
    },
    handle(ev: SimEvent) {
      if (ev.type === 'vrrp-advert') {
        scheduleAdvert({ type: 'vrrp-advert', atMs: k.now + node.advertIntervalMs, node: node.id });
        if (isDown(members[master])) return; // a crashed master sends nothing
        // Preemption: a live member earlier in the list than the master takes the address back.
        const preferred = members.findIndex((id) => !isDown(id));
        if (preferred >= 0 && preferred < master && priority(members[preferred]) >= priority(members[master])) takeOver(preferred);
        lastAdvertMs = k.now;
        const backup = bestBackup();
        if (backup >= 0)
          k.schedule({ type: 'vrrp-master-down', atMs: k.now + masterDownIntervalMs(priority(members[backup]), node.advertIntervalMs), node: node.id, advertAtMs: k.now });
        return;
      }
      if (ev.type === 'vrrp-master-down' && ev.advertAtMs === lastAdvertMs && isDown(members[master])) {
        const backup = bestBackup();
        if (backup >= 0) {
          takeOver(backup);
          lastAdvertMs = k.now;
        }
      }
    },
    memberChanged(id: string, clean = false) {
      if (id !== members[master] || !isDown(id)) return;
      if (clean) {
        // RFC 5798 §6.4.2: a backup that hears a priority-0 advert waits only its skew time.
        lastAdvertMs = k.now;
        const backup = bestBackup();
        if (backup >= 0)
          k.schedule({ type: 'vrrp-master-down', atMs: k.now + skewMs(priority(members[backup]), node.advertIntervalMs), node: node.id, advertAtMs: k.now });
        return;
      }
      // Adverts run on a fixed grid from time 0; the last one the master sent is the latest grid
      // point at or before its death, and the backups' master-down timers run from there.
      lastAdvertMs = Math.floor(k.now / node.advertIntervalMs) * node.advertIntervalMs;
      const backup = bestBackup();
      if (backup >= 0)
        k.schedule({ type: 'vrrp-master-down', atMs: lastAdvertMs + masterDownIntervalMs(priority(members[backup]), node.advertIntervalMs), node: node.id, advertAtMs: lastAdvertMs });
    },
    fault(c: Command) { applyFlags(flags, c); },
    state: () => stateOf(flags),
    live(): NodeLive {
      return { id: node.id, kind: 'virtual-ip', state: stateOf(flags), busy: 0, concurrency: 0, queueLength: 0,
        arrivals: 0, completed: 0, errors: 0, shed: 0, utilization: 0, master: members[master] };
    },
    summary: () => ({ kind: 'virtual-ip', master: members[master], transitions }),
  };
}
