import { useCallback, useEffect, useState } from 'react';
import type Konva from 'konva';
import { Image as KonvaImage, Shape } from 'react-konva';
import type { Item } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { nodeRef } from '../nodeRegistry.ts';
import { itemShapeProps } from './itemShapeProps.ts';
import { canvasFont } from '../textLayout.ts';
import { cachedImage, loadImage } from './imageCache.ts';

/** The picture's source: a downscaled data URL kept in the item until the file has an asset table. */
export function imageSource(item: Item): string {
  const src = item.props['src'];
  return typeof src === 'string' && src.startsWith('data:image/') ? src : '';
}

/** An image item; while it loads, or when its picture is missing, a grey box with its alternative text. */
export function ImageNode({ item }: { item: Item }) {
  const src = imageSource(item);
  const [image, setImage] = useState<HTMLImageElement | undefined>(() => (src ? cachedImage(src) : undefined));
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    if (!src) return;
    loadImage(src).then(
      (img) => live && setImage(img),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [src]);
  const t = useT();
  const alt = typeof item.props['alt'] === 'string' ? item.props['alt'] : '';
  const missing = src === '' || failed ? t('canvas.imageMissing') : '';
  const placeholder = useCallback(
    (context: Konva.Context, shape: Konva.Shape) => {
      const ctx = context._context;
      const w = shape.width();
      const h = shape.height();
      ctx.fillStyle = '#e3e8ee';
      ctx.fillRect(0, 0, w, h);
      ctx.strokeStyle = '#5b6b7b';
      ctx.lineWidth = 2;
      ctx.setLineDash([8, 6]);
      ctx.strokeRect(0, 0, w, h);
      ctx.setLineDash([]);
      ctx.font = canvasFont(20, 700);
      ctx.fillStyle = '#33475b';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      ctx.fillText(alt || '🖼', w / 2, missing ? h / 2 - 14 : h / 2, w - 16);
      if (missing) {
        ctx.font = canvasFont(16, 400);
        ctx.fillText(missing, w / 2, h / 2 + 14, w - 16);
      }
    },
    [alt, missing],
  );
  const common = {
    ref: nodeRef(item.id),
    ...itemShapeProps(item),
    perfectDrawEnabled: false,
    listening: false,
  };
  const shown = src && !failed ? (image?.src === src ? image : cachedImage(src)) : undefined;
  if (shown) return <KonvaImage {...common} image={shown} />;
  return <Shape {...common} sceneFunc={placeholder} />;
}
