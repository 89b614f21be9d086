import { describe, expect, it } from 'vitest';
import { ImagePropsSchema } from '../../../shared/items/itemTypes.ts';

const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe('an image item', () => {
  it('keeps its picture, so the picture is stored in the workshop file', () => {
    expect(ImagePropsSchema.parse({ src: png, alt: 'Kart over Værnesregionen' })).toMatchObject({ src: png, alt: 'Kart over Værnesregionen' });
  });

  it('refuses pictures that could carry script or point outside the file', () => {
    for (const src of ['data:image/svg+xml;base64,PHN2Zz48c2NyaXB0Pg==', 'https://example.org/a.png', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(ImagePropsSchema.safeParse({ src }).success, src).toBe(false);
    }
  });
});
