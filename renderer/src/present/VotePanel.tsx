import { useState } from 'react';
import { Eye, EyeOff, Lock, LockOpen, Minus, Plus, Trash2, UserPlus, Check, Table } from 'lucide-react';
import type { Board } from '../../../shared/model/records.ts';
import { limits } from '../../../shared/model/limits.ts';
import { clearVote, closeVote, hideVote, placeDot, removeDot, removeVoter, reopenVote, revealVote, setVoteQuestion } from '../../../shared/ops/presentOps.ts';
import { boardVote } from '../../../shared/present/boardFields.ts';
import { isVotable, itemLabel } from '../../../shared/present/itemLabel.ts';
import { canPlaceDot, dotsLeft, totalDots } from '../../../shared/present/tally.ts';
import { maxDotsPerParticipant, type Vote } from '../../../shared/present/vote.ts';
import { useT } from '../i18n/useT.ts';
import { CommitField } from '../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';
import { changePresentation, usePresentation } from './presentationStore.ts';
import { setTurnVoter, usePresentingWindow } from './presentingWindow.ts';
import { beginVote, nextVoter } from './voteActions.ts';
import { VoteSummaryTable } from './VoteSummaryTable.tsx';

/** The facilitation panel's dot-voting section: start a vote, run the turns, reveal, close, read the result. */
export function VotePanel({ board }: { board: Board }) {
  const t = useT();
  const vote = boardVote(board);
  return (
    <section className="facilitation-section" aria-labelledby="vote-title">
      <h3 id="vote-title">{t('present.vote.title')}</h3>
      {vote ? <RunningVote board={board} vote={vote} /> : <StartVoteForm board={board} />}
    </section>
  );
}

function StartVoteForm({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const [question, setQuestion] = useState('');
  const [dots, setDots] = useState(3);
  const [hidden, setHidden] = useState(true);
  return (
    <form
      className="vote-start"
      onSubmit={(e) => {
        e.preventDefault();
        beginVote(store, board.id, { question: question.trim(), dotsPerParticipant: dots, hidden });
      }}
    >
      <div className="field">
        <label htmlFor="vote-question">{t('present.vote.question')}</label>
        <input id="vote-question" value={question} maxLength={limits.name} placeholder={t('present.vote.questionPlaceholder')} onChange={(e) => setQuestion(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="vote-dots">{t('present.vote.dotsPerParticipant')}</label>
        <input id="vote-dots" type="number" min={1} max={maxDotsPerParticipant} value={dots} onChange={(e) => setDots(Math.max(1, Math.min(maxDotsPerParticipant, Math.round(Number(e.target.value) || 1))))} />
      </div>
      <label className="check">
        <input type="checkbox" checked={hidden} onChange={(e) => setHidden(e.target.checked)} /> {t('present.vote.startHidden')}
      </label>
      <button type="submit" className="btn primary">{t('present.vote.start')}</button>
    </form>
  );
}

function RunningVote({ board, vote }: { board: Board; vote: Vote }) {
  const t = useT();
  const store = useWorkshopStore();
  const run = store.getState().run;
  const items = useWorkshop((s) => s.doc.items);
  const turnVoterId = usePresentingWindow((s) => s.turnVoterId);
  const showSummary = usePresentation((s) => s.state.showSummary);
  const turnIndex = vote.voters.findIndex((v) => v.id === turnVoterId);
  const turnVoter = vote.voters[turnIndex];
  const exists = (id: string) => items[id as never]?.boardId === board.id;
  return (
    <div className="vote-running">
      <div className="field">
        <label htmlFor="vote-question-edit">{t('present.vote.question')}</label>
        <CommitField id="vote-question-edit" value={vote.question} maxLength={limits.name} placeholder={t('present.vote.questionPlaceholder')} onCommit={(question) => run(setVoteQuestion, { boardId: board.id, question })} />
      </div>
      <p className="vote-status">
        {t('present.vote.totals', { dots: totalDots(vote, exists), voters: vote.voters.length })}
        {vote.hidden && <> · <strong>{t('present.vote.hiddenNote')}</strong></>}
        {vote.closed && <> · <strong>{t('present.vote.closedNote')}</strong></>}
      </p>

      {!vote.closed && (turnVoter ? (
        <div className="vote-turn" role="status">
          <span className="mini-dot large" style={{ background: turnVoter.colour }} aria-hidden>{turnIndex + 1}</span>
          <span>
            <strong>{t('present.vote.turn', { name: turnVoter.name || t('present.vote.defaultVoterName', { n: turnIndex + 1 }) })}</strong>
            <br />
            {t('present.vote.dotsLeft', { n: dotsLeft(vote, turnVoter.id) })}
          </span>
          <button type="button" className="btn primary" onClick={() => setTurnVoter(null)}>
            <Check aria-hidden /> {t('present.vote.endTurn')}
          </button>
        </div>
      ) : (
        <NextVoterForm board={board} />
      ))}
      {turnVoter && !vote.closed && <p className="hint">{t('present.vote.votingHint')}</p>}
      {turnVoter && !vote.closed && <VoterItemList board={board} vote={vote} voterId={turnVoter.id} />}

      <div className="button-row">
        {vote.hidden ? (
          <button type="button" className="btn" onClick={() => run(revealVote, { boardId: board.id })}><Eye aria-hidden /> {t('present.vote.reveal')}</button>
        ) : (
          <button type="button" className="btn" onClick={() => run(hideVote, { boardId: board.id })}><EyeOff aria-hidden /> {t('present.vote.hide')}</button>
        )}
        {vote.closed ? (
          <button type="button" className="btn" onClick={() => run(reopenVote, { boardId: board.id })}><LockOpen aria-hidden /> {t('present.vote.reopen')}</button>
        ) : (
          <button type="button" className="btn" onClick={() => { setTurnVoter(null); run(closeVote, { boardId: board.id }); }}><Lock aria-hidden /> {t('present.vote.close')}</button>
        )}
        {!vote.hidden && (
          <button type="button" className="btn" aria-pressed={showSummary} onClick={() => changePresentation((s) => ({ ...s, showSummary: !s.showSummary }))}>
            <Table aria-hidden /> {showSummary ? t('present.vote.hideSummary') : t('present.vote.showSummary')}
          </button>
        )}
        <button type="button" className="btn danger" onClick={() => { setTurnVoter(null); run(clearVote, { boardId: board.id }); }}><Trash2 aria-hidden /> {t('present.vote.clear')}</button>
      </div>

      {!vote.hidden && <VoteSummaryTable board={board} caption={vote.question || t('present.vote.summary')} />}

      {vote.voters.length > 0 && (
        <details className="vote-voters">
          <summary>{t('present.vote.voters')} ({vote.voters.length})</summary>
          <ul>
            {vote.voters.map((voter, i) => {
              const name = voter.name || t('present.vote.defaultVoterName', { n: i + 1 });
              return (
                <li key={voter.id}>
                  <span className="mini-dot" style={{ background: voter.colour }} aria-hidden>{i + 1}</span> {name}
                  <button type="button" className="btn quiet icon-btn" aria-label={t('present.vote.removeVoter', { name })} title={t('present.vote.removeVoter', { name })} onClick={() => { if (turnVoterId === voter.id) setTurnVoter(null); run(removeVoter, { boardId: board.id, voterId: voter.id }); }}>
                    <Trash2 aria-hidden />
                  </button>
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}

function NextVoterForm({ board }: { board: Board }) {
  const t = useT();
  const store = useWorkshopStore();
  const [name, setName] = useState('');
  return (
    <form
      className="vote-next"
      onSubmit={(e) => {
        e.preventDefault();
        nextVoter(store, board.id, name);
        setName('');
      }}
    >
      <div className="field">
        <label htmlFor="voter-name">{t('present.vote.voterName')}</label>
        <input id="voter-name" value={name} maxLength={limits.name} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="btn primary"><UserPlus aria-hidden /> {t('present.vote.nextVoter')}</button>
    </form>
  );
}

/**
 * The keyboard's and screen reader's way to vote (the board itself is a picture to them): every
 * votable item with the current voter's own dots on it and buttons to give or take back one.
 */
function VoterItemList({ board, vote, voterId }: { board: Board; vote: Vote; voterId: string }) {
  const t = useT();
  const store = useWorkshopStore();
  const items = useWorkshop((s) => s.doc.items);
  const actors = useWorkshop((s) => s.doc.actors);
  const votable = Object.values(items).filter((item) => item.boardId === board.id && isVotable(item)).sort((a, b) => a.y - b.y || a.x - b.x);
  if (votable.length === 0) return <p className="hint">{t('present.vote.noItems')}</p>;
  const mine = new Map<string, number>();
  for (const dot of vote.dots) if (dot.voterId === voterId) mine.set(dot.itemId, (mine.get(dot.itemId) ?? 0) + 1);
  const can = canPlaceDot(vote, voterId);
  return (
    <ul className="vote-items" aria-label={t('present.vote.title')}>
      {votable.map((item) => {
        const label = itemLabel({ actors }, item) || t('present.vote.untitledItem');
        const n = mine.get(item.id) ?? 0;
        return (
          <li key={item.id}>
            <span className="vote-item-label">{label}</span>
            <span className="vote-item-count" aria-label={t('present.vote.countOn', { n })}>{n}</span>
            <button type="button" className="btn icon-btn" disabled={n === 0} aria-label={t('present.vote.removeDot', { label })} onClick={() => store.getState().run(removeDot, { boardId: board.id, voterId, itemId: item.id })}><Minus aria-hidden /></button>
            <button type="button" className="btn icon-btn" disabled={!can} aria-label={t('present.vote.placeDot', { label })} onClick={() => store.getState().run(placeDot, { boardId: board.id, voterId, itemId: item.id })}><Plus aria-hidden /></button>
          </li>
        );
      })}
    </ul>
  );
}
