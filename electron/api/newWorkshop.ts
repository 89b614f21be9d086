import type { NewWorkshop } from '../../shared/api/contract.ts';
import type { Language } from '../../shared/i18n/messages.ts';
import { translate } from '../../shared/i18n/translate.ts';
import { emptyDoc, type WorkshopDoc } from '../../shared/model/document.ts';
import { newBoardId, newGatheringId } from '../../shared/model/ids.ts';
import { defaultBoardKind } from '../../shared/kinds/registry.ts';

/** The document of a new workshop: its details, its gatherings, and one empty board to start on. */
export function newWorkshopDoc(input: NewWorkshop, language: Language): WorkshopDoc {
  const doc = emptyDoc({ title: input.title.trim(), region: input.region.trim(), facilitator: input.facilitator.trim() });
  input.gatheringDates.forEach((date, index) => {
    const id = newGatheringId();
    doc.gatherings[id] = { id, title: translate(language, 'details.nthGathering', { n: index + 1 }), date, place: '', order: index + 1 };
  });
  const boardId = newBoardId();
  const kind = defaultBoardKind();
  doc.boards[boardId] = {
    id: boardId,
    kind: kind.kind,
    name: translate(language, 'workshop.firstBoardName'),
    order: 1,
    props: kind.defaultProps(),
  };
  return doc;
}
