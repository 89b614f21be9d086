import type { Rect } from '../../items/geometry.ts';

/**
 * The acute loop is drawn as one 16:9 picture (slide units, 1920×1080), the shape of a projector
 * and of a report page in landscape, so what the room sees is what the export shows. The loop (or
 * the swimlanes) fills the left; the 24-hour clock, the share outside office hours and the needs
 * (Behovet) stand beside it, as on the Bergen slide (seed 003).
 */
export const slideSize = { w: 1920, h: 1080 } as const;

export type LoopViewMode = 'loop' | 'linear';

export interface SlideRegions {
  header: Rect;
  /** The loop or the swimlanes. */
  main: Rect;
  /** The 24-hour clock (loop view) or the bar histogram (linear view). */
  chart: Rect;
  /** The big share outside office hours. */
  share: Rect;
  needs: Rect;
}

export function slideRegions(mode: LoopViewMode): SlideRegions {
  const header = { x: 0, y: 0, w: slideSize.w, h: 100 };
  if (mode === 'loop') {
    return {
      header,
      main: { x: 20, y: 100, w: 1210, h: 965 },
      chart: { x: 1250, y: 100, w: 650, h: 460 },
      share: { x: 1250, y: 562, w: 650, h: 180 },
      needs: { x: 1250, y: 752, w: 650, h: 313 },
    };
  }
  return {
    header,
    main: { x: 20, y: 100, w: 1880, h: 690 },
    chart: { x: 20, y: 805, w: 760, h: 260 },
    share: { x: 800, y: 805, w: 420, h: 260 },
    needs: { x: 1240, y: 805, w: 660, h: 260 },
  };
}
