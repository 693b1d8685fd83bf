// Picks the platform once: the desktop edition has the preload's `window.api`.
import type { DesktopApi } from '$shared/ipc-contract';
import { browserPlatform } from './browser';
import { electronPlatform } from './electron';
import type { Platform } from './platform';

export * from './platform';

declare global {
  interface Window {
    api?: DesktopApi;
  }
}

let chosen: Platform | null = null;

export function platform(): Platform {
  chosen ??= window.api ? electronPlatform(window.api) : browserPlatform();
  return chosen;
}
