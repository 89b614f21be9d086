import type { ItemId } from '../model/ids.ts';
import type { Dot, Vote, Voter } from './vote.ts';

/**
 * Counting a dot vote, and what may be seen of it. Pure, so the hide-and-reveal rules are tested
 * without a screen: a hidden vote shows no counts to the room; each voter sees only their own
 * dots during their turn; the facilitator may look privately (the presenter view).
 */

/** Dots per item. Dots on items that are gone (deleted after the vote) are not counted. */
export function tallyVotes(vote: Vote, itemExists: (id: ItemId) => boolean = () => true): Map<ItemId, number> {
  const counts = new Map<ItemId, number>();
  for (const dot of vote.dots) {
    if (!itemExists(dot.itemId)) continue;
    counts.set(dot.itemId, (counts.get(dot.itemId) ?? 0) + 1);
  }
  return counts;
}

export function dotsUsed(vote: Vote, voterId: string): number {
  let n = 0;
  for (const dot of vote.dots) if (dot.voterId === voterId) n++;
  return n;
}

export function dotsLeft(vote: Vote, voterId: string): number {
  return Math.max(0, vote.dotsPerParticipant - dotsUsed(vote, voterId));
}

/** Whether a voter can place another dot now. */
export function canPlaceDot(vote: Vote, voterId: string): boolean {
  return !vote.closed && vote.voters.some((v) => v.id === voterId) && dotsLeft(vote, voterId) > 0;
}

/**
 * The dots a screen may draw. A revealed vote shows every dot. A hidden vote shows only the dots
 * of the voter whose turn it is (they must see where they put theirs), or none between turns.
 * `privateView` is the facilitator's own look at a hidden vote.
 */
export function visibleDots(vote: Vote, turnVoterId: string | null, privateView = false): Dot[] {
  if (!vote.hidden || privateView) return vote.dots;
  if (turnVoterId === null) return [];
  return vote.dots.filter((d) => d.voterId === turnVoterId);
}

/** Whether counts (the numbers, the summary) may be shown: only once the vote is revealed. */
export function countsVisible(vote: Vote, privateView = false): boolean {
  return !vote.hidden || privateView;
}

/** The voters who have placed at least one dot, in turn order. */
export function votersWhoVoted(vote: Vote): Voter[] {
  const voted = new Set(vote.dots.map((d) => d.voterId));
  return vote.voters.filter((v) => voted.has(v.id));
}

export interface SummaryRow {
  itemId: ItemId;
  label: string;
  count: number;
  /** 1 for the most dots; items with equal counts share a rank (1, 2, 2, 4). */
  rank: number;
  /** Dots per voter on this item, in turn order, voters without dots here left out. */
  byVoter: { voterId: string; name: string; colour: string; count: number; /** Turn order, 1-based: the number on the voter's dots. */ number: number }[];
}

export type SummarySort = 'count' | 'label';
export type SortDirection = 'asc' | 'desc';
export const naturalDirection: Record<SummarySort, SortDirection> = { count: 'desc', label: 'asc' };

export interface SummaryItem {
  id: ItemId;
  label: string;
}

/**
 * The sortable summary: every votable item of the board with its count. By count (most first,
 * ties by label), or by label in the language's alphabetical order (æ, ø, å at the end in Norwegian).
 * `voterName` names voters who left their name empty ("Deltaker 3").
 */
export function voteSummary(
  vote: Vote,
  items: readonly SummaryItem[],
  options: { sort?: SummarySort; direction?: SortDirection; locale?: string; voterName?: (voter: Voter, index: number) => string } = {},
): SummaryRow[] {
  const { sort = 'count', locale = 'nb-NO' } = options;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const known = new Set(items.map((i) => i.id));
  const counts = tallyVotes(vote, (id) => known.has(id));
  const perVoter = new Map<string, Map<string, number>>();
  for (const dot of vote.dots) {
    let m = perVoter.get(dot.itemId);
    if (!m) perVoter.set(dot.itemId, (m = new Map()));
    m.set(dot.voterId, (m.get(dot.voterId) ?? 0) + 1);
  }
  const rows: SummaryRow[] = items.map((item) => {
    const m = perVoter.get(item.id);
    const byVoter = vote.voters.flatMap((voter, index) => {
      const count = m?.get(voter.id) ?? 0;
      return count > 0 ? [{ voterId: voter.id, name: options.voterName ? options.voterName(voter, index) : voter.name, colour: voter.colour, count, number: index + 1 }] : [];
    });
    return { itemId: item.id, label: item.label, count: counts.get(item.id) ?? 0, rank: 0, byVoter };
  });
  // Ranks come from the counts alone, whatever order the table is shown in.
  const sortedCounts = rows.map((r) => r.count).sort((a, b) => b - a);
  for (const row of rows) row.rank = sortedCounts.indexOf(row.count) + 1;
  const byLabel = (a: SummaryRow, b: SummaryRow) => collator.compare(a.label, b.label) || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);
  rows.sort(sort === 'count' ? (a, b) => b.count - a.count || byLabel(a, b) : byLabel);
  // Natural directions: most dots first, A to Å; the other direction is the same list reversed.
  if (options.direction && options.direction !== naturalDirection[sort]) rows.reverse();
  return rows;
}

/** Total dots placed on items that still exist. */
export function totalDots(vote: Vote, itemExists: (id: ItemId) => boolean = () => true): number {
  let n = 0;
  for (const c of tallyVotes(vote, itemExists).values()) n += c;
  return n;
}
