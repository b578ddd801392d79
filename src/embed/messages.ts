// The embed widget's postMessage API: what a host page may send, validated with zod, and what
// the widget answers. Every request with an `id` gets exactly one reply with the same id.
//   → { rp: 1, id: 7, type: 'play' }                         ← { rp: 1, type: 'reply', id: 7, ok: true, state }
//   → { rp: 1, id: 8, type: 'fault', target: 's2', action: 'kill' }
//   → { rp: 1, id: 9, type: 'set', path: 'nodes[1].strategy', value: 'least-connections' }
// The widget also announces itself ({ rp: 1, type: 'ready' }) and its height ({ rp: 1, type: 'resize', height }).
import { plainMessage } from '../engine/scenario/parse';
import { z } from 'zod';

export const EMBED_PROTOCOL = 1;

const base = { rp: z.literal(EMBED_PROTOCOL), id: z.union([z.string().max(64), z.number()]).optional() };

export const embedRequest = z.discriminatedUnion('type', [
  z.strictObject({ ...base, type: z.literal('play') }),
  z.strictObject({ ...base, type: z.literal('pause') }),
  z.strictObject({ ...base, type: z.literal('step') }),
  z.strictObject({ ...base, type: z.literal('get-state') }),
  z.strictObject({ ...base, type: z.literal('seek'), toMs: z.number().finite().min(0).max(86_400_000) }),
  z.strictObject({ ...base, type: z.literal('speed'), speed: z.number().min(0.1).max(50) }),
  z.strictObject({ ...base, type: z.literal('set'), path: z.string().min(1).max(200), value: z.unknown() }),
  z.strictObject({
    ...base, type: z.literal('fault'), target: z.string().min(1).max(100),
    action: z.enum(['kill', 'stop', 'hang', 'slow', 'errors', 'revive', 'heal', 'redrive']),
    factor: z.number().positive().max(1000).optional(), rate: z.number().min(0).max(1).optional(),
  }),
  z.strictObject({ ...base, type: z.literal('lesson-step'), step: z.number().int().min(0).max(100) }),
], { error: 'type must be one of play, pause, step, get-state, seek, speed, set, fault, lesson-step' });

export type EmbedRequest = z.infer<typeof embedRequest>;

export type EmbedState = { simMs: number; playing: boolean; ok: number; failed: number; availability: number; title: string };

export type EmbedReply =
  | { rp: typeof EMBED_PROTOCOL; type: 'reply'; id?: string | number; ok: true; state: EmbedState }
  | { rp: typeof EMBED_PROTOCOL; type: 'reply'; id?: string | number; ok: false; error: string };

export type EmbedEvent =
  | { rp: typeof EMBED_PROTOCOL; type: 'ready'; state: EmbedState }
  | { rp: typeof EMBED_PROTOCOL; type: 'resize'; height: number };

/**
 * Checks a message from the host. Messages that are not for us (no `rp` field: other scripts on
 * the page talk too) return null and are ignored; ours that are malformed get an error naming
 * what is wrong.
 */
export function readRequest(data: unknown): { ok: true; request: EmbedRequest } | { ok: false; id?: string | number; error: string } | null {
  if (!data || typeof data !== 'object' || !('rp' in data)) return null;
  const id = (data as { id?: unknown }).id;
  const safeId = typeof id === 'string' || typeof id === 'number' ? id : undefined;
  const parsed = embedRequest.safeParse(data);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? issue.path.join('.') : 'message';
  return { ok: false, id: safeId, error: `${where}: ${plainMessage(issue)}` };
}
