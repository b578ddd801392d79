// Keeps the address bar naming what is on screen (`?lesson=…` or `?scenario=…`), so a reload or a
// bookmark returns to it. Other parameters stay; a share fragment is dropped once the learner
// picks something else, since it no longer describes the page.
import type { AppStore } from './store';
import type { Source } from '../lessons/catalog';

export function urlFor(source: Source, search: string): string | null {
  if (source.kind !== 'lesson' && source.kind !== 'example') return null;
  const q = new URLSearchParams(search);
  q.delete('lesson');
  q.delete('scenario');
  q.set(source.kind === 'lesson' ? 'lesson' : 'scenario', source.id);
  return `?${q.toString()}`;
}

function write(source: Source) {
  const next = urlFor(source, location.search);
  if (next && next !== location.search) history.replaceState(null, '', `${location.pathname}${next}`);
}

/** `now`: also correct the address at once (it named a lesson that does not exist). */
export function followSourceInUrl(store: AppStore, now = false): () => void {
  // Inside an iframe the address belongs to the widget's host snippet: leave it alone.
  if (typeof window === 'undefined' || window.top !== window) return () => {};
  if (now) write(store.getState().source);
  return store.subscribe((s, prev) => {
    if (s.source !== prev.source) write(s.source);
  });
}
