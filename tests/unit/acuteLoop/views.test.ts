import { describe, expect, it } from 'vitest';
import { layoutLinear, linearDropTarget } from '../../../shared/kinds/acuteLoop/linearLayout.ts';
import { layoutLoop } from '../../../shared/kinds/acuteLoop/loopLayout.ts';
import { slideRegions } from '../../../shared/kinds/acuteLoop/slide.ts';
import { actorLineFor, loopView } from '../../../shared/kinds/acuteLoop/stationViews.ts';
import { defaultAcuteLoopProps, defaultLanes, newNoteId, newStation, type AcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { laneOfStation } from '../../../shared/kinds/acuteLoop/lanes.ts';
import { overlaps } from '../../../shared/kinds/acuteLoop/boxes.ts';
import { actor } from './fixtures.ts';

const user = actor('Brukeren', 'user', 'Bruker');
const legevakt = actor('Legevakt', 'municipality');
const pam = actor('Psykiatrisk akuttmottak (PAM)', 'specialist', 'PAM');
const politi = actor('Politiet', 'other', 'Politi');
const statsforvalter = actor('Statsforvalteren', 'premise');
const actors = Object.fromEntries([user, legevakt, pam, politi, statsforvalter].map((a) => [a.id, a]));

function exampleProps(): AcuteLoopProps {
  const stations = [
    newStation('Hjemme', { actorId: user.id, timeOfDay: 16 * 60 }),
    newStation('Krise', { actorId: null, timeOfDay: 21 * 60 + 30, painPoints: [{ id: newNoteId(), text: 'Ingen å ringe' }] }),
    newStation('Legevakt', { actorId: legevakt.id, timeOfDay: 22 * 60 + 30 }),
    newStation('Politi', { actorId: politi.id }),
    newStation('PAM', { actorId: pam.id, timeOfDay: 30, quotes: [{ id: newNoteId(), text: '«Ny hver gang»' }] }),
    newStation('Utskrivning', { actorId: pam.id, timeOfDay: 11 * 60, laneId: 'municipality' }),
  ];
  return {
    ...defaultAcuteLoopProps(),
    stations,
    transitions: [{ fromId: stations[5]!.id, toId: stations[0]!.id, broken: true, note: 'Ingen oppfølging på kvelden' }],
  };
}

describe('the loop view and the swimlane view', () => {
  it('show the same stations, in the same order, with the same transitions and breaks', () => {
    const props = exampleProps();
    const view = loopView(props, actors);
    const loop = layoutLoop(view, { shape: 'circle', area: slideRegions('loop').main });
    const linear = layoutLinear(view, props.lanes, slideRegions('linear').main);
    expect(loop.stations.map((s) => s.id)).toEqual(props.stations.map((s) => s.id));
    expect(linear.stations.map((s) => s.id)).toEqual(props.stations.map((s) => s.id));
    const pairs = (list: readonly { fromId: string; toId: string; broken: boolean; note: string }[]) => list.map((t) => [t.fromId, t.toId, t.broken, t.note]);
    expect(pairs(linear.transitions)).toEqual(pairs(loop.transitions));
    expect(loop.transitions.filter((t) => t.broken).map((t) => t.note)).toEqual(['Ingen oppfølging på kvelden']);
    // The same notes are attached in both.
    const noteIds = (list: readonly { notes: readonly { id: string }[] }[]) => list.flatMap((s) => s.notes.map((n) => n.id));
    expect(noteIds(linear.stations)).toEqual(noteIds(loop.stations));
  });

  it('read left to right in loop order, the last one leading round again to the first', () => {
    const props = exampleProps();
    const linear = layoutLinear(loopView(props, actors), props.lanes, slideRegions('linear').main);
    const xs = linear.stations.map((s) => s.rect.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(linear.transitions.at(-1)).toMatchObject({ wraps: true, broken: true });
    expect(linear.returnMark).not.toBeNull();
    for (let i = 0; i < linear.stations.length; i++)
      for (let j = i + 1; j < linear.stations.length; j++) expect(overlaps(linear.stations[i]!.rect, linear.stations[j]!.rect)).toBe(false);
  });

  it('put each station in the lane of its actor’s category, unless placed by hand', () => {
    const props = exampleProps();
    const view = loopView(props, actors);
    expect(view.stations.map((s) => [s.name, s.laneId])).toEqual([
      ['Hjemme', 'user'],
      ['Krise', 'user'], // no actor: the patient's own station
      ['Legevakt', 'municipality'],
      ['Politi', 'other'],
      ['PAM', 'specialist'],
      ['Utskrivning', 'municipality'], // placed by hand
    ]);
    const linear = layoutLinear(view, props.lanes, slideRegions('linear').main);
    for (const s of linear.stations) {
      const lane = linear.lanes.find((l) => l.id === s.laneId)!;
      expect(s.rect.y).toBeGreaterThanOrEqual(lane.rect.y);
      expect(s.rect.y + s.rect.h).toBeLessThanOrEqual(lane.rect.y + lane.rect.h);
    }
    // A premise-giver belongs to "Politi og andre"; a category no lane claims goes to the last lane.
    expect(laneOfStation(newStation('Tilsyn', { actorId: statsforvalter.id }), actors, defaultLanes()).id).toBe('other');
    expect(laneOfStation(newStation('Tilsyn', { actorId: statsforvalter.id }), actors, defaultLanes().slice(0, 3)).id).toBe('specialist');
  });

  it('follow a rename of an actor in the registry, since names are never copied', () => {
    const props = exampleProps();
    const renamed = { ...actors, [legevakt.id]: { ...legevakt, name: 'Legevakta i Værnes', shortName: 'Værnes legevakt' } };
    const station = loopView(props, renamed).stations[2]!;
    expect(station.actor?.name).toBe('Legevakta i Værnes');
    expect(actorLineFor(station)).toBe('Værnes legevakt');
    // Not repeated when the station is named after its actor.
    expect(actorLineFor(loopView(props, actors).stations[2]!)).toBe('');
    // A deleted actor leaves the station without one rather than breaking the view.
    const { [pam.id]: _gone, ...withoutPam } = actors;
    expect(loopView(props, withoutPam).stations[4]!.actor).toBeNull();
  });

  it('know which times fall outside office hours', () => {
    const view = loopView(exampleProps(), actors);
    expect(view.stations.map((s) => s.inOfficeHours)).toEqual([false, false, false, null, false, true]);
  });

  it('in the swimlanes, a drop picks the column under the pointer and the lane under it', () => {
    const props = exampleProps();
    const linear = layoutLinear(loopView(props, actors), props.lanes, slideRegions('linear').main);
    const target = linear.stations[3]!;
    const lane = linear.lanes.find((l) => l.id === 'specialist')!;
    expect(linearDropTarget(linear, { x: target.rect.x + 5, y: lane.rect.y + 5 }, 6)).toEqual({ index: 3, laneId: 'specialist' });
    expect(linearDropTarget(linear, { x: -100, y: -100 }, 6)).toEqual({ index: 0, laneId: null });
  });
});
