// Remembers the main window's size and position between runs. Runs in: main.
import { z } from 'zod';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}
export interface WindowState extends WindowBounds {
  maximized: boolean;
}
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_STATE: WindowState = { width: 1280, height: 820, maximized: false };

const stateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  maximized: z.boolean(),
});

/**
 * Reads a saved state, falling back to the default when the file is unreadable or the
 * window would open on a display that is no longer attached.
 */
export function restoreState(saved: unknown, workAreas: Area[]): WindowState {
  const parsed = stateSchema.safeParse(saved);
  if (!parsed.success) return DEFAULT_STATE;
  const s = parsed.data;
  if (s.x === undefined || s.y === undefined) return { width: s.width, height: s.height, maximized: s.maximized };
  const { x, y } = s;
  const visible = workAreas.some((a) => x + 100 > a.x && y + 50 > a.y && x < a.x + a.width - 100 && y < a.y + a.height - 50);
  return visible
    ? { x, y, width: s.width, height: s.height, maximized: s.maximized }
    : { width: s.width, height: s.height, maximized: s.maximized };
}
