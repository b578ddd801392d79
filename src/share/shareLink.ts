// The whole state of a run in a URL fragment: scenario, seed, the actions taken (with their
// simulated times) and the moment being looked at. Compressed with lz-string's URI-safe form and
// versioned (`#s=1.<data>`), so a link opens exactly what its sender saw. Anything malformed or
// tampered with comes back as one clear sentence, never an exception.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { z } from 'zod';
import { faultSchema } from '../engine/scenario/schema';
import type { Command } from '../engine/api';

export const SHARE_VERSION = 1;

export type SharedState = {
  scenario: unknown;
  seed: number;
  commandLog: Command[];
  atMs: number;
  /** Where it came from (a lesson id or example id), to show the right panel; optional. */
  origin?: string;
};

const shared = z.object({
  scenario: z.record(z.string(), z.unknown()),
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  // Exactly the actions the engine knows, with their parameters checked (a `slow` without a factor
  // would poison every later number).
  commandLog: z.array(faultSchema).max(10_000),
  atMs: z.number().finite().min(0).max(86_400_000),
  origin: z.string().max(100).optional(),
}).strict();

/** Longest fragment we accept: far above any real scenario, far below what would hang the page. */
const MAX_LENGTH = 200_000;

export function encodeShare(state: SharedState): string {
  return `s=${SHARE_VERSION}.${compressToEncodedURIComponent(JSON.stringify(state))}`;
}

export type Decoded = { ok: true; state: SharedState } | { ok: false; message: string };

/** Reads `#s=…` (with or without the `#`). Returns null when the fragment holds no shared state. */
export function decodeShare(fragment: string): Decoded | null {
  const m = /(?:^|[#&])s=([^&]*)/.exec(fragment);
  if (!m) return null;
  const body = m[1];
  if (body.length > MAX_LENGTH) return { ok: false, message: 'This link is too long to be a playground link.' };
  const dot = body.indexOf('.');
  const version = Number(body.slice(0, dot));
  if (dot < 1 || !Number.isInteger(version)) return { ok: false, message: 'This link is damaged: it has no version mark.' };
  if (version !== SHARE_VERSION) return { ok: false, message: `This link was made by another version of the playground (v${version}; this one reads v${SHARE_VERSION}).` };
  let json: string | null = null;
  try {
    json = decompressFromEncodedURIComponent(body.slice(dot + 1));
  } catch {
    json = null;
  }
  if (!json) return { ok: false, message: 'This link is damaged: its data cannot be unpacked (was it cut short?).' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, message: 'This link is damaged: its data is not valid JSON.' };
  }
  const parsed = shared.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, message: `This link is damaged: ${first.path.join('.') || 'its contents'} ${first.message.toLowerCase()}.` };
  }
  return { ok: true, state: parsed.data as SharedState };
}
