import type { WorkshopDoc } from '../model/document.ts';
import type { ItemId } from '../model/ids.ts';
import { boardNotes, boardVote, isBoardLocked } from './boardFields.ts';
import { isVotable, itemLabel } from './itemLabel.ts';
import { miniatureOf } from './miniature.ts';
import type { Deck, DeckVote } from './presentationState.ts';
import { slideIndex, slidesOf, slideTitle, stepSlide, type Slide } from './slides.ts';
import { tallyVotes } from './tally.ts';

/**
 * The presenter view's part of the presentation state, worked out by the window that has the
 * workshop open (see DeckSchema). Pure, so what the presenter sees is tested without windows.
 */
export function buildDeck(doc: WorkshopDoc, current: Slide | null): Deck {
  const slides = slidesOf(doc);
  const here = current && slideIndex(slides, current) >= 0 ? current : (slides[0] ?? null);
  const next = here ? stepSlide(slides, here, 1) : null;
  const board = here ? doc.boards[here.boardId] : undefined;
  return {
    title: doc.meta.title,
    slides: slides.map((s) => ({ boardId: s.boardId, frameId: s.frameId, ...slideTitle(doc, slides, s) })),
    notes: board ? boardNotes(board) : '',
    boardLocked: board ? isBoardLocked(board) : false,
    current: here ? miniatureOf(doc, here) : null,
    next: here && next && slideIndex(slides, next) !== slideIndex(slides, here) ? miniatureOf(doc, next) : null,
    vote: board ? deckVote(doc, board.id) : null,
  };
}

function deckVote(doc: WorkshopDoc, boardId: Slide['boardId']): DeckVote | null {
  const board = doc.boards[boardId];
  const vote = board ? boardVote(board) : null;
  if (!vote) return null;
  const exists = (id: ItemId) => doc.items[id]?.boardId === boardId;
  const counts = tallyVotes(vote, exists);
  const top = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([id, count]) => {
      const item = doc.items[id]!;
      return { label: isVotable(item) ? itemLabel(doc, item) : '', count };
    });
  let dots = 0;
  for (const c of counts.values()) dots += c;
  return {
    question: vote.question,
    hidden: vote.hidden,
    closed: vote.closed,
    dotsPerParticipant: vote.dotsPerParticipant,
    voters: vote.voters.length,
    dots,
    top,
  };
}
