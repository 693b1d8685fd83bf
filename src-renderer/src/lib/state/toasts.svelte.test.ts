import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TOASTS, toasts } from './toasts.svelte';

afterEach(() => {
  for (const t of toasts.items) toasts.dismiss(t.id);
});

describe('the messages at the bottom of the window', () => {
  it('show the same message once: shown again, it replaces the one shown', () => {
    toasts.show('The file could not be read.', { kind: 'error', timeoutMs: 0 });
    toasts.show('The session was saved.', { timeoutMs: 0 });
    const again = toasts.show('The file could not be read.', { kind: 'error', timeoutMs: 0 });
    expect(toasts.items.map((t) => [t.text, t.kind])).toEqual([
      ['The session was saved.', 'info'],
      ['The file could not be read.', 'error'],
    ]);
    expect(toasts.items.at(-1)?.id).toBe(again);
  });

  it(`keep the ${MAX_TOASTS} newest`, () => {
    for (let i = 1; i <= MAX_TOASTS + 2; i++) toasts.show(`Message ${i}`, { timeoutMs: 0 });
    expect(toasts.items.map((t) => t.text)).toEqual(Array.from({ length: MAX_TOASTS }, (_, i) => `Message ${i + 3}`));
  });
});
