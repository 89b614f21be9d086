import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/*
 * The workshop window comes back where the user left it: size, position and whether it was
 * maximised, kept in window.json in the profile folder. Pure Node, so it is tested without
 * Electron. A place that is no longer on any screen (the projector unplugged, a laptop off its
 * dock) is not restored as it was: the window is brought onto the primary screen.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

/** A screen as Electron's `screen` module describes it: only its usable area matters here. */
export interface ScreenArea {
  workArea: Rect;
  primary: boolean;
}

export const DEFAULT_SIZE = { width: 1600, height: 1000 };
export const MIN_SIZE = { width: 1024, height: 700 };
/** How much of the window's top must be on a screen for the user to grab and move it. */
const GRAB_WIDTH = 120;
const GRAB_HEIGHT = 40;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export function readWindowState(file: string): WindowState | null {
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<WindowState>;
    const { x, y, width, height } = raw;
    if (![x, y, width, height].every(isFiniteNumber) || width! <= 0 || height! <= 0) return null;
    return { x: x!, y: y!, width: width!, height: height!, maximized: raw.maximized === true };
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(state));
    renameSync(tmp, file);
  } catch {
    // Only a convenience: the next window opens at the default size.
  }
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** Is the window's top strip (its title bar) on this screen, wide enough to grab? */
function grabbableOn(bounds: Rect, area: Rect): boolean {
  const top = overlap({ x: bounds.x, y: bounds.y, width: bounds.width, height: GRAB_HEIGHT }, area);
  return top !== null && top.width >= Math.min(GRAB_WIDTH, bounds.width) && top.height >= Math.min(GRAB_HEIGHT, bounds.height);
}

/** The size fitted into the area, never below the window's minimum where the screen allows it. */
function fit(size: { width: number; height: number }, area: Rect): { width: number; height: number } {
  return {
    width: Math.round(Math.max(Math.min(size.width, area.width), Math.min(MIN_SIZE.width, area.width))),
    height: Math.round(Math.max(Math.min(size.height, area.height), Math.min(MIN_SIZE.height, area.height))),
  };
}

function centred(size: { width: number; height: number }, area: Rect): Rect {
  const fitted = fit(size, area);
  return { ...fitted, x: Math.round(area.x + (area.width - fitted.width) / 2), y: Math.round(area.y + (area.height - fitted.height) / 2) };
}

/**
 * Where a new workshop window goes: where it was if that is still on a screen (shrunk to fit it),
 * else centred on the primary screen at the size it had. `offset` moves it down and right, so a
 * second window doesn't hide the first.
 */
export function placeWindow(saved: WindowState | null, screens: readonly ScreenArea[], offset = 0): WindowState {
  const primary = (screens.find((s) => s.primary) ?? screens[0])?.workArea ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved) return { ...centred(DEFAULT_SIZE, primary), maximized: false };
  const moved = { ...saved, x: saved.x + offset, y: saved.y + offset };
  const home = screens.find((s) => grabbableOn(moved, s.workArea))?.workArea;
  if (!home) return { ...centred(saved, primary), maximized: saved.maximized };
  const size = fit(moved, home);
  // Keep it where it was, pulled in only as far as needed to lie within its screen.
  const x = Math.min(Math.max(moved.x, home.x), home.x + home.width - size.width);
  const y = Math.min(Math.max(moved.y, home.y), home.y + home.height - size.height);
  return { x: Math.round(x), y: Math.round(y), ...size, maximized: saved.maximized };
}
