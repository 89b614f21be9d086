import type { ActorUse } from '../../actors/references.ts';
import type { Translate } from '../boardKind.ts';
import { actorChipType } from './chip.ts';

/**
 * How an actor's uses on one actor map read in the registry's "where is it used" list: "on the
 * map, 3 relations", then any other references counted.
 */
export function describeActorMapUses(list: readonly ActorUse[], t: Translate): string[] {
  const parts: string[] = [];
  if (list.some((u) => u.itemType === actorChipType)) parts.push(t('actorMap.use.chip'));
  const relations = list.filter((u) => u.itemId === null && u.path[0] === 'relations').length;
  if (relations === 1) parts.push(t('actorMap.use.relation'));
  else if (relations > 1) parts.push(t('actorMap.use.relations', { n: relations }));
  const rest = list.length - relations - list.filter((u) => u.itemType === actorChipType).length;
  if (rest > 0) parts.push(rest === 1 ? t('actorMap.use.once') : t('actorMap.use.other', { n: rest }));
  return parts;
}
