// Fault injection for the selected node. Button names are a stable contract for tests
// outside the repo: "Kill s2", "Hang s2", "Slow s2", "Revive s2" (plus "Errors s2", "Heal s2", and "Stop lb1" on balancers).
import type { FaultAction } from '../../engine/api';
import { useRuntime } from '../RuntimeContext';

type Action = { verb: string; fault: FaultAction; help: string; tone?: 'danger' | 'fix'; kinds?: string[] };

// ×10 turns a 40 ms service into 400 ms: slow enough to fill queues, not a hang.
const SLOW_FACTOR = 10;
// Half the requests failing is bad enough to see and to trip checks in later lessons.
const ERROR_RATE = 0.5;

const ACTIONS: Action[] = [
  { verb: 'Kill', fault: { action: 'kill' }, help: 'crash: refuse new connections, drop work in hand', tone: 'danger' },
  { verb: 'Hang', fault: { action: 'hang' }, help: 'accept work, never answer', tone: 'danger' },
  { verb: 'Slow', fault: { action: 'slow', factor: SLOW_FACTOR }, help: `service time ×${SLOW_FACTOR}`, tone: 'danger' },
  { verb: 'Errors', fault: { action: 'errors', rate: ERROR_RATE }, help: `${ERROR_RATE * 100} % of requests end in a 500`, tone: 'danger' },
  // Only a balancer can stand behind a floating address; to anything else a stop is a kill.
  { verb: 'Stop', fault: { action: 'stop' }, help: 'clean shutdown: as a VRRP master it says goodbye (priority 0), so the backup takes over after its skew alone', tone: 'danger', kinds: ['balancer'] },
  { verb: 'Revive', fault: { action: 'revive' }, help: 'restart after a kill or hang', tone: 'fix' },
  { verb: 'Heal', fault: { action: 'heal' }, help: 'clear slowness and errors', tone: 'fix' },
];

export function NodeActions({ id, kind }: { id: string; kind: string }) {
  const { session } = useRuntime();
  return (
    <div className="actions" role="group" aria-label={`Actions on ${id}`}>
      {ACTIONS.filter((a) => !a.kinds || a.kinds.includes(kind)).map((a) => (
        <div key={a.verb} className="action">
          <button type="button" className={`btn btn-${a.tone}`} onClick={() => void session.command(id, a.fault)}>
            {a.verb} {id}
          </button>
          <span className="action-help">{a.help}</span>
        </div>
      ))}
    </div>
  );
}
