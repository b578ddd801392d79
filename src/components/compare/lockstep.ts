// Two runs in lockstep. The lead is the page's own runtime (its play loop, controls and
// scrubber); the follower has no play loop of its own and is moved to every simulated time the
// lead reaches — forward by advancing, back by seeking — so both always show the same moment.
// Actions on the lead are repeated on the follower at the same simulated time, and a reset or
// new seed on the lead resets the follower with that seed.
import type { Command } from '../../engine/api';
import { createBridge } from '../../worker/bridge';
import { createSession } from '../../store/session';
import { createAppStore } from '../../store/store';
import { recordChanges } from '../../store/changesSlice';
import type { Runtime } from '../../store/runtime';

/** A runtime like the page's, minus the play loop: the lead's frames drive it. */
export function createFollowerRuntime(): Runtime {
  const store = createAppStore();
  const bridge = createBridge();
  const session = createSession(store, bridge);
  const stopChanges = recordChanges(store, bridge);
  return { store, bridge, session, dispose() { stopChanges(); session.dispose(); bridge.dispose(); } };
}

export function lockstep(lead: Runtime, follower: Runtime): () => void {
  let leadMs = 0;
  let followerMs = 0; // the time last asked of the follower (its session's target)
  let timeline: readonly Command[] = [];
  let resetPending = false;

  function pump() {
    if (follower.store.getState().status !== 'ready' || follower.bridge.busy() || resetPending) return;
    if (leadMs > followerMs) {
      follower.session.advanceBy(leadMs - followerMs);
      followerMs = leadMs;
    } else if (leadMs < followerMs) {
      followerMs = leadMs;
      void follower.session.seek(leadMs);
    }
  }

  /** New actions on the lead (its recorded timeline changed): do them on the follower at their times. */
  function mirror(next: readonly Command[]) {
    let same = 0;
    while (same < timeline.length && same < next.length && sameCommand(next[same], timeline[same])) same++;
    const fresh = next.slice(same);
    timeline = next;
    if (follower.store.getState().status !== 'ready') return;
    for (const c of fresh) {
      const { atMs, target, ...fault } = c;
      followerMs = atMs;
      void follower.session.seek(atMs);
      void follower.session.command(target, fault);
    }
  }

  const offLead = lead.bridge.onFrame((f) => {
    leadMs = f.simMs;
    // Frames carry fresh arrays; compare by content so replays do not count as new actions.
    if (f.timeline.length !== timeline.length || f.timeline.some((c, i) => !sameCommand(c, timeline[i]))) mirror(f.timeline);
    pump();
  });
  const offFollower = follower.bridge.onFrame(() => queueMicrotask(pump));

  const offStore = lead.store.subscribe((s, prev) => {
    if (s.speed !== follower.store.getState().speed) follower.store.getState().setSpeed(s.speed);
    if (s.status === 'loading' && prev.status !== 'loading' && follower.store.getState().status === 'ready') resetPending = true;
    if (s.status === 'ready' && prev.status === 'loading' && resetPending) {
      resetPending = false;
      leadMs = followerMs = 0;
      timeline = [];
      void follower.session.reset(s.seed).then(pump);
    }
  });

  // The lead's play loop asks for more time only when its bridge is idle; counting the
  // follower's work (and any catch-up still owed) as busy makes both runs move together
  // instead of the slower one drifting behind.
  const leadBusy = lead.bridge.busy;
  lead.bridge.busy = () => leadBusy() ||
    (follower.store.getState().status === 'ready' && (follower.bridge.busy() || followerMs !== leadMs));

  return () => { lead.bridge.busy = leadBusy; offLead(); offFollower(); offStore(); };
}

const sameCommand = (a: Command, b: Command | undefined) =>
  !!b && a.atMs === b.atMs && a.target === b.target && a.action === b.action && JSON.stringify(a) === JSON.stringify(b);
