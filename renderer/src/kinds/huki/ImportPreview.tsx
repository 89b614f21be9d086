import { useState } from 'react';
import { actorCategories } from '../../../../shared/actors/categories.ts';
import type { ImportMode } from '../../../../shared/kinds/huki/mergeMatrix.ts';
import type { Actor, ActorCategory } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * What a good CSV file would do, asked before anything changes (issue 16): replace the matrix, or
 * add to it (tasks matched by phase and name); and for each actor the registry does not have yet,
 * which category it belongs to (an import used to make them all "Andre"). Either choice is one step
 * to undo.
 */
export function ImportPreview({
  file,
  taskCount,
  newActors,
  boardHasTasks,
  onChoose,
  onCancel,
}: {
  file: string;
  taskCount: number;
  newActors: readonly Actor[];
  boardHasTasks: boolean;
  onChoose(mode: ImportMode, categories: Readonly<Record<string, ActorCategory>>): void;
  onCancel(): void;
}) {
  const t = useT();
  const [categories, setCategories] = useState<Record<string, ActorCategory>>(() => Object.fromEntries(newActors.map((a) => [a.id, a.category])));
  const headingId = `huki-import-${file.length}-heading`;
  return (
    <section className="huki-import-preview" role="group" aria-labelledby={headingId}>
      <p id={headingId}>{t('huki.import.preview', { file, tasks: taskCount })}</p>
      {newActors.length > 0 && (
        <fieldset>
          <legend>{t('huki.import.newActors')}</legend>
          <ul>
            {newActors.map((a) => (
              <li key={a.id}>
                <label>
                  <span className="huki-import-name">{a.name}</span>
                  <select
                    aria-label={t('huki.import.category', { name: a.name })}
                    value={categories[a.id] ?? 'other'}
                    onChange={(e) => setCategories({ ...categories, [a.id]: e.target.value as ActorCategory })}
                  >
                    {actorCategories.map((c) => (
                      <option key={c.category} value={c.category}>
                        {t(c.labelKey)}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="huki-import-buttons">
        {boardHasTasks && (
          <button type="button" className="btn primary" onClick={() => onChoose('merge', categories)}>
            {t('huki.import.merge')}
          </button>
        )}
        <button type="button" className={`btn${boardHasTasks ? '' : ' primary'}`} onClick={() => onChoose('replace', categories)}>
          {boardHasTasks ? t('huki.import.replace') : t('huki.import.use')}
        </button>
        <button type="button" className="btn quiet" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}
