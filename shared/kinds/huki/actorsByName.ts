import { sortedByOrder } from '../../model/document.ts';
import type { Actor } from '../../model/records.ts';

/**
 * Finding an actor by what people type or what a spreadsheet says, so the same organisation is
 * never added to the registry twice. Names compare after Unicode NFC (a decomposed "å" equals the
 * precomposed one), trimmed, with runs of spaces as one, case-insensitively in Norwegian; æ, ø and
 * å stay letters of their own ("Pårørende" is not "Parorende").
 */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb');
}

/** The registry's actor with this name, or else with this short name; the first in registry order wins. */
export function findActorByName(actors: Readonly<Record<string, Actor>>, name: string): Actor | undefined {
  const key = nameKey(name);
  if (key === '') return undefined;
  const list = sortedByOrder(actors as Record<string, Actor>);
  return list.find((a) => nameKey(a.name) === key) ?? list.find((a) => a.shortName !== '' && nameKey(a.shortName) === key);
}
