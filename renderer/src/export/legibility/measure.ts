import { boardsInOrder, type WorkshopDoc } from '../../../../shared/model/document.ts';
import { canvasExtensionOf } from '../../kinds/registry.ts';
import { slideCamera } from '../../present/slideCamera.ts';
import { withBoardStage } from '../offscreen/boardStage.tsx';
import { fitInto } from '../pdf/drawingToPdf.ts';
import { boardMargin } from '../report/boardSection.ts';
import { paperSizes, typographyFor } from '../report/reportWriter.ts';
import { pictureArea } from '../svg/svgWriter.ts';
import type { Drawing } from '../drawing/drawing.ts';
import { auditDrawing, auditTargets, type AuditRow, type AuditTarget } from './audit.ts';

export type { AuditRow } from './audit.ts';


const screens = { '1920x1080': { width: 1920, height: 1080 }, '1280x720': { width: 1280, height: 720 } } as const;

/**
 * The scale a board is shown at: in Presenter, the camera the presentation fits the whole board
 * with (present/slideCamera.ts, the same function the projection calls); on A4, the report's board
 * page (report/boardSection.ts: the picture fitted below the page heading, inside the margins).
 */
function scaleFor(doc: WorkshopDoc, boardId: string, kind: string, drawing: Drawing, target: AuditTarget['id']): number {
  if (target === 'A4') {
    const type = typographyFor('A4');
    const page = paperSizes.A4;
    // One heading line (h1 × 1.25 line height + rule) sits above the picture.
    const top = type.margin + type.h1 * 1.25 + 10;
    const box = { x: type.margin, y: top, w: page.w - 2 * type.margin, h: page.h - type.margin - type.footerHeight - top };
    return fitInto(pictureArea(drawing, boardMargin), box).scale;
  }
  const slide = { boardId: boardId as never, frameId: null };
  return slideCamera(doc, slide, screens[target], undefined, canvasExtensionOf(kind)).zoom;
}

/** Every board of `doc`, recorded by the export path and audited on every target. */
export async function auditWorkshop(doc: WorkshopDoc): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (const board of boardsInOrder(doc)) {
    const drawing = await withBoardStage(doc, board, undefined, (stage) => stage.record());
    for (const target of auditTargets) {
      const scale = scaleFor(doc, board.id, board.kind, drawing, target.id);
      rows.push({ board: board.name, kind: board.kind, target: target.id, unit: target.unit, floor: target.floor, scale, ...auditDrawing(drawing, scale, target.floor) });
    }
  }
  return rows;
}
