// Amplification, live: attempts per logical request at every call site below the selected node,
// multiplied down the chain (three layers retrying three times turn one request into up to 27),
// and the attempt numbers seen on each link over the last two seconds.
//
// This is the shape every request's tree shares; one request's own tree is under "Follow one
// request" (components/requests).
import { Fragment, useEffect, useState } from 'react';
import type { CallSiteLive } from '../../engine/api';
import { useApp, useRuntime } from '../RuntimeContext';

const WINDOW_MS = 2000;
const fmt = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The call sites reached from `start`, in order down the chain (breadth first). */
export function chainFrom(start: string, sites: Record<string, CallSiteLive>): { key: string; site: CallSiteLive; depth: number }[] {
  const out: { key: string; site: CallSiteLive; depth: number }[] = [];
  const seen = new Set<string>();
  let frontier = [{ owner: start, depth: 0 }];
  while (frontier.length) {
    const next: typeof frontier = [];
    for (const { owner, depth } of frontier) {
      for (const [key, site] of Object.entries(sites)) {
        if (site.owner !== owner || seen.has(key)) continue;
        seen.add(key);
        out.push({ key, site, depth });
        next.push({ owner: site.target, depth: depth + 1 });
      }
    }
    frontier = next;
  }
  return out;
}

/** Counts of request hops by link and attempt number over the last window. */
function useAttemptMix(): Map<string, number[]> {
  const { bridge } = useRuntime();
  const [mix, setMix] = useState(new Map<string, number[]>());
  useEffect(() => {
    let acc = new Map<string, number[]>();
    const off = bridge.onFrame((f) => {
      for (const h of f.hops) {
        if (h.kind !== 'request') continue;
        const key = `${h.from}->${h.to}`;
        const row = acc.get(key) ?? acc.set(key, []).get(key)!;
        const i = Math.min(h.attempt, 9) - 1;
        row[i] = (row[i] ?? 0) + 1;
      }
    });
    const timer = setInterval(() => { setMix(acc); acc = new Map(); }, WINDOW_MS);
    return () => { off(); clearInterval(timer); };
  }, [bridge]);
  return mix;
}

export function CallSites({ owner }: { owner: string }) {
  const sites = useApp((s) => s.snapshot?.callSites);
  const mix = useAttemptMix();
  if (!sites) return null;
  const chain = chainFrom(owner, sites);
  if (chain.length === 0) return null;
  let product = 1;
  return (
    <section className="call-sites" aria-label="Amplification">
      <h3>Attempts per request, by call site</h3>
      <table className="targets">
        <thead><tr><th scope="col">call to</th><th scope="col">calls</th><th scope="col">attempts</th><th scope="col">×</th><th scope="col" title="attempts one logical request costs at this depth">per request</th></tr></thead>
        <tbody>
          {chain.map(({ key, site, depth }) => {
            product *= site.amplification || 1;
            const row = mix.get(key) ?? [];
            const sent = row.reduce((a, b) => a + (b ?? 0), 0);
            return (
              <Fragment key={key}>
                <tr data-site={key}>
                  <th scope="row" style={{ paddingLeft: 2 + depth * 8 }} title={key}>{depth > 0 ? '└ ' : ''}→ {site.target}</th>
                  <td>{fmt(site.calls)}</td>
                  <td>{fmt(site.attempts)}</td>
                  <td data-testid={`amplification-${key}`}>{fmt(site.amplification)}</td>
                  <td data-testid={`product-${key}`}>{fmt(product)}</td>
                </tr>
                {/* The mix of attempt numbers on a line of its own, so the table stays narrow. */}
                {sent > 0 && <tr className="attempt-mix-row"><td colSpan={5} className="attempt-mix" title="attempt numbers over the last 2 s">
                  {row.map((n, i) => (n ? <span key={i} className={i ? 'retry-chip' : 'first-chip'}>#{i + 1}{i === 8 ? '+' : ''} {Math.round((100 * n) / sent)}%</span> : null))}
                </td></tr>}
              </Fragment>
            );
          })}
        </tbody>
      </table>
      <p className="hint">× is attempts per call at that site; the last column multiplies them down the chain: the attempts one logical request costs at that depth.</p>
    </section>
  );
}
