// Space toggles play anywhere on the page, except where Space already means something:
// typing in a field, pressing a focused button, or opening a focused node.
import { useEffect } from 'react';

const OWN_SPACE = 'input, textarea, select, button, a[href], [role="button"], [role="slider"], [contenteditable="true"]';

export function useSpaceToggle(toggle: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as Element | null;
      if (target instanceof Element && target.closest(OWN_SPACE)) return;
      e.preventDefault(); // and do not scroll the page
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
}
