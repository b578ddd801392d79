// The widget's side of the postMessage API: reads requests from the host page, acts through the
// runtime, answers every request, announces readiness, reports its height so the host can size
// the iframe, and pauses while it is off screen (resuming when it comes back if it was playing).
import type { Runtime } from '../store/runtime';
import { EMBED_PROTOCOL, readRequest, type EmbedEvent, type EmbedReply, type EmbedRequest, type EmbedState } from './messages';

export type LessonStepper = (step: number) => string | null;

function stateOf(runtime: Runtime): EmbedState {
  const s = runtime.store.getState();
  return {
    simMs: s.snapshot?.simMs ?? 0, playing: s.playing, ok: s.snapshot?.totals.ok ?? 0,
    failed: s.snapshot?.totals.failed ?? 0, availability: s.snapshot?.availability.ratio ?? 1, title: s.title,
  };
}

/** Performs one request; resolves to an error sentence, or null when done. */
async function perform(runtime: Runtime, r: EmbedRequest, lessonStep: LessonStepper | null): Promise<string | null> {
  const { store, session } = runtime;
  if (store.getState().status !== 'ready' && r.type !== 'get-state') return 'the widget has no valid scenario loaded';
  switch (r.type) {
    case 'play': store.getState().setPlaying(true); return null;
    case 'pause': store.getState().setPlaying(false); return null;
    case 'step': session.step(); return null;
    case 'get-state': return null;
    case 'speed': store.getState().setSpeed(r.speed); return null;
    case 'seek': await session.seek(r.toMs); return null;
    case 'set': {
      const res = await session.setParam(r.path, r.value);
      return res.ok ? null : res.problems.join('; ');
    }
    case 'fault': {
      if (!store.getState().topology.some((n) => n.id === r.target)) return `target: no node with id "${r.target}"`;
      const fault = r.action === 'slow' ? { action: 'slow' as const, factor: r.factor ?? 10 }
        : r.action === 'errors' ? { action: 'errors' as const, rate: r.rate ?? 0.5 }
        : { action: r.action };
      await session.command(r.target, fault);
      return store.getState().commandError;
    }
    case 'lesson-step':
      return lessonStep ? lessonStep(r.step) : 'this widget shows no lesson, so it has no steps';
  }
}

export function connectHost(runtime: Runtime, root: HTMLElement, lessonStep: LessonStepper | null = null): () => void {
  const host = window.parent !== window ? window.parent : null;
  const post = (msg: EmbedReply | EmbedEvent, target: MessageEventSource | null = host, origin = '*') =>
    (target as Window | null)?.postMessage(msg, { targetOrigin: origin });

  async function onMessage(e: MessageEvent) {
    const read = readRequest(e.data);
    if (!read) return;
    const origin = e.origin && e.origin !== 'null' ? e.origin : '*';
    if (!read.ok) return post({ rp: EMBED_PROTOCOL, type: 'reply', id: read.id, ok: false, error: read.error }, e.source, origin);
    let error: string | null;
    try {
      error = await perform(runtime, read.request, lessonStep);
    } catch (err) {
      error = err instanceof Error ? err.message : String(err);
    }
    const id = read.request.id;
    post(error ? { rp: EMBED_PROTOCOL, type: 'reply', id, ok: false, error }
      : { rp: EMBED_PROTOCOL, type: 'reply', id, ok: true, state: stateOf(runtime) }, e.source, origin);
  }
  window.addEventListener('message', onMessage);

  // Height for the host: on every layout change, rounded so tiny jitters don't spam it.
  let lastHeight = 0;
  const resize = new ResizeObserver(() => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (Math.abs(height - lastHeight) < 2) return;
    lastHeight = height;
    post({ rp: EMBED_PROTOCOL, type: 'resize', height });
  });
  resize.observe(root);

  // Off screen: pause, and remember to resume. Inside an iframe the observer's root is the top
  // page's viewport, so scrolling the post past the widget counts.
  let pausedByVisibility = false;
  const visibility = new IntersectionObserver(([entry]) => {
    const s = runtime.store.getState();
    if (!entry.isIntersecting && s.playing) { pausedByVisibility = true; s.setPlaying(false); }
    else if (entry.isIntersecting && pausedByVisibility) { pausedByVisibility = false; s.setPlaying(true); }
  });
  visibility.observe(root);

  const unsubscribe = runtime.store.subscribe((s, prev) => {
    if (s.status === 'ready' && prev.status !== 'ready') post({ rp: EMBED_PROTOCOL, type: 'ready', state: stateOf(runtime) });
  });

  return () => {
    window.removeEventListener('message', onMessage);
    resize.disconnect();
    visibility.disconnect();
    unsubscribe();
  };
}
