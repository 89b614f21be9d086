import type { Camera } from './camera.ts';

/**
 * The dotted grid behind the board. It is a tiled bitmap on its own compositor layer, moved with
 * a CSS transform by whole pixels: panning then repaints and rescales nothing (a moving CSS
 * background re-rasterised the whole viewport on every frame, which in software rendering cost
 * more than drawing the items, and a scaled layer costs the compositor a filtered copy per frame).
 * The dots are a whole number of pixels apart, so zooming redraws the layer only when that number
 * changes.
 */

const baseSpacing = 24;
/** Below this many screen pixels between dots the grid thins out to every fourth dot. */
const minSpacing = 12;

const tiles = new Map<number, string>();

/** One tile of the grid as an image: a dot in the corner, so tiles join into a lattice of dots. */
function gridTile(size: number): string {
  let url = tiles.get(size);
  if (!url) {
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#b3bfcc';
    ctx.beginPath();
    ctx.arc(0.5, 0.5, 1.4, 0, Math.PI * 2);
    ctx.fill();
    url = `url(${canvas.toDataURL('image/png')})`;
    tiles.set(size, url);
  }
  return url;
}

/** Screen pixels between two dots at this zoom. */
export function gridSpacing(zoom: number): number {
  let step = baseSpacing * zoom;
  while (step < minSpacing) step *= 4;
  return step;
}

/** `a mod m` into [0, m), also for negative `a`. */
function wrap(a: number, m: number): number {
  return ((a % m) + m) % m;
}

interface GridState {
  layer: HTMLDivElement;
  tile: number;
  /** How far the layer reaches beyond the host on each side. */
  margin: number;
}

const grids = new WeakMap<HTMLElement, GridState>();

function gridLayer(host: HTMLElement): GridState {
  let state = grids.get(host);
  if (!state || !host.contains(state.layer)) {
    const layer = document.createElement('div');
    layer.className = 'canvas-grid';
    layer.setAttribute('aria-hidden', 'true');
    Object.assign(layer.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      pointerEvents: 'none',
      transformOrigin: '0 0',
      willChange: 'transform',
      backgroundRepeat: 'repeat',
    });
    host.prepend(layer);
    state = { layer, tile: 0, margin: 0 };
    grids.set(host, state);
  }
  return state;
}

/**
 * Places the grid for `camera`. The layer is a tile larger than the host on every side and is
 * shifted by the camera's offset modulo the dot spacing, so it always covers the view.
 */
export function applyGrid(host: HTMLElement, camera: Camera): void {
  const state = gridLayer(host);
  const tile = Math.max(4, Math.round(gridSpacing(camera.zoom)));
  const style = state.layer.style;
  if (tile !== state.tile) {
    state.tile = tile;
    style.backgroundImage = gridTile(tile);
    style.backgroundSize = `${tile}px ${tile}px`;
  }
  // Only ever grown: a size change is a layout, which a zoom should not cause on every frame.
  if (tile > state.margin) {
    state.margin = tile;
    style.width = `calc(100% + ${2 * tile}px)`;
    style.height = `calc(100% + ${2 * tile}px)`;
  }
  const x = Math.round(wrap(camera.x - 0.5, tile)) - tile;
  const y = Math.round(wrap(camera.y - 0.5, tile)) - tile;
  style.transform = `translate(${x}px, ${y}px)`;
  // Where the board's origin is on screen, as the grid used to tell it. The host has no background
  // image, so this repaints nothing; the e2e tests read it to turn board points into page points.
  host.style.backgroundPosition = `${camera.x - 0.5}px ${camera.y - 0.5}px`;
}
