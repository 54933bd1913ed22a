import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  MIN_WINDOW_SIZE,
  parseWindowState,
} from '../../src/main/presentation/electron/window-state.js';
import {
  loadWindowState,
  saveWindowState,
  WINDOW_STATE_FILE,
} from '../../src/main/presentation/electron/window-state-store.js';

const PRIMARY = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT = { x: 1920, y: 0, width: 1280, height: 984 };

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1000,"height":700,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('drops a half position and rounds fractions', () => {
    expect(parseWindowState('{"x":10,"width":1000.6,"height":700}')).toEqual({
      width: 1001,
      height: 700,
      maximized: false,
    });
  });

  it.each([
    [undefined],
    [''],
    ['not json'],
    ['null'],
    ['[]'],
    ['{"width":"big","height":700}'],
    ['{"width":-5,"height":700}'],
    ['{"width":1e400,"height":700}'],
  ])('falls back to the defaults for %j', (text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('clampWindowState', () => {
  it('keeps a window that fits on its screen', () => {
    const state = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(clampWindowState(state, [PRIMARY, RIGHT])).toEqual(state);
  });

  it('keeps a window on the second screen, moved fully onto it', () => {
    expect(
      clampWindowState({ x: 2900, y: 100, width: 1000, height: 700, maximized: false }, [PRIMARY, RIGHT]),
    ).toEqual({
      x: 2200,
      y: 100,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('re-centres (drops the position) when the saved screen is gone', () => {
    expect(
      clampWindowState({ x: 2200, y: 100, width: 1000, height: 700, maximized: true }, [PRIMARY]),
    ).toEqual({
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it('re-centres a window with only a sliver on screen', () => {
    expect(
      clampWindowState({ x: 1900, y: 100, width: 1000, height: 700, maximized: false }, [PRIMARY]),
    ).not.toHaveProperty('x');
  });

  it('shrinks a window larger than the screen and never below the minimum that fits', () => {
    expect(
      clampWindowState({ x: -50, y: -50, width: 5000, height: 4000, maximized: false }, [PRIMARY]),
    ).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    });
    expect(clampWindowState({ width: 10, height: 10, maximized: false }, [PRIMARY])).toEqual({
      width: MIN_WINDOW_SIZE.width,
      height: MIN_WINDOW_SIZE.height,
      maximized: false,
    });
    const tiny = { x: 0, y: 0, width: 800, height: 500 };
    expect(clampWindowState({ width: 1280, height: 840, maximized: false }, [tiny])).toEqual({
      width: 800,
      height: 500,
      maximized: false,
    });
  });

  it('leaves the state alone when no screen is known', () => {
    expect(clampWindowState(DEFAULT_WINDOW_STATE, [])).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('window-state.json', () => {
  it('round-trips through the data folder and survives a corrupt file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'reelforge-window-'));
    try {
      expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
      const state = { x: 5, y: 6, width: 1000, height: 700, maximized: false };
      expect(saveWindowState(dir, state)).toBe(true);
      expect(JSON.parse(readFileSync(join(dir, WINDOW_STATE_FILE), 'utf8'))).toEqual(state);
      expect(loadWindowState(dir)).toEqual(state);
      writeFileSync(join(dir, WINDOW_STATE_FILE), '{broken');
      expect(loadWindowState(dir)).toEqual(DEFAULT_WINDOW_STATE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
