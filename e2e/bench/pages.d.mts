import type { Page } from '@playwright/test';

export function loadRig(page: Page): Promise<void>;
export function seedLargeArchive(page: Page, url: string): Promise<{ rows: number; ms: number }>;
