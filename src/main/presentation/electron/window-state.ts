/** Where the main window was, as saved in `<dataDir>/window-state.json`. */
export interface WindowState {
  readonly x?: number;
  readonly y?: number;
  readonly width: number;
  readonly height: number;
  readonly maximized: boolean;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 840, maximized: false };
export const MIN_WINDOW_SIZE = { width: 900, height: 600 } as const;
/** A window needs this much of itself on a screen to be grabbable; less and it is re-centred. */
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const finiteInt = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : undefined;

/** Reads a saved state; anything missing or malformed falls back to the defaults. */
export function parseWindowState(text: string | undefined): WindowState {
  if (!text) return DEFAULT_WINDOW_STATE;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_WINDOW_STATE;
  const raw = value as Record<string, unknown>;
  const width = finiteInt(raw['width']);
  const height = finiteInt(raw['height']);
  if (width === undefined || height === undefined || width <= 0 || height <= 0) return DEFAULT_WINDOW_STATE;
  const x = finiteInt(raw['x']);
  const y = finiteInt(raw['y']);
  return {
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    width,
    height,
    maximized: raw['maximized'] === true,
  };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * Fits a saved state to the screens present now (their work areas, primary first). The window
 * keeps its place on the screen it overlaps most, shrunk to fit and moved fully onto it; when
 * it is (nearly) off every screen — a monitor was unplugged — the position is dropped so the
 * window opens centred on the primary screen.
 */
export function clampWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0];
  if (!primary) return state;
  const fitSize = (area: Rect) => ({
    width: clamp(state.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width),
    height: clamp(state.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height),
  });
  if (state.x === undefined || state.y === undefined)
    return { ...fitSize(primary), maximized: state.maximized };

  const bounds: Rect = { x: state.x, y: state.y, width: state.width, height: state.height };
  let best: { area: Rect; visible: number } | undefined;
  for (const area of workAreas) {
    const shared = overlap(bounds, area);
    const visible =
      shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height
        ? shared.width * shared.height
        : 0;
    if (visible > 0 && (!best || visible > best.visible)) best = { area, visible };
  }
  if (!best) return { ...fitSize(primary), maximized: state.maximized };

  const size = fitSize(best.area);
  return {
    x: clamp(state.x, best.area.x, best.area.x + best.area.width - size.width),
    y: clamp(state.y, best.area.y, best.area.y + best.area.height - size.height),
    ...size,
    maximized: state.maximized,
  };
}
