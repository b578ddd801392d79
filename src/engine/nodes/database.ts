// A database: a server, plus (with `standby`) active-passive failover. Each request is a write
// with probability `writeFraction`. Replication to the standby is asynchronous, `replicationLagMs`
// behind: when the primary dies, the writes it acknowledged in that last window never reached the
// standby and are lost (RPO > 0). The standby checks the primary every `checkIntervalMs`; after
// `fall` failed checks it starts promotion, which takes `promotionMs`; until then every request
// fails (RTO = detection + promotion). Reviving the old primary makes it the new standby.
import type { Command } from '../api';
import type { NodeOf } from '../scenario/schema';
import type { Kernel, SimEvent } from '../sim/types';
import { createServer, type ServerRuntime } from './server';

export type DatabaseRuntime = ServerRuntime & {
  failover(): { lostWrites: number; acknowledgedWrites: number; promotions: { atMs: number }[]; conflicts?: number };
};

type Phase = 'primary-up' | 'detecting' | 'promoting';

export function createDatabase(node: NodeOf<'database'>, k: Kernel): DatabaseRuntime {
  const standby = node.standby;
  const writeRng = k.rng(`node:${node.id}`).fork('writes');
  const recentAcks: number[] = []; // ack times of writes still inside the lag window
  let recentHead = 0;
  let acknowledgedWrites = 0;
  let lostWrites = 0;
  const promotions: { atMs: number }[] = [];
  let hasStandby = standby !== undefined;
  let phase: Phase = 'primary-up';
  let failedChecks = 0;
  let failoverId = 0; // invalidates check and promotion events of an abandoned failover

  const conflicts = node.conflicts;
  const rowVersions = new Array<number>(conflicts?.rows ?? 0).fill(0);
  const rowRng = k.rng(`node:${node.id}`).fork('rows');
  let conflictCount = 0;

  const server = createServer(node, k, {
    outcomeOf(job, outcome) {
      const a = job.attempt;
      if (!conflicts || outcome !== 'ok' || !a.logical) return outcome;
      if (!a.rmw) {
        // First visit: a read. If this request is a write, remember the row's version so the
        // caller can send the write with it (optimistic concurrency control).
        if (writeRng.next() < node.writeFraction) {
          const row = Math.floor(rowRng.next() * rowVersions.length);
          a.rmw = { phase: 'read', row, version: rowVersions[row] };
        }
        return 'ok';
      }
      if (rowVersions[a.rmw.row] !== a.rmw.version) { conflictCount++; return 'error'; }
      rowVersions[a.rmw.row]++;
      return 'ok';
    },
    served(job, outcome) {
      if (outcome !== 'ok' || !job.attempt.logical) return;
      if (conflicts ? job.attempt.rmw?.phase !== 'write' : writeRng.next() >= node.writeFraction) return;
      acknowledgedWrites++;
      if (!standby) return;
      recentAcks.push(k.now);
      trim(k.now);
    },
  });

  function trim(nowMs: number) {
    // Only acks newer than the lag window can still be lost.
    while (recentHead < recentAcks.length && recentAcks[recentHead] <= nowMs - standby!.replicationLagMs) recentHead++;
    if (recentHead > 1024 && recentHead * 2 > recentAcks.length) { recentAcks.splice(0, recentHead); recentHead = 0; }
  }

  function nextCheckAt(nowMs: number) {
    // Checks run on a fixed schedule (every interval from time 0), not from the moment of death.
    const every = standby!.checkIntervalMs;
    return (Math.floor(nowMs / every) + 1) * every;
  }

  function primaryDied() {
    if (!standby || !hasStandby) return;
    trim(k.now);
    lostWrites += recentAcks.length - recentHead; // acknowledged, never replicated
    recentAcks.length = 0;
    recentHead = 0;
    phase = 'detecting';
    failedChecks = 0;
    failoverId++;
    k.schedule({ type: 'db-check', atMs: nextCheckAt(k.now), node: node.id, failover: failoverId });
  }

  return {
    ...server,
    handle(ev: SimEvent) {
      if (ev.type === 'db-check' && ev.failover === failoverId && phase === 'detecting') {
        failedChecks++;
        if (failedChecks >= standby!.fall) {
          phase = 'promoting';
          k.schedule({ type: 'db-promoted', atMs: k.now + standby!.promotionMs, node: node.id, failover: failoverId });
        } else {
          k.schedule({ type: 'db-check', atMs: k.now + standby!.checkIntervalMs, node: node.id, failover: failoverId });
        }
        return;
      }
      if (ev.type === 'db-promoted' && ev.failover === failoverId && phase === 'promoting') {
        phase = 'primary-up';
        hasStandby = false; // the old primary is gone until someone revives it
        promotions.push({ atMs: k.now });
        server.fault({ atMs: k.now, target: node.id, action: 'revive' });
        k.emitChange({ type: 'node-state', atMs: k.now, node: node.id, state: server.state() });
        return;
      }
      server.handle?.(ev);
    },
    fault(c: Command) {
      const wasUp = server.state() !== 'down';
      if (c.action === 'revive' && phase !== 'primary-up') {
        // The primary came back before promotion finished: abandon the failover.
        phase = 'primary-up';
        failoverId++;
      } else if (c.action === 'revive' && wasUp && standby) {
        hasStandby = true; // the old primary rejoins as the standby
      }
      server.fault(c);
      if (c.action === 'kill' && wasUp) primaryDied();
    },
    failover: () => ({ lostWrites, acknowledgedWrites, promotions, ...(conflicts && { conflicts: conflictCount }) }),
    live() {
      const live = server.live();
      return standby ? { ...live, failover: { lostWrites, promotions: promotions.length, hasStandby } } : live;
    },
  };
}
