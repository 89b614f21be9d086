import { newBoardId, newItemId, type BoardId, type ItemId } from '../../shared/model/ids.ts';
import type { Item } from '../../shared/model/records.ts';
import type { WorkshopDoc } from '../../shared/model/document.ts';
import { paletteKeys } from '../../shared/items/palette.ts';
import { vaernesMunicipalities } from '../../shared/examples/vaernesregionen.ts';
import { workshopWith } from '../helpers/workshop.ts';

/**
 * The boards the canvas benchmark opens: whiteboards as a real workshop fills them, group after
 * group. Each group is a frame titled with a municipality and a question, holding a heading, twelve
 * notes, three shapes and three arrows between them (20 items). The words come from the seed
 * documents (seeds/000, 002, 003): what the teams wrote on the wall, not "Lorem ipsum".
 */

/** Items in one group (a frame and what it holds). */
export const groupSize = 20;

const questions = [
  'Hva er viktig for deg?',
  'Hva fungerer i dag?',
  'Hvor stopper det opp?',
  'Et døgn i pasientens liv',
  'Tiltak vi vil prøve ut',
  'Hvem må vi snakke med?',
] as const;

const headings = ['Samling 1 – oppstart', 'Samling 2 – gruppearbeid', 'Samling 3 (digital)', 'Samling 4 – veien videre'] as const;

const noteTexts = [
  'Bedre samhandling mellom kommunene og Stjørdal DPS',
  'Forankre arbeidet hos ledelsen og i samarbeidsorganene',
  'Styrke brukermedvirkningen',
  'Trekke fastlegene aktivt inn i teamet',
  'Digitale møter senker terskelen for samarbeid',
  '76 % av innleggelsene skjer utenom kontortid',
  'Fastlegen får ikke epikrise før pasienten kommer hjem',
  'Ventetid til første samtale i DPS',
  'Felles rutine for utskrivning fra DPS',
  'Hvem ringer pasienten når krisen kommer i helgen?',
  'Legevakt vet ikke om kriseplanen',
  'Brukerrepresentant med i alle møter',
  'Avdekk samhandlingsarenaer for området',
  'Lag så konkrete mål som mulig',
  'Hold ledelsen engasjert og informert',
  'Vær på arenaene når det ikke er møter',
  'Praksiskonsulenten når fastlegene',
  'NAV med fra starten: arbeid, økonomi, bolig',
  'Pårørende holder trådene – hvem støtter dem?',
  'Overgangen fra BUP til voksentjenester',
  'Ambulant team fra DPS i Meråker og Tydal',
  'Kriseplan laget sammen med brukeren',
  'Samme journalnotat til kommune og DPS',
  'Rapportere til ASU etter hver samling',
  'Frivilligsentralen: aktiviteter og fellesskap',
  'Ansvarsgruppe innen to uker etter utskrivning',
  'Æ, ø og å skal alltid vises riktig på lerretet',
  'Hvem er hovedansvarlig? Hvem informeres?',
] as const;

const shapeTexts = ['Kommune', 'DPS', 'Fastlege', 'Legevakt', 'Bruker og pårørende', 'NAV', 'ASU', 'KS Trøndelag'] as const;
const arrowLabels = ['henviser', 'epikrise', 'ringer', 'følger opp', ''] as const;

const FRAME = { w: 1560, h: 860, gapX: 160, gapY: 160 } as const;

function base(boardId: BoardId, type: string, x: number, y: number, w: number, h: number, z: number, parentId: ItemId | null): Item {
  return { id: newItemId(), boardId, type, x, y, w, h, rotation: 0, z, parentId, groupId: null, locked: false, props: {} };
}

/** Adds `groups` groups to a board, laid out in a grid about as wide as a projector is. */
function fillBoard(doc: WorkshopDoc, boardId: BoardId, groups: number): void {
  const columns = Math.ceil(Math.sqrt((groups * (FRAME.h + FRAME.gapY) * 16) / ((FRAME.w + FRAME.gapX) * 9)));
  let z = 1;
  const add = (item: Item) => {
    doc.items[item.id] = item;
    return item;
  };
  for (let g = 0; g < groups; g++) {
    const fx = (g % columns) * (FRAME.w + FRAME.gapX);
    const fy = Math.floor(g / columns) * (FRAME.h + FRAME.gapY);
    const municipality = vaernesMunicipalities[g % vaernesMunicipalities.length]!;
    const frame = add({ ...base(boardId, 'frame', fx, fy, FRAME.w, FRAME.h, z++, null), props: { title: `${municipality} – ${questions[g % questions.length]}`, fill: '#f4f4f4' } });
    add({ ...base(boardId, 'text', fx + 40, fy + 76, 700, 40, z++, frame.id), props: { text: headings[g % headings.length], fontSize: 28, align: 'left', color: '#1a1a1a' } });
    const notes: Item[] = [];
    for (let n = 0; n < 12; n++) {
      const text = noteTexts[(g * 7 + n * 5) % noteTexts.length]!;
      const colour = paletteKeys[(g + n) % paletteKeys.length]!;
      notes.push(add({ ...base(boardId, 'note', fx + 40 + (n % 4) * 280, fy + 140 + Math.floor(n / 4) * 220, 240, 160, z++, frame.id), props: { text, color: colour, fontSize: 24, fit: n % 3 === 0 ? 'shrink' : 'grow' } }));
    }
    const shapes = (['rect', 'ellipse', 'diamond'] as const).map((shape, s) =>
      add({ ...base(boardId, 'shape', fx + 1200, fy + 140 + s * 230, 320, 170, z++, frame.id), props: { shape, fill: s === 1 ? '#d9ecff' : '#ffffff', stroke: '#1a1a1a', strokeWidth: 2, text: shapeTexts[(g + s) % shapeTexts.length] } }),
    );
    const arrows: [Item, Item][] = [
      [notes[3]!, shapes[0]!],
      [shapes[0]!, shapes[1]!],
      [notes[5]!, notes[6]!],
    ];
    arrows.forEach(([from, to], a) => {
      add({
        ...base(boardId, 'connector', 0, 0, 0, 0, z++, frame.id),
        props: {
          fromId: from.id, toId: to.id, fromPoint: { x: from.x, y: from.y }, toPoint: { x: to.x, y: to.y },
          routing: a === 1 ? 'elbow' : 'straight', label: arrowLabels[(g + a) % arrowLabels.length], startArrow: false, endArrow: true, stroke: '#1a1a1a', strokeWidth: 2,
        },
      });
    });
  }
}

/** 10000 → "10 000", as Norwegian writes it (a plain space, so the name is easy to click by). */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

export interface BenchBoard {
  id: BoardId;
  name: string;
  items: number;
}

/**
 * A workshop whose first board is a small one (what opens first), followed by one whiteboard per
 * requested size. Sizes are rounded to whole groups.
 */
export function benchWorkshop(sizes: readonly number[]): { doc: WorkshopDoc; boards: BenchBoard[] } {
  const doc = workshopWith({ title: 'Ytelsesmåling – Værnesregionen', boards: 1, notesPerBoard: 6 });
  const boards: BenchBoard[] = [];
  sizes.forEach((size, i) => {
    const id = newBoardId();
    const name = `Veggen med ${thousands(size)} elementer`;
    doc.boards[id] = { id, kind: 'whiteboard', name, order: i + 2, props: { background: 'dots' } };
    fillBoard(doc, id, Math.round(size / groupSize));
    boards.push({ id, name, items: Math.round(size / groupSize) * groupSize });
  });
  return { doc, boards };
}
