import { Plus, Trash2 } from 'lucide-react';
import { DateField } from '../ui/DateField.tsx';
import { sortedByOrder, nextOrder } from '../../../shared/model/document.ts';
import { newGatheringId, newParticipantId } from '../../../shared/model/ids.ts';
import { limits } from '../../../shared/model/limits.ts';
import { gatheringOps, participantOps, updateMeta } from '../../../shared/ops/workshopOps.ts';
import { useT } from '../i18n/useT.ts';
import { CommitField } from '../ui/CommitField.tsx';
import { useWorkshop, useWorkshopStore } from '../state/WorkshopContext.ts';

/** The workshop's details: title, region, facilitator, description, gatherings and participants. */
export function DetailsPanel() {
  const t = useT();
  const store = useWorkshopStore();
  const meta = useWorkshop((s) => s.doc.meta);
  const gatherings = useWorkshop((s) => s.doc.gatherings);
  const participants = useWorkshop((s) => s.doc.participants);
  const run = store.getState().run;
  const metaField = (field: 'title' | 'region' | 'facilitator', labelKey: Parameters<typeof t>[0]) => (
    <div className="field">
      <label htmlFor={`meta-${field}`}>{t(labelKey)}</label>
      <CommitField id={`meta-${field}`} value={meta[field]} maxLength={limits.name} onCommit={(v) => run(updateMeta, { patch: { [field]: v } })} />
    </div>
  );
  return (
    <div className="page-panel">
      <h1>{t('workshop.details')}</h1>
      <div className="details-grid">
        {metaField('title', 'details.title')}
        {metaField('region', 'details.region')}
        {metaField('facilitator', 'details.facilitator')}
      </div>
      <div className="field">
        <label htmlFor="meta-description">{t('details.description')}</label>
        <CommitField id="meta-description" multiline rows={3} value={meta.description} maxLength={limits.text} onCommit={(v) => run(updateMeta, { patch: { description: v } })} />
      </div>

      <section aria-labelledby="gatherings-title">
        <div className="panel-head">
          <h2 id="gatherings-title">{t('details.gatherings')}</h2>
          <button type="button" className="btn" onClick={() => {
            const n = Object.keys(gatherings).length + 1;
            run(gatheringOps.add, { record: { id: newGatheringId(), title: t('details.nthGathering', { n }), date: '', place: '', order: nextOrder(gatherings) } });
          }}>
            <Plus aria-hidden /> {t('details.addGathering')}
          </button>
        </div>
        <table className="data-table">
          <thead>
            <tr><th scope="col">{t('details.gatheringTitle')}</th><th scope="col">{t('details.gatheringDate')}</th><th scope="col">{t('details.gatheringPlace')}</th><th scope="col"><span className="sr-only">{t('common.remove')}</span></th></tr>
          </thead>
          <tbody>
            {sortedByOrder(gatherings).map((g) => (
              <tr key={g.id}>
                <td><CommitField className="cell-input" aria-label={t('details.gatheringTitle')} value={g.title} maxLength={limits.name} onCommit={(v) => run(gatheringOps.update, { id: g.id, patch: { title: v } })} /></td>
                <td><DateField className="cell-input" aria-label={`${t('details.gatheringDate')}: ${g.title}`} value={g.date} onCommit={(date) => run(gatheringOps.update, { id: g.id, patch: { date } })} /></td>
                <td><CommitField className="cell-input" aria-label={`${t('details.gatheringPlace')}: ${g.title}`} value={g.place} maxLength={limits.name} onCommit={(v) => run(gatheringOps.update, { id: g.id, patch: { place: v } })} /></td>
                <td><button type="button" className="btn quiet icon-btn" aria-label={t('details.removeGathering', { name: g.title })} onClick={() => run(gatheringOps.remove, { id: g.id })}><Trash2 aria-hidden /></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="participants-title">
        <div className="panel-head">
          <h2 id="participants-title">{t('details.participants')}</h2>
          <button type="button" className="btn" onClick={() => run(participantOps.add, { record: { id: newParticipantId(), name: '', organisation: '', role: '', order: nextOrder(participants) } })}>
            <Plus aria-hidden /> {t('details.addParticipant')}
          </button>
        </div>
        <table className="data-table">
          <thead>
            <tr><th scope="col">{t('details.participantName')}</th><th scope="col">{t('details.participantOrganisation')}</th><th scope="col">{t('details.participantRole')}</th><th scope="col"><span className="sr-only">{t('common.remove')}</span></th></tr>
          </thead>
          <tbody>
            {sortedByOrder(participants).map((p, i) => (
              <tr key={p.id}>
                <td><CommitField className="cell-input" aria-label={`${t('details.participantName')} ${i + 1}`} value={p.name} maxLength={limits.name} onCommit={(v) => run(participantOps.update, { id: p.id, patch: { name: v } })} /></td>
                <td><CommitField className="cell-input" aria-label={`${t('details.participantOrganisation')} ${i + 1}`} value={p.organisation} maxLength={limits.name} onCommit={(v) => run(participantOps.update, { id: p.id, patch: { organisation: v } })} /></td>
                <td><CommitField className="cell-input" aria-label={`${t('details.participantRole')} ${i + 1}`} value={p.role} maxLength={limits.name} onCommit={(v) => run(participantOps.update, { id: p.id, patch: { role: v } })} /></td>
                <td><button type="button" className="btn quiet icon-btn" aria-label={t('details.removeParticipant', { name: p.name || String(i + 1) })} onClick={() => run(participantOps.remove, { id: p.id })}><Trash2 aria-hidden /></button></td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
