// Whether the system asks for less motion (`prefers-reduced-motion: reduce`), live: changing
// the setting swaps particles for counters without a reload.
import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void) {
  if (typeof matchMedia === 'undefined') return () => {};
  const mq = matchMedia(QUERY);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

const read = () => (typeof matchMedia === 'undefined' ? false : matchMedia(QUERY).matches);

export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribe, read, () => false);
}
