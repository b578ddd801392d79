// Switches between a lesson's setups (one balancer / a balancer pair): each is its own scenario,
// loaded fresh, so the learner compares the same story with one thing changed.
import type { Lesson } from '../../lessons/types';
import { useApp, useRuntime } from '../RuntimeContext';

export function VariantTabs({ lesson }: { lesson: Lesson }) {
  const { session } = useRuntime();
  const current = useApp((s) => (s.source.kind === 'lesson' ? s.source.variant ?? '' : ''));
  if (!lesson.variants?.length) return null;
  const tabs = [{ id: '', label: String((lesson.scenario as { title?: unknown }).title ?? 'Start') }, ...lesson.variants];
  return (
    <div className="variant-tabs" role="group" aria-label="Setups of this lesson">
      {tabs.map((t) => (
        <button key={t.id} type="button" className="btn variant-tab" aria-pressed={t.id === current}
          onClick={() => void session.load({ kind: 'lesson', id: lesson.id, ...(t.id ? { variant: t.id } : {}) })}>
          {t.label}
        </button>
      ))}
    </div>
  );
}
