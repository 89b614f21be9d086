import { categoryStyle } from '../../../../../shared/actors/categories.ts';
import { ringAt } from '../../../../../shared/kinds/actorMap/rings.ts';
import type { Actor, Board } from '../../../../../shared/model/records.ts';
import { revealItem } from '../../../canvas/actions.ts';
import { activeCanvas } from '../../../canvas/activeCanvas.ts';
import { setSelection } from '../../../canvas/sessionStore.ts';
import { useT } from '../../../i18n/useT.ts';
import { ringName } from '../ringName.ts';
import type { MapData } from './useMapData.ts';

/**
 * The map in words, ring by ring: what a screen reader (and a test) reads instead of the canvas.
 * Each name selects its chip on the canvas and brings it into view.
 */
export function MirrorSection({ board, data }: { board: Board; data: MapData }) {
  const t = useT();
  const ringCount = data.props.rings.length;
  const byRing: Actor[][] = data.props.rings.map(() => []);
  for (const chip of data.chips) {
    const actor = data.actors[chip.props.actorId];
    if (!actor) continue;
    byRing[ringAt({ x: chip.x + chip.w / 2, y: chip.y + chip.h / 2 }, ringCount)]!.push(actor);
  }
  const show = (actor: Actor) => {
    const chip = data.chipOf.get(actor.id);
    const runtime = activeCanvas();
    if (!chip || !runtime || runtime.boardId !== board.id) return;
    setSelection([chip.id]);
    revealItem(runtime, chip.id, true);
  };
  return (
    <section className="map-section" aria-labelledby={`mirror-${board.id}`}>
      <h2 id={`mirror-${board.id}`}>{t('actorMap.mirror.title')}</h2>
      {data.chips.length === 0 && <p className="empty">{t('actorMap.mirror.empty')}</p>}
      {byRing.map((actors, i) =>
        actors.length === 0 ? null : (
          <div key={i} className="mirror-ring">
            <h3>{t('actorMap.mirror.ringCount', { name: ringName(t, data.props.rings[i]!.label, i), n: actors.length })}</h3>
            <ul aria-label={ringName(t, data.props.rings[i]!.label, i)}>
              {actors
                .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
                .map((a) => (
                  <li key={a.id}>
                    <button type="button" className="mirror-actor" onClick={() => show(a)}>
                      <span className="swatch" style={{ background: categoryStyle(a.category).fill, borderColor: '#0b1f33' }} aria-hidden />
                      {a.name}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
