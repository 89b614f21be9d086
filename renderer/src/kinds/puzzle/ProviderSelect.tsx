import { actorCategories } from '../../../../shared/actors/categories.ts';
import { sortedByOrder } from '../../../../shared/model/document.ts';
import type { ActorId } from '../../../../shared/model/ids.ts';
import { useT } from '../../i18n/useT.ts';
import { useWorkshop } from '../../state/WorkshopContext.ts';

/**
 * Choosing a piece's provider from the actor registry, grouped by category in the registry's
 * colours' order. Always the actors' current names: the piece stores only the id.
 */
export function ProviderSelect({ value, onChange, label, className }: { value: ActorId | null; onChange(id: ActorId | null): void; label: string; className?: string }) {
  const t = useT();
  const actors = useWorkshop((s) => s.doc.actors);
  const list = sortedByOrder(actors);
  const missing = value !== null && !actors[value];
  return (
    <select className={className} aria-label={label} value={value && !missing ? value : ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as ActorId))}>
      <option value="">{t('puzzle.noProvider')}</option>
      {actorCategories.map((c) => {
        const members = list.filter((a) => a.category === c.category);
        if (members.length === 0) return null;
        return (
          <optgroup key={c.category} label={t(c.labelKey)}>
            {members.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </select>
  );
}
