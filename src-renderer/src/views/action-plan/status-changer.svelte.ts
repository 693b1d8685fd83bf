// A status change from the table or the board. `done` below 100 % is not saved until the user
// agrees to set the progress to 100 % (or backs out, and nothing changes).
import { handleError } from '$lib/actions/handle-error';
import { changeStatus } from '$lib/actions/action-plan';
import { needsFullProgress } from '$lib/domain/action-status';
import type { ActionItem, ActionStatus } from '$lib/domain/types';

export interface PendingDone {
  item: ActionItem;
  onCancel?: () => void;
}

export class StatusChanger {
  pending = $state<PendingDone | null>(null);

  readonly #onChanged: (item: ActionItem, status: ActionStatus) => void;

  constructor(onChanged: (item: ActionItem, status: ActionStatus) => void = () => undefined) {
    this.#onChanged = onChanged;
  }

  async request(item: ActionItem, status: ActionStatus, onCancel?: () => void): Promise<void> {
    if (status === item.status) return;
    if (needsFullProgress(status, item.progress)) {
      this.pending = { item, onCancel };
      return;
    }
    await this.save(item, status);
  }

  async confirm(): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (pending) await this.save(pending.item, 'done', 100);
  }

  cancel(): void {
    this.pending?.onCancel?.();
    this.pending = null;
  }

  private async save(item: ActionItem, status: ActionStatus, progress?: number): Promise<void> {
    try {
      const saved = await changeStatus(item, status, progress === undefined ? {} : { progress });
      this.#onChanged(saved, status);
    } catch (error) {
      handleError(error);
    }
  }
}
