import { nextOrder, type WorkshopDoc } from '../../model/document.ts';
import { newBoardId, newItemId } from '../../model/ids.ts';

type NoteColour = 'yellow' | 'blue' | 'green' | 'pink' | 'orange';

/** seed 000: the region's improvement area (first two) and the network's findings for the way ahead. */
const improvementNotes: readonly { text: string; color: NoteColour }[] = [
  { text: 'Bedre samhandling mellom kommunene i Værnesregionen', color: 'yellow' },
  { text: 'Bedre samhandling mellom kommunene og Stjørdal DPS', color: 'yellow' },
  { text: 'Forankre arbeidet hos ledelsen og i samarbeidsorganene', color: 'blue' },
  { text: 'Styrke brukermedvirkningen', color: 'green' },
  { text: 'Trekke fastlegene aktivt inn i teamet', color: 'pink' },
  { text: 'Digitale møter senker terskelen for samarbeid', color: 'orange' },
];

/** Sticky-note grid on the board. */
const NOTE = { w: 240, h: 160, gap: 40, columns: 3 } as const;

/** The example workshop's whiteboard: Værnesregionen's improvement areas and findings as notes. */
export function addWhiteboardExample(doc: WorkshopDoc): void {
  const boardId = newBoardId();
  doc.boards[boardId] = {
    id: boardId,
    kind: 'whiteboard',
    name: 'Forbedringsområder',
    order: nextOrder(doc.boards),
    props: { background: 'dots' },
  };

  improvementNotes.forEach((note, i) => {
    const id = newItemId();
    const column = i % NOTE.columns;
    const line = Math.floor(i / NOTE.columns);
    doc.items[id] = {
      id,
      boardId,
      type: 'note',
      x: column * (NOTE.w + NOTE.gap),
      y: line * (NOTE.h + NOTE.gap),
      w: NOTE.w,
      h: NOTE.h,
      rotation: 0,
      z: i + 1,
      parentId: null,
      groupId: null,
      locked: false,
      props: { text: note.text, color: note.color, fontSize: 28, fit: 'grow' },
    };
  });
}
