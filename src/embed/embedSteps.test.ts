import { describe, expect, it } from 'vitest';
import { findLesson } from '../lessons/catalog';
import { createEmbedSteps, stepText } from './embedSteps';

describe('lesson steps in the widget', () => {
  const redundancy = findLesson('redundancy')!;

  it('goes to a step by its number, 1 first, and refuses one the lesson does not have', () => {
    const s = createEmbedSteps(redundancy)!;
    const n = redundancy.steps!.length;
    expect(s.goTo(2)).toBeNull();
    expect(s.store.getState().index).toBe(1);
    expect(s.goTo(n + 1)).toBe(`step: lesson "redundancy" has steps 1 to ${n}, got ${n + 1}`);
    expect(s.goTo(0)).toMatch(/has steps 1 to/);
    expect(s.store.getState().index).toBe(1);
  });

  it('has nothing to show for a lesson without steps', () => {
    const plain = findLesson('fail-fast')!;
    expect(plain.steps ?? []).toHaveLength(0);
    expect(createEmbedSteps(plain)).toBeNull();
    expect(createEmbedSteps(undefined)).toBeNull();
  });

  it('says what a prediction step asks, with its choices', () => {
    const predict = redundancy.steps!.find((st) => st.kind === 'predict')!;
    if (predict.kind !== 'predict') throw new Error('no predict step');
    expect(stepText(predict, redundancy)).toBe(`${predict.question} ${predict.choices.map((c) => `· ${c.text}`).join(' ')}`);
  });
});
