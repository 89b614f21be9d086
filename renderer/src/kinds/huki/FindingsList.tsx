import { useState } from 'react';
import { AlertTriangle, CheckCircle2, ChevronDown, ChevronRight } from 'lucide-react';
import { isTaskFinding, type Finding } from '../../../../shared/kinds/huki/checks.ts';
import { displayLetter } from '../../../../shared/kinds/huki/letters.ts';
import { scaleOf, layoutMatrix, targetRect } from '../../../../shared/kinds/huki/layout.ts';
import { hukiGeometry } from '../../../../shared/kinds/huki/layout.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { activeCanvas } from '../../canvas/activeCanvas.ts';
import { panToReveal } from '../../canvas/camera.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import { findingText } from '../../../../shared/kinds/huki/findingText.ts';
import { flashMatrixTarget, requestGridFocus, type MatrixTarget } from './hukiFocus.ts';
import type { HukiMatrixView } from './useHukiMatrix.ts';

/**
 * The checks' findings as a list, each naming its task or actor. Choosing one takes you there: the
 * grid's focus moves to that row's name or that column's head, and the canvas brings the row or
 * column into view and outlines it for a moment.
 */
export function FindingsList({ board, view }: { board: Board; view: HukiMatrixView }) {
  const t = useT();
  const actors = useWorkshop((s) => s.doc.actors);
  const { findings, matrix, settings, item } = view;
  const hasLetters = matrix.phases.some((p) => p.tasks.some((task) => task.cells.length > 0));
  const system = settings.letters;
  const titleId = `huki-findings-${board.id}`;
  const listId = `huki-findings-list-${board.id}`;
  // Folding the list away gives the grid room on a small screen; the count stays in view.
  const [open, setOpen] = useState(true);

  const goTo = (finding: Finding) => {
    const target: MatrixTarget = isTaskFinding(finding) ? { taskId: finding.taskId } : { actorId: finding.actorId };
    requestGridFocus(item.id, target);
    flashMatrixTarget(item.id, target);
    revealOnCanvas(view, board, target);
  };

  return (
    <section className="huki-findings" aria-labelledby={titleId}>
      <div className="huki-findings-head">
        <h3 id={titleId}>
          {t('huki.findings.title')}
          {findings.length > 0 && <span className="huki-count">{t('huki.findings.count', { count: findings.length })}</span>}
        </h3>
        {findings.length > 0 && (
          <button type="button" className="btn quiet icon-btn" aria-expanded={open} aria-controls={listId} aria-label={t(open ? 'huki.findings.fold' : 'huki.findings.unfold')} title={t(open ? 'huki.findings.fold' : 'huki.findings.unfold')} onClick={() => setOpen(!open)}>
            {open ? <ChevronDown aria-hidden /> : <ChevronRight aria-hidden />}
          </button>
        )}
      </div>
      {findings.length === 0 && !hasLetters ? (
        // Checks wait for the room's first letter (shared/kinds/huki/checks.ts): say so, not "all well".
        <p className="huki-hint" role="status">
          {t('huki.findings.waiting')}
        </p>
      ) : findings.length === 0 ? (
        <p className="huki-ok" role="status">
          <CheckCircle2 aria-hidden size={20} /> {t('huki.findings.none', { h: displayLetter('H', system), u: displayLetter('U', system) })}
        </p>
      ) : (
        <ul id={listId} hidden={!open}>
          {findings.map((finding) => {
            const key = `${finding.kind}-${'taskId' in finding ? finding.taskId : finding.actorId}`;
            return (
              <li key={key}>
                <button type="button" className="huki-finding" onClick={() => goTo(finding)}>
                  <AlertTriangle aria-hidden size={18} />
                  <span>{findingText(t, finding, matrix, actors, system)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

/** Pans the canvas (if it shows this board) so the row's name or the column's head is in view. */
function revealOnCanvas(view: HukiMatrixView, board: Board, target: MatrixTarget): void {
  const runtime = activeCanvas();
  if (!runtime || runtime.boardId !== board.id) return;
  const { item, matrix, columns } = view;
  const layout = layoutMatrix(matrix, columns.map((a) => a.id));
  const rect = targetRect(layout, target);
  if (!rect) return;
  const scale = scaleOf(item.w, layout);
  // The task's name (a row) or the column's head: a box the screen can hold.
  const local = 'taskId' in target ? { x: 0, y: rect.y, w: hukiGeometry.taskWidth, h: rect.h } : { x: rect.x, y: 0, w: rect.w, h: hukiGeometry.headerHeight };
  const board_ = { x: item.x + local.x * scale, y: item.y + local.y * scale, w: local.w * scale, h: local.h * scale };
  runtime.setCamera(panToReveal(runtime.camera(), board_, runtime.size(), 80));
}
