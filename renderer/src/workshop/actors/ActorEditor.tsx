import { useState } from 'react';
import { editActor, type ActorPatch } from '../../../../shared/actors/registryOps.ts';
import type { ActorId } from '../../../../shared/model/ids.ts';
import { limits } from '../../../../shared/model/limits.ts';
import { actorCategoryValues, type Actor } from '../../../../shared/model/records.ts';
import { useT } from '../../i18n/useT.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useWorkshop, useWorkshopStore } from '../../state/WorkshopContext.ts';
import { ImportanceOptions, LevelOptions } from './levelOptions.tsx';

type Form = Pick<
  Actor,
  'name' | 'shortName' | 'category' | 'organisation' | 'interest' | 'importance' | 'influence' | 'attitude' | 'informationNeeds' | 'strategy' | 'notes'
> & { interestLevel: NonNullable<Actor['interestLevel']> };

function formOf(actor: Actor): Form {
  return {
    name: actor.name,
    shortName: actor.shortName,
    category: actor.category,
    organisation: actor.organisation,
    interest: actor.interest,
    importance: actor.importance,
    influence: actor.influence,
    interestLevel: actor.interestLevel ?? '',
    attitude: actor.attitude,
    informationNeeds: actor.informationNeeds,
    strategy: actor.strategy,
    notes: actor.notes,
  };
}

/**
 * Every field of one actor: who it is, and the stakeholder analysis (seed 004's columns plus
 * attitude, information needs and notes). Saving is one edit, one undo step.
 */
export function ActorEditor({ actorId, onClose }: { actorId: ActorId; onClose(): void }) {
  const t = useT();
  const store = useWorkshopStore();
  const actor = useWorkshop((s) => s.doc.actors[actorId]);
  const [form, setForm] = useState<Form | null>(() => (actor ? formOf(actor) : null));
  const [error, setError] = useState(false);
  if (!actor || !form) return null;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm({ ...form, [key]: value });
  const save = () => {
    if (form.name.trim() === '') {
      setError(true);
      return;
    }
    const before = formOf(actor);
    const patch: ActorPatch = {};
    for (const key of Object.keys(form) as (keyof Form)[]) {
      if (form[key] !== before[key]) (patch as Record<string, unknown>)[key] = key === 'name' ? form.name.trim() : form[key];
    }
    if (Object.keys(patch).length === 0 || store.getState().run(editActor, { id: actorId, patch })) onClose();
  };
  const text = (key: 'name' | 'shortName' | 'organisation' | 'attitude', label: string) => (
    <div className="field">
      <label htmlFor={`actor-${key}`}>{label}</label>
      <input
        id={`actor-${key}`}
        value={form[key]}
        maxLength={limits.name}
        aria-invalid={key === 'name' && error ? true : undefined}
        aria-describedby={key === 'name' && error ? 'actor-name-error' : undefined}
        onChange={(e) => set(key, e.target.value)}
      />
      {key === 'name' && error && (
        <span id="actor-name-error" className="error" role="alert">
          {t('actorMap.editor.nameRequired')}
        </span>
      )}
    </div>
  );
  const area = (key: 'interest' | 'informationNeeds' | 'strategy' | 'notes', label: string) => (
    <div className="field">
      <label htmlFor={`actor-${key}`}>{label}</label>
      <textarea id={`actor-${key}`} rows={2} value={form[key]} maxLength={limits.text} onChange={(e) => set(key, e.target.value)} />
    </div>
  );
  return (
    <Dialog
      title={t('actorMap.registry.edit', { name: actor.name })}
      onClose={onClose}
      onSubmit={save}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn primary">
            {t('common.save')}
          </button>
        </>
      }
    >
      <fieldset className="actor-editor-group">
        <legend>{t('actorMap.editor.basics')}</legend>
        <div className="actor-editor-grid">
          {text('name', t('actors.name'))}
          {text('shortName', t('actors.shortName'))}
          <div className="field">
            <label htmlFor="actor-category">{t('actors.category')}</label>
            <select id="actor-category" value={form.category} onChange={(e) => set('category', e.target.value as Form['category'])}>
              {actorCategoryValues.map((c) => (
                <option key={c} value={c}>
                  {t(`category.${c}`)}
                </option>
              ))}
            </select>
          </div>
          {text('organisation', t('actors.organisation'))}
        </div>
      </fieldset>
      <fieldset className="actor-editor-group">
        <legend>{t('actorMap.editor.stakeholder')}</legend>
        {area('interest', t('actorMap.table.interest'))}
        <div className="actor-editor-grid three">
          <div className="field">
            <label htmlFor="actor-importance">{t('actorMap.table.importance')}</label>
            <select id="actor-importance" value={form.importance} onChange={(e) => set('importance', e.target.value as Form['importance'])}>
              <ImportanceOptions />
            </select>
          </div>
          <div className="field">
            <label htmlFor="actor-influence">{t('actorMap.table.influence')}</label>
            <select id="actor-influence" value={form.influence} onChange={(e) => set('influence', e.target.value as Form['influence'])}>
              <LevelOptions />
            </select>
          </div>
          <div className="field">
            <label htmlFor="actor-interestLevel">{t('actorMap.table.interestLevel')}</label>
            <select id="actor-interestLevel" value={form.interestLevel} onChange={(e) => set('interestLevel', e.target.value as Form['interestLevel'])}>
              <LevelOptions />
            </select>
          </div>
        </div>
        {text('attitude', t('actorMap.table.attitude'))}
        {area('informationNeeds', t('actorMap.table.informationNeeds'))}
        {area('strategy', t('actorMap.table.strategy'))}
        {area('notes', t('actorMap.editor.notes'))}
      </fieldset>
    </Dialog>
  );
}
