import { useMemo, useState } from 'react';
import { Plus } from 'lucide-react';
import { categoryStyle } from '../../../../shared/actors/categories.ts';
import { searchCatalogue, type CatalogueEntry } from '../../../../shared/actors/catalogue.ts';
import { catalogueEntryNamed, findCatalogueActor, foldName } from '../../../../shared/actors/findActor.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { actorCategoryValues, type ActorCategory } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { useApp } from '../../state/appStore.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useWorkshop } from '../../state/WorkshopContext.ts';
import './actors.css';

export interface CataloguePick {
  entries: CatalogueEntry[];
  /** An actor the catalogue doesn't have, typed in the search field. */
  custom: { name: string; category: ActorCategory } | null;
}

/**
 * Pick common Norwegian actors instead of typing them, so a workshop starts in seconds: search
 * (æ, ø and å are letters of their own), tick several, add them in one step. Actors the registry
 * already has are shown but can't be added twice. A name the catalogue lacks can be added as a
 * new actor from the same field.
 */
export function CataloguePicker({ onClose, onAdd }: { onClose(): void; onAdd(pick: CataloguePick): void }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const actors = useWorkshop((s) => s.doc.actors);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [customCategory, setCustomCategory] = useState<ActorCategory>('municipality');
  const results = useMemo(() => searchCatalogue(query, language === 'nb' ? 'nb' : 'en'), [query, language]);
  const trimmed = query.trim();
  const exact = results.some((e) => foldName(e.name) === foldName(trimmed) || foldName(e.shortName) === foldName(trimmed));

  const toggle = (name: string) => {
    const next = new Set(picked);
    if (next.has(name)) next.delete(name);
    else next.add(name);
    setPicked(next);
  };
  /** The ticked entries, including picks a later search hides. */
  const pickedEntries = (): CatalogueEntry[] => {
    const entries = results.filter((e) => picked.has(e.name));
    for (const name of picked) {
      const entry = catalogueEntryNamed(name);
      if (entry && !entries.includes(entry)) entries.push(entry);
    }
    return entries;
  };
  const add = () => {
    const entries = pickedEntries();
    if (entries.length === 0) return;
    onAdd({ entries, custom: null });
  };
  // Adding a custom actor also adds what was ticked before it: the room ticked those on purpose.
  const addCustom = () => {
    if (!trimmed) return;
    onAdd({ entries: pickedEntries(), custom: { name: trimmed.slice(0, limits.name), category: customCategory } });
  };

  return (
    <Dialog
      title={t('actorMap.catalogue.title')}
      onClose={onClose}
      onSubmit={add}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary" disabled={picked.size === 0}>
            <Plus aria-hidden /> {t('actorMap.catalogue.add', { n: picked.size })}
          </button>
        </>
      }
    >
      <div className="field">
        <label htmlFor="catalogue-search">{t('actorMap.catalogue.search')}</label>
        <input id="catalogue-search" type="search" autoFocus value={query} maxLength={limits.name} onChange={(e) => setQuery(e.target.value)} />
      </div>
      {results.length === 0 && <p>{t('actorMap.catalogue.none')}</p>}
      <ul className="catalogue-list" aria-label={t('actorMap.catalogue.list')}>
        {results.map((entry) => {
          const existing = findCatalogueActor(actors, entry);
          const style = categoryStyle(entry.category);
          const id = `catalogue-${entry.name}`;
          return (
            <li key={entry.name} className={existing ? 'in-registry' : undefined}>
              <input id={id} type="checkbox" checked={existing ? true : picked.has(entry.name)} disabled={existing !== undefined} onChange={() => toggle(entry.name)} />
              <label htmlFor={id}>
                <span className="swatch" style={{ background: style.fill, borderColor: '#0b1f33' }} aria-hidden />
                <span className="catalogue-name">{entry.name}</span>
                <span className="catalogue-meta">
                  {t(style.labelKey)}
                  {existing ? ` – ${t('actorMap.catalogue.inRegistry')}` : ''}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {trimmed !== '' && !exact && (
        <div className="catalogue-custom">
          <label className="field">
            <span className="label">{t('actorMap.catalogue.customCategory')}</span>
            <select value={customCategory} onChange={(e) => setCustomCategory(e.target.value as ActorCategory)}>
              {actorCategoryValues.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" onClick={addCustom}>
            <Plus aria-hidden /> {t('actorMap.catalogue.addCustom', { name: trimmed })}
          </button>
        </div>
      )}
    </Dialog>
  );
}
