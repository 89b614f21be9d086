import { rectsIntersect, type Rect } from '../../../../shared/items/geometry.ts';
import type { BoardId } from '../../../../shared/model/ids.ts';
import type { Item } from '../../../../shared/model/records.ts';
import { boardItemsIn } from '../boardIndex.ts';
import { changedRegions, toggledRegions } from './dirtyRegions.ts';
import { paintItems } from './paintItems.ts';
import { levelZoom, parentTile, tileId, tilePx, tileLevel, tileRect, tilesCovering, type TileKey } from './tileGrid.ts';

type Items = Readonly<Record<string, Item>>;

/** Bitmaps kept at most (about 1 MB each at 512 × 512): a full-HD view needs up to 40 of one level. */
export const maxTiles = 96;

/** Milliseconds a frame may spend painting tiles the view lacks while another level can stand in. */
export const paintBudgetMs = 6;

interface Tile {
  key: TileKey;
  rect: Rect;
  canvas: HTMLCanvasElement;
  used: number;
}

const none: ReadonlySet<string> = new Set();

/**
 * A zoomed-out board as bitmap tiles per zoom level (tileGrid.ts). A frame while panning or
 * zooming copies tiles; items are painted only into tiles that are new or whose items changed
 * (an edit drops just the tiles its old and new bounds touch). Where the view lacks tiles of its
 * level, a few are painted per frame and a neighbouring level stands in for the rest, scaled;
 * where nothing can stand in, the tile is painted at once, so no frame shows a hole.
 */
export class TileCache {
  private readonly tiles = new Map<string, Tile>();
  private readonly spare: HTMLCanvasElement[] = [];
  private items: Items = {};
  private pinned: ReadonlySet<string> = none;
  private version: unknown = undefined;
  private pixelRatio = 1;
  private frame = 0;
  /** Tiles painted since the cache was made or cleared (tests and the bench read it). */
  painted = 0;

  constructor(
    private readonly boardId: BoardId,
    private readonly createCanvas: () => HTMLCanvasElement = () => document.createElement('canvas'),
  ) {}

  /** Brings the cache up to a document version, a set of items drawn apart, a font version. */
  sync(items: Items, pinned: ReadonlySet<string>, version: unknown, pixelRatio: number): void {
    if (version !== this.version || pixelRatio !== this.pixelRatio) {
      this.clear();
      this.version = version;
      this.pixelRatio = pixelRatio;
    }
    if (items !== this.items) {
      // The first version seen has nothing painted yet to drop.
      if (this.tiles.size > 0) this.invalidate(changedRegions(this.items, items, this.boardId));
      this.items = items;
    }
    if (pinned !== this.pinned) {
      if (this.tiles.size > 0) this.invalidate(toggledRegions(items, this.pinned, pinned));
      this.pinned = pinned;
    }
  }

  /** Drops every tile that meets one of `rects` (padded by what a stroke may reach). */
  invalidate(rects: readonly Rect[]): void {
    if (rects.length === 0) return;
    for (const [id, tile] of this.tiles) {
      if (rects.some((r) => rectsIntersect(padded(tile.rect, tile.key.level), r))) this.drop(id, tile);
    }
  }

  clear(): void {
    for (const [id, tile] of this.tiles) this.drop(id, tile);
    this.painted = 0;
  }

  get size(): number {
    return this.tiles.size;
  }

  has(key: TileKey): boolean {
    return this.tiles.has(tileId(key));
  }

  /**
   * Draws the view onto `ctx`, whose transform maps board units to device pixels (Konva's scene
   * context inside the stage). Returns true when a stand-in was drawn: call again next frame.
   */
  draw(ctx: CanvasRenderingContext2D, view: Rect, zoom: number): boolean {
    this.frame++;
    const m = ctx.getTransform();
    const level = tileLevel(zoom);
    const keys = tilesCovering(view, level);
    const start = performance.now();
    let more = false;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.imageSmoothingEnabled = true;
    for (const key of keys) {
      let tile = this.tiles.get(tileId(key));
      if (!tile && performance.now() - start > paintBudgetMs && this.drawStandIn(ctx, m, key)) {
        more = true;
        continue;
      }
      tile ??= this.paint(key);
      tile.used = this.frame;
      blit(ctx, m, tile.canvas, tile.rect);
    }
    ctx.restore();
    this.evict();
    return more;
  }

  /** Paints tiles of the view's level around it while the page is idle, so a pan finds them ready. */
  prefetch(view: Rect, zoom: number, deadline: () => number): void {
    const level = tileLevel(zoom);
    const span = tilePx / levelZoom(level);
    const ring = { x: view.x - span, y: view.y - span, w: view.w + 2 * span, h: view.h + 2 * span };
    for (const key of tilesCovering(ring, level)) {
      if (this.tiles.size >= maxTiles - 4 || deadline() < 4) return;
      if (!this.tiles.has(tileId(key))) this.paint(key).used = this.frame;
    }
  }

  private paint(key: TileKey): Tile {
    const pr = this.pixelRatio;
    const size = Math.round(tilePx * pr);
    const canvas = this.spare.pop() ?? this.createCanvas();
    if (canvas.width !== size) canvas.width = size;
    if (canvas.height !== size) canvas.height = size;
    const rect = tileRect(key);
    const ctx = canvas.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, size, size);
    const zoom = levelZoom(key.level);
    ctx.setTransform(pr * zoom, 0, 0, pr * zoom, -rect.x * pr * zoom, -rect.y * pr * zoom);
    const list = boardItemsIn(this.items, this.boardId, padded(rect, key.level));
    paintItems(ctx, list, this.items, zoom, this.pinned);
    const tile: Tile = { key, rect, canvas, used: this.frame };
    this.tiles.set(tileId(key), tile);
    this.painted++;
    return tile;
  }

  /** The half-resolution tile holding this one, or the four at double resolution, scaled. */
  private drawStandIn(ctx: CanvasRenderingContext2D, m: DOMMatrix, key: TileKey): boolean {
    const rect = tileRect(key);
    const parent = this.tiles.get(tileId(parentTile(key)));
    if (parent) {
      const half = parent.canvas.width / 2;
      const sx = (key.tx - parent.key.tx * 2) * half;
      const sy = (key.ty - parent.key.ty * 2) * half;
      parent.used = this.frame;
      blit(ctx, m, parent.canvas, rect, { sx, sy, sw: half, sh: half });
      return true;
    }
    const children: Tile[] = [];
    for (let dy = 0; dy < 2; dy++) {
      for (let dx = 0; dx < 2; dx++) {
        const child = this.tiles.get(tileId({ level: key.level + 1, tx: key.tx * 2 + dx, ty: key.ty * 2 + dy }));
        if (!child) return false;
        children.push(child);
      }
    }
    for (const child of children) {
      child.used = this.frame;
      blit(ctx, m, child.canvas, child.rect);
    }
    return true;
  }

  private drop(id: string, tile: Tile): void {
    this.tiles.delete(id);
    if (this.spare.length < 8) this.spare.push(tile.canvas);
  }

  private evict(): void {
    if (this.tiles.size <= maxTiles) return;
    const old = [...this.tiles.entries()].filter(([, t]) => t.used !== this.frame).sort((a, b) => a[1].used - b[1].used);
    for (const [id, tile] of old.slice(0, this.tiles.size - maxTiles)) this.drop(id, tile);
  }
}

/** A tile's rect grown by what a line drawn at its zoom reaches beyond an item's bounds. */
function padded(rect: Rect, level: number): Rect {
  const pad = 8 + 4 / levelZoom(level);
  return { x: rect.x - pad, y: rect.y - pad, w: rect.w + 2 * pad, h: rect.h + 2 * pad };
}

/**
 * Copies a bitmap to where `rect` (board units) lands on the device, its corners rounded to whole
 * device pixels so neighbouring tiles meet without a seam.
 */
function blit(ctx: CanvasRenderingContext2D, m: DOMMatrix, image: HTMLCanvasElement, rect: Rect, source?: { sx: number; sy: number; sw: number; sh: number }): void {
  const x0 = Math.round(m.a * rect.x + m.e);
  const y0 = Math.round(m.d * rect.y + m.f);
  const x1 = Math.round(m.a * (rect.x + rect.w) + m.e);
  const y1 = Math.round(m.d * (rect.y + rect.h) + m.f);
  if (source) ctx.drawImage(image, source.sx, source.sy, source.sw, source.sh, x0, y0, x1 - x0, y1 - y0);
  else ctx.drawImage(image, x0, y0, x1 - x0, y1 - y0);
}
