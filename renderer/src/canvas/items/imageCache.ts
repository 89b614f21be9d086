/**
 * Decoded images by source, shared by every item showing the same picture and kept while the
 * session lasts, so culling an image out of view and back doesn't decode it again.
 */
const images = new Map<string, HTMLImageElement>();
const waiting = new Map<string, Promise<HTMLImageElement>>();

export function cachedImage(src: string): HTMLImageElement | undefined {
  return images.get(src);
}

export function loadImage(src: string): Promise<HTMLImageElement> {
  const done = images.get(src);
  if (done) return Promise.resolve(done);
  let pending = waiting.get(src);
  if (!pending) {
    pending = new Promise<HTMLImageElement>((resolve, reject) => {
      const img = new Image();
      img.onload = () => {
        images.set(src, img);
        waiting.delete(src);
        resolve(img);
      };
      img.onerror = () => {
        waiting.delete(src);
        reject(new Error('image failed to load'));
      };
      img.src = src;
    });
    waiting.set(src, pending);
  }
  return pending;
}
