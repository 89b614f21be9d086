import { Check, UserPlus } from 'lucide-react';
import type { Board } from '../../../shared/model/records.ts';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { dotsLeft } from '../../../shared/present/tally.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkshopStore } from '../state/WorkshopContext.ts';
import { setTurnVoter, usePresentingWindow } from './presentingWindow.ts';
import { nextVoter } from './voteActions.ts';

/**
 * The vote on the projection: whose turn it is and how many dots they have left, with "done" and
 * "next participant". Participants vote in turn at the facilitator's machine, on the big picture.
 */
export function VoteTurnBar({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const turnVoterId = usePresentingWindow((s) => s.turnVoterId);
  const vote = boardVote(board);
  if (!vote || vote.closed) return null;
  const index = vote.voters.findIndex((v) => v.id === turnVoterId);
  const voter = vote.voters[index];
  return (
    <div className="vote-turn-bar" role="status">
      {vote.question && <strong className="vote-question">{vote.question}</strong>}
      {voter ? (
        <>
          <span className="mini-dot large" style={{ background: voter.colour }} aria-hidden>{index + 1}</span>
          <span>
            {t('present.vote.turn', { name: voter.name || t('present.vote.defaultVoterName', { n: index + 1 }) })} · {t('present.vote.dotsLeft', { n: dotsLeft(vote, voter.id) })}
          </span>
          <button type="button" className="btn primary" onClick={() => setTurnVoter(null)}>
            <Check aria-hidden /> {t('present.vote.endTurn')}
          </button>
        </>
      ) : (
        <button type="button" className="btn primary" onClick={() => nextVoter(store, board.id)}>
          <UserPlus aria-hidden /> {t('present.vote.nextVoter')}
        </button>
      )}
    </div>
  );
}
