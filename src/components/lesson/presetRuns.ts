// Runs the breaker-presets lesson's outage once per preset, headless, with the same engine the
// worker uses: the numbers in the table are the numbers the page would show for that preset.
import { BREAKER_PRESETS, withPreset } from '../../lessons/breakerPresets';

export type PresetRow = { preset: string; openedAtMs: number | null; rejected: number; closedAtMs: number | null; flips: number };

const HANG_ENDS_MS = 90_000; // the example revives the database at 90 s

export async function runPresets(): Promise<PresetRow[]> {
  // Loaded on demand: only this lesson needs the engine on the main thread.
  const { parseScenario, createSim } = await import('../../engine');
  const rows: PresetRow[] = [];
  for (const preset of BREAKER_PRESETS) {
    const parsed = parseScenario(withPreset(preset));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const sim = createSim(parsed.scenario, { seed: parsed.scenario.seed });
    sim.runUntil(parsed.scenario.durationMs);
    const b = sim.summary().breakers['api1->db'];
    const t = b?.transitions ?? [];
    rows.push({
      preset,
      openedAtMs: t.find((x) => x.to === 'open')?.atMs ?? null,
      rejected: b?.rejected ?? 0,
      closedAtMs: t.filter((x) => x.to === 'closed' && x.atMs >= HANG_ENDS_MS).at(-1)?.atMs ?? null,
      flips: t.length,
    });
    // Yield between runs so the page stays responsive.
    await new Promise((r) => setTimeout(r, 0));
  }
  return rows;
}
