// The create/edit session dialog, openable from anywhere (Ctrl+N, the calendar, a row).
import type { Session } from '../domain/types';

export interface SessionDialogRequest {
  /** The session being edited; absent for a new one. */
  base?: Session;
  /** Prefilled values for a new session (e.g. the day clicked in the calendar). */
  defaults?: { start: string; end: string; allDay: boolean };
}

class SessionDialogState {
  request = $state<SessionDialogRequest | null>(null);

  open(request: SessionDialogRequest = {}): void {
    this.request = request;
  }

  close(): void {
    this.request = null;
  }
}

export const sessionDialog = new SessionDialogState();
