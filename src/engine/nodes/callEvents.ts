// Routing answers, timeouts, retry timers and breaker timers to the call site they belong to.
import type { Message, SimEvent } from '../sim/types';
import type { CallSite } from './callSite';

/** Returns true when the message was an answer to one of this node's calls. */
export function receiveCallResponse(msg: Message): boolean {
  if (msg.dir !== 'response' || !msg.attempt.call) return false;
  msg.attempt.call.site.onResponse(msg.attempt, msg.outcome === 'refused' ? 'unavailable' : msg.outcome);
  return true;
}

export function handleCallEvent(ev: SimEvent, sites: ReadonlyMap<string, CallSite>): boolean {
  switch (ev.type) {
    case 'attempt-timeout': ev.due(); return true;
    case 'retry-wait': ev.call.site.retryNow(ev.call); return true;
    case 'breaker-timer': sites.get(ev.site)?.tick(); return true;
    default: return false;
  }
}
