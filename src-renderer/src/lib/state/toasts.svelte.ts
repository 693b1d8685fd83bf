// Short messages at the bottom of the window, some with an action (Undo).
export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
}

/** Toasts shown at once: a newer one takes the place of the oldest. */
export const MAX_TOASTS = 3;

class Toasts {
  items = $state<Toast[]>([]);
  #next = 1;

  show(text: string, options: { kind?: Toast['kind']; action?: Toast['action']; timeoutMs?: number } = {}): number {
    const id = this.#next++;
    const kind = options.kind ?? 'info';
    // The same message again replaces the one shown rather than stacking under it.
    const others = this.items.filter((t) => t.text !== text || t.kind !== kind);
    this.items = [...others, { id, kind, text, action: options.action }].slice(-MAX_TOASTS);
    const timeout = options.timeoutMs ?? (kind === 'error' ? 12_000 : 6_000);
    if (timeout > 0) setTimeout(() => this.dismiss(id), timeout);
    return id;
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();
