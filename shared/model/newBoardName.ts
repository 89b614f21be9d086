import type { Board } from './records.ts';

/**
 * The name a new board gets: its kind's label and a number counting boards of that kind, so the
 * first actor map is "Aktørkart 1" however many other boards there are. The number goes up while
 * the name is taken (a board renamed or deleted leaves gaps), so two boards never share it.
 */
export function newBoardName(boards: readonly Pick<Board, 'kind' | 'name'>[], kind: string, kindLabel: string): string {
  const taken = new Set(boards.map((b) => b.name.trim().toLocaleLowerCase()));
  let n = boards.filter((b) => b.kind === kind).length + 1;
  while (taken.has(`${kindLabel} ${n}`.toLocaleLowerCase())) n++;
  return `${kindLabel} ${n}`;
}
