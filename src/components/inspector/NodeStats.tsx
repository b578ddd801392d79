// The live numbers of one node, by kind. Every value carries a data-testid for tests.
import type { ClientLive, NodeLive } from '../../engine/api';
import type { TopologyNode } from '../../worker/protocol';

const fmt = (n: number) => n.toLocaleString('en-US');
const pct = (f: number) => `${(f * 100).toFixed(1)} %`;
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)} ms`;

function Row({ name, label, value }: { name: string; label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={`stat-${name}`}>{value}</dd>
    </>
  );
}

export function ServerStats({ node, live }: { node: TopologyNode; live: NodeLive }) {
  return (
    <dl className="stats">
      <Row name="state" label="State" value={live.state} />
      <Row name="busy" label="Busy slots" value={`${fmt(live.busy)} / ${fmt(live.concurrency)}`} />
      <Row name="queue" label="Queue" value={node.queueLimit !== undefined ? `${fmt(live.queueLength)} / ${fmt(node.queueLimit)}` : fmt(live.queueLength)} />
      <Row name="arrivals" label="Arrivals" value={fmt(live.arrivals)} />
      <Row name="completed" label="Completed" value={fmt(live.completed)} />
      <Row name="errors" label="Errors" value={fmt(live.errors)} />
      <Row name="shed" label="Shed (queue full)" value={fmt(live.shed)} />
      <Row name="utilization" label="Utilization" value={pct(live.utilization)} />
      {live.failover && <>
        {/* Active-passive: the writes of the replication lag that the standby never saw. */}
        <Row name="lost-writes" label="Writes lost in failover" value={fmt(live.failover.lostWrites)} />
        <Row name="promotions" label="Standby promotions" value={fmt(live.failover.promotions)} />
        <Row name="standby" label="Standby" value={live.failover.hasStandby ? 'ready' : 'none (revive the old primary)'} />
      </>}
    </dl>
  );
}

export function BalancerStats({ node, live }: { node: TopologyNode; live: NodeLive }) {
  const health = live.health ?? {};
  const routed = live.routed ?? {};
  return (
    <>
      <dl className="stats">
        <Row name="state" label="State" value={live.state} />
        <Row name="arrivals" label="Arrivals" value={fmt(live.arrivals)} />
      </dl>
      <table className="targets">
        <caption>Targets as this balancer sees them</caption>
        <thead><tr><th scope="col">target</th><th scope="col">rotation</th><th scope="col">checks</th><th scope="col">routed</th></tr></thead>
        <tbody>
          {node.targets.map((t) => {
            const h = health[t];
            return (
              <tr key={t} className={h && !h.healthy ? 'out' : undefined}>
                <th scope="row">{t}</th>
                <td data-testid={`rotation-${t}`}>{h ? (h.healthy ? 'in' : 'out') : 'in (no checks)'}</td>
                <td>{h ? (h.healthy ? (h.failRun ? `${h.failRun}/${h.fall} failed` : 'passing') : `${h.passRun}/${h.rise} passed`) : '—'}</td>
                <td data-testid={`routed-${t}`}>{fmt(routed[t] ?? 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

export function ClientStats({ client }: { client: ClientLive }) {
  const failures = Object.entries(client.byOutcome).filter(([k, v]) => k !== 'ok' && v > 0);
  return (
    <dl className="stats">
      <Row name="requests" label="Requests" value={fmt(client.requests)} />
      <Row name="ok" label="Ok" value={fmt(client.ok)} />
      <Row name="failed" label="Failed" value={fmt(client.failed)} />
      <Row name="in-flight" label="In flight" value={fmt(client.inFlight)} />
      <Row name="p50" label="Latency p50" value={ms(client.p50)} />
      <Row name="p99" label="Latency p99" value={ms(client.p99)} />
      <Row name="amplification" label="Attempts per request" value={`×${client.amplification.toFixed(2)}`} />
      {failures.map(([k, v]) => <Row key={k} name={`outcome-${k}`} label={`… ${k}`} value={fmt(v)} />)}
    </dl>
  );
}
