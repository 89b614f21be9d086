import { defaultItem } from '../../../shared/items/itemTypes.ts';
import type { Point } from '../../../shared/items/geometry.ts';
import type { Item } from '../../../shared/model/records.ts';
import { reportError } from '../state/appStore.ts';
import type { CanvasRuntime } from './activeCanvas.ts';
import { run, topZ } from './actions.ts';
import { createItemsWithParents } from './canvasOps.ts';
import { setSelection } from './sessionStore.ts';

/**
 * Pictures from files, drops and pastes. They are stored inside the workshop file: until the file
 * has an asset table, as a data URL in the item, so they are downscaled (longest side 1600 px)
 * and re-encoded (JPEG for photos, PNG when the picture has transparency) to keep the file small.
 */

export const maxImageSide = 1600;
/** The longest side an image gets when placed, in board units: big enough to see, small enough to move. */
export const placedImageSide = 480;

function hasTransparency(ctx: CanvasRenderingContext2D, w: number, h: number): boolean {
  const data = ctx.getImageData(0, 0, w, h).data;
  for (let i = 3; i < data.length; i += 4 * 16) if (data[i]! < 250) return true;
  return false;
}

export interface ImportedImage {
  src: string;
  width: number;
  height: number;
}

export async function downscaleImage(file: Blob): Promise<ImportedImage> {
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, maxImageSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  const transparent = file.type !== 'image/jpeg' && hasTransparency(ctx, width, height);
  if (!transparent) {
    // Photos: JPEG on white (a transparent edge would turn black).
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
  }
  const src = canvas.toDataURL(transparent ? 'image/png' : 'image/jpeg', 0.85);
  return { src, width, height };
}

function altFromName(name: string): string {
  return name.replace(/\.[a-z0-9]+$/i, '').replace(/[_-]+/g, ' ').trim().slice(0, 200);
}

/** Places images centred on `at`, side by side, and selects them. One undo step for all. */
export async function importImageFiles(runtime: CanvasRuntime, files: readonly File[], at: Point): Promise<void> {
  try {
    const images = await Promise.all(files.map((f) => downscaleImage(f)));
    let z = topZ(runtime);
    let x = at.x;
    const items: Item[] = images.map((img, i) => {
      const s = Math.min(1, placedImageSide / Math.max(img.width, img.height));
      const w = Math.round(img.width * s);
      const h = Math.round(img.height * s);
      const item = defaultItem('image', runtime.boardId, { x, y: at.y - h / 2, w, h, z: ++z, props: { alt: altFromName(files[i]!.name) } });
      x += w + 24;
      return { ...item, props: { ...item.props, src: img.src } };
    });
    const shift = (x - 24 - at.x) / 2;
    for (const item of items) item.x -= shift;
    if (run(runtime, createItemsWithParents, { items, parents: [] })) setSelection(items.map((i) => i.id));
  } catch (error) {
    reportError(error);
  }
}

/** Opens the system's file picker for pictures and places what is chosen in the middle of the view. */
export function pickImageFiles(onFiles: (files: File[]) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = 'image/png,image/jpeg,image/gif,image/webp';
  input.multiple = true;
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    if (files.length > 0) onFiles(files);
  });
  input.click();
}
