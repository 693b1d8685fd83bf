// Short messages at the bottom of the window, some with an action (Undo).
export interface Toast {
  id: number;
  kind: 'info' | 'error';
  text: string;
  action?: { label: string; run: () => void | Promise<void> };
}

class Toasts {
  items = $state<Toast[]>([]);
  #next = 1;

  show(text: string, options: { kind?: Toast['kind']; action?: Toast['action']; timeoutMs?: number } = {}): number {
    const id = this.#next++;
    this.items = [...this.items, { id, kind: options.kind ?? 'info', text, action: options.action }];
    const timeout = options.timeoutMs ?? (options.kind === 'error' ? 12_000 : 6_000);
    if (timeout > 0) setTimeout(() => this.dismiss(id), timeout);
    return id;
  }

  dismiss(id: number): void {
    this.items = this.items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();
