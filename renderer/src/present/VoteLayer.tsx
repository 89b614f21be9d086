import type { ItemId } from '../../../shared/model/ids.ts';
import type { Board, Item } from '../../../shared/model/records.ts';
import { placeDot, removeDot } from '../../../shared/ops/presentOps.ts';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { isVotable, itemLabel } from '../../../shared/present/itemLabel.ts';
import { canPlaceDot, countsVisible, tallyVotes, visibleDots } from '../../../shared/present/tally.ts';
import type { Dot, Vote } from '../../../shared/present/vote.ts';
import type { Camera } from '../canvas/camera.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import { themeVariables } from './themeVariables.ts';

/** At most this many dots are drawn on one item; the count badge tells the rest. */
const maxDrawnDots = 10;

interface ScreenRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

function screenRect(item: Item, camera: Camera): ScreenRect {
  return { left: item.x * camera.zoom + camera.x, top: item.y * camera.zoom + camera.y, width: item.w * camera.zoom, height: item.h * camera.zoom };
}

/**
 * A dot vote drawn over the board: each voter's dots in their colour with their turn number
 * (so they read in greyscale too), and once the vote is revealed, the count on each item. During
 * a participant's turn every item is a button: click to give a dot, click one of your dots to take
 * it back. HTML over the canvas, positioned with the camera: the canvas itself is not touched.
 */
export function VoteLayer({ board, camera, viewport, turnVoterId }: { board: Board; camera: Camera; viewport: { width: number; height: number }; turnVoterId: string | null }) {
  const t = useT();
  const store = useWorkshopStore();
  const items = useWorkshop((s) => s.doc.items);
  const actors = useWorkshop((s) => s.doc.actors);
  const vote = boardVote(board);
  if (!vote) return null;
  const turnVoter = vote.voters.find((v) => v.id === turnVoterId) ?? null;
  const voting = turnVoter !== null && canPlaceDot(vote, turnVoter.id);
  const showCounts = countsVisible(vote);
  const dots = visibleDots(vote, turnVoter?.id ?? null);
  if (!turnVoter && !showCounts && dots.length === 0) return null;
  const exists = (id: ItemId) => items[id]?.boardId === board.id;
  const counts = showCounts ? tallyVotes(vote, exists) : new Map<ItemId, number>();
  const dotsByItem = new Map<string, Dot[]>();
  for (const dot of dots) {
    const list = dotsByItem.get(dot.itemId);
    if (list) list.push(dot);
    else dotsByItem.set(dot.itemId, [dot]);
  }
  const onScreen = (r: ScreenRect) => r.left < viewport.width && r.top < viewport.height && r.left + r.width > 0 && r.top + r.height > 0;
  const shown = Object.values(items)
    .filter((item) => item.boardId === board.id && isVotable(item))
    .sort((a, b) => a.z - b.z)
    .map((item) => ({ item, rect: screenRect(item, camera) }))
    .filter(({ rect }) => onScreen(rect));

  return (
    <div className={`vote-layer${turnVoter ? ' voting' : ''}`} style={themeVariables()}>
      {shown.map(({ item, rect }) => {
        const label = itemLabel({ actors }, item) || t('present.vote.untitledItem');
        const here = dotsByItem.get(item.id) ?? [];
        const count = counts.get(item.id) ?? 0;
        const dot = Math.max(24, Math.min(52, rect.width * 0.14));
        const badge = Math.max(40, Math.min(84, rect.width * 0.3));
        return (
          <div key={item.id} className="vote-item" style={{ left: rect.left, top: rect.top, width: rect.width, height: rect.height }}>
            {turnVoter && (
              <button
                type="button"
                className="vote-target"
                disabled={!voting}
                aria-label={t('present.vote.placeDot', { label })}
                onClick={() => store.getState().run(placeDot, { boardId: board.id, voterId: turnVoter.id, itemId: item.id })}
              />
            )}
            <div className="vote-dots" style={{ top: -dot / 2, gap: dot * 0.15 }}>
              {here.slice(0, maxDrawnDots).map((d, i) => (
                <DotMark key={i} vote={vote} dot={d} size={dot} label={label} mine={turnVoter?.id === d.voterId} onRemove={() => store.getState().run(removeDot, { boardId: board.id, voterId: d.voterId, itemId: item.id })} />
              ))}
            </div>
            {showCounts && count > 0 && (
              <span className="vote-count" style={{ width: badge, height: badge, fontSize: badge * 0.5, top: -badge * 0.35, right: -badge * 0.35 }} aria-label={`${label}: ${t('present.vote.countOn', { n: count })}`}>
                {count}
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}

function DotMark({ vote, dot, size, label, mine, onRemove }: { vote: Vote; dot: Dot; size: number; label: string; mine: boolean; onRemove(): void }) {
  const t = useT();
  const index = vote.voters.findIndex((v) => v.id === dot.voterId);
  const voter = vote.voters[index];
  if (!voter) return null;
  const style = { width: size, height: size, fontSize: size * 0.5, background: voter.colour };
  if (mine && !vote.closed) {
    return (
      <button type="button" className="vote-dot" style={style} aria-label={t('present.vote.removeDot', { label })} onClick={onRemove}>
        {index + 1}
      </button>
    );
  }
  return (
    <span className="vote-dot" style={style} aria-hidden>
      {index + 1}
    </span>
  );
}
