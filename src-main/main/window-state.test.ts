import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, restoreState } from './window-state';

const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('remembered window size and position', () => {
  it('restores a saved window that is on a connected display', () => {
    expect(restoreState({ x: 100, y: 80, width: 1300, height: 850, maximized: true }, laptop)).toEqual({
      x: 100,
      y: 80,
      width: 1300,
      height: 850,
      maximized: true,
    });
  });

  it('keeps the size but not the position when that display is gone', () => {
    expect(restoreState({ x: 2500, y: 80, width: 1300, height: 850, maximized: false }, laptop)).toEqual({
      width: 1300,
      height: 850,
      maximized: false,
    });
  });

  it.each([null, 'garbage', { width: 'wide' }, { width: 10, height: 10, maximized: false }, { __proto__: { width: 900 } }])(
    'falls back to the default for %j',
    (saved) => {
      expect(restoreState(saved, laptop)).toEqual(DEFAULT_STATE);
    },
  );
});
