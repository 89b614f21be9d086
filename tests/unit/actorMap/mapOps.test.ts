import { describe, expect, it } from 'vitest';
import { boardsInOrder } from '../../../shared/model/document.ts';
import { newActorId, newBoardId } from '../../../shared/model/ids.ts';
import { OperationError, perform } from '../../../shared/ops/operation.ts';
import { addBoard, duplicateBoard } from '../../../shared/ops/boardOps.ts';
import { actorCatalogue } from '../../../shared/actors/catalogue.ts';
import { chipOfActor, chipsOfBoard, chipSize } from '../../../shared/kinds/actorMap/chip.ts';
import { overlaps } from '../../../shared/kinds/actorMap/layout.ts';
import {
  addRelation,
  arrangeMap,
  clearMap,
  placeActorsOnMap,
  placeCatalogueActorsOnMap,
  removeActorsFromMap,
  removeRelation,
  setMapOptions,
  setRingCount,
  setRingLabel,
  updateRelation,
} from '../../../shared/kinds/actorMap/ops.ts';
import { isCentreActor } from '../../../shared/kinds/actorMap/placement.ts';
import { ActorMapPropsSchema, readActorMapProps } from '../../../shared/kinds/actorMap/props.ts';
import { ringAt, ringForCategory } from '../../../shared/kinds/actorMap/rings.ts';
import { angleBetween, sectorArcs } from '../../../shared/kinds/actorMap/sectors.ts';
import { mentalHealthTemplateActors } from '../../../shared/kinds/actorMap/template.ts';
import { actor, aid, mapId, Session, vaernesActors, workshop } from './fixtures.ts';

const centreOf = (c: { x: number; y: number; w: number; h: number }) => ({ x: c.x + c.w / 2, y: c.y + c.h / 2 });
const relationsOf = (s: Session) => readActorMapProps(s.doc.boards[mapId]!.props).relations;
const everyone = [aid('bruker'), aid('stjordal'), aid('dps'), aid('nav'), aid('fastlege'), aid('sf')];

describe('actor map operations', () => {
  it('places actors on their rings with the user in the centre, one chip per actor, no overlaps', () => {
    const s = new Session(workshop()).run(placeActorsOnMap, { boardId: mapId, actorIds: everyone });
    const chips = chipsOfBoard(s.doc.items, mapId);
    expect(chips).toHaveLength(6);
    expect(centreOf(chipOfActor(s.doc.items, mapId, aid('bruker'))!)).toEqual({ x: 0, y: 0 });
    for (const chip of chips) {
      const a = s.doc.actors[chip.props.actorId]!;
      if (a.id !== aid('bruker')) expect(ringAt(centreOf(chip), 4), a.name).toBe(ringForCategory(a.category, 4));
      expect(chip.props).toEqual({ actorId: a.id });
    }
    for (let i = 0; i < chips.length; i++) for (let j = i + 1; j < chips.length; j++) expect(overlaps(chips[i]!, chips[j]!, 0)).toBe(false);
    // Placing again adds nothing: an actor sits once on a map.
    s.run(placeActorsOnMap, { boardId: mapId, actorIds: [aid('nav')] });
    expect(chipsOfBoard(s.doc.items, mapId)).toHaveLength(6);
  });

  it('drops an actor where the user let go, and moves it there if it is already on the map', () => {
    const s = new Session(workshop()).run(placeActorsOnMap, { boardId: mapId, actorIds: [aid('nav')], at: { x: 500, y: -300 } });
    const chip = chipOfActor(s.doc.items, mapId, aid('nav'))!;
    expect(centreOf(chip)).toEqual({ x: 500, y: -300 });
    s.run(placeActorsOnMap, { boardId: mapId, actorIds: [aid('nav')], at: { x: -100, y: 700 } });
    expect(chipsOfBoard(s.doc.items, mapId)).toHaveLength(1);
    expect(centreOf(chipOfActor(s.doc.items, mapId, aid('nav'))!)).toEqual({ x: -100, y: 700 });
  });

  it('puts catalogue actors on the map and in the registry in one step, without duplicating the registry', () => {
    const s = new Session(workshop());
    const pam = actorCatalogue.find((e) => e.shortName === 'PAM')!;
    const nav = actorCatalogue.find((e) => e.name === 'NAV')!;
    const pamId = newActorId();
    s.run(placeCatalogueActorsOnMap, { boardId: mapId, entries: [{ id: pamId, name: pam.name }, { id: newActorId(), name: nav.name }] });
    expect(s.steps).toBe(1);
    expect(s.doc.actors[pamId]?.shortName).toBe('PAM');
    expect(Object.values(s.doc.actors).filter((a) => a.name === 'NAV')).toHaveLength(1);
    expect(chipsOfBoard(s.doc.items, mapId).map((c) => c.props.actorId).sort()).toEqual([pamId, aid('nav')].sort());
  });

  it('relates two actors, one relation per pair: relating again changes type and label', () => {
    const s = new Session(workshop()).run(placeActorsOnMap, { boardId: mapId, actorIds: everyone });
    s.run(addRelation, { boardId: mapId, relation: { id: 'r_a', actorIds: [aid('stjordal'), aid('dps')], type: 'regular', label: '' } });
    s.run(addRelation, { boardId: mapId, relation: { id: 'r_b', actorIds: [aid('dps'), aid('stjordal')], type: 'formal', label: 'Samarbeidsavtale' } });
    expect(relationsOf(s)).toEqual([{ id: 'r_a', actorIds: [aid('stjordal'), aid('dps')], type: 'formal', label: 'Samarbeidsavtale' }]);
    s.run(updateRelation, { boardId: mapId, id: 'r_a', patch: { type: 'conflict', label: 'Uenige om innleggelser' } });
    expect(relationsOf(s)[0]).toMatchObject({ type: 'conflict', label: 'Uenige om innleggelser' });
    expect(() => s.run(addRelation, { boardId: mapId, relation: { id: 'r_c', actorIds: [aid('nav'), aid('nav')], type: 'weak', label: '' } })).toThrow(OperationError);
    s.run(removeRelation, { boardId: mapId, id: 'r_a' });
    expect(relationsOf(s)).toEqual([]);
  });

  it('takes an actor off the map with its relations there; the registry keeps it', () => {
    const s = new Session(workshop()).run(placeActorsOnMap, { boardId: mapId, actorIds: everyone });
    s.run(addRelation, { boardId: mapId, relation: { id: 'r_a', actorIds: [aid('nav'), aid('dps')], type: 'informal', label: '' } });
    s.run(addRelation, { boardId: mapId, relation: { id: 'r_b', actorIds: [aid('fastlege'), aid('dps')], type: 'weak', label: '' } });
    s.run(removeActorsFromMap, { boardId: mapId, actorIds: [aid('nav')] });
    expect(chipOfActor(s.doc.items, mapId, aid('nav'))).toBeUndefined();
    expect(s.doc.actors[aid('nav')]).toBeDefined();
    expect(relationsOf(s).map((r) => r.id)).toEqual(['r_b']);
  });

  it('arranges a messy map back onto the rings, and clears it', () => {
    const s = new Session(workshop());
    everyone.forEach((id) => s.run(placeActorsOnMap, { boardId: mapId, actorIds: [id], at: { x: 0, y: 0 } }));
    s.run(arrangeMap, { boardId: mapId });
    const chips = chipsOfBoard(s.doc.items, mapId);
    for (let i = 0; i < chips.length; i++) for (let j = i + 1; j < chips.length; j++) expect(overlaps(chips[i]!, chips[j]!, 0)).toBe(false);
    expect(chips.every((c) => c.w === chipSize.w && c.h === chipSize.h)).toBe(true);
    s.run(addRelation, { boardId: mapId, relation: { id: 'r_a', actorIds: [aid('nav'), aid('dps')], type: 'informal', label: '' } });
    s.run(clearMap, { boardId: mapId });
    expect(chipsOfBoard(s.doc.items, mapId)).toEqual([]);
    expect(relationsOf(s)).toEqual([]);
    expect(Object.keys(s.doc.actors)).toHaveLength(6);
  });

  it('"Ordne kartet" and "Sektorer per kategori" keep each chip on the ring the room put it on', () => {
    const s = new Session(workshop());
    // NAV moved in to the nearest ring, the DPS out to the outer ring, the rest where placed.
    s.run(placeActorsOnMap, { boardId: mapId, actorIds: everyone });
    s.run(placeActorsOnMap, { boardId: mapId, actorIds: [aid('nav')], at: { x: 300, y: 30 } });
    s.run(placeActorsOnMap, { boardId: mapId, actorIds: [aid('dps')], at: { x: -900, y: 40 } });
    const ringOf = (id: string) => ringAt(centreOf(chipOfActor(s.doc.items, mapId, aid(id))!), 4);
    const before = Object.fromEntries(['bruker', 'stjordal', 'dps', 'nav', 'fastlege', 'sf'].map((k) => [k, ringOf(k)]));
    expect([before['nav'], before['dps']]).toEqual([1, 3]);
    s.run(arrangeMap, { boardId: mapId });
    for (const [k, ring] of Object.entries(before)) expect(ringOf(k), k).toBe(ring);
    s.run(setMapOptions, { boardId: mapId, sectors: true, arrange: true });
    for (const [k, ring] of Object.entries(before)) expect(ringOf(k), k).toBe(ring);
    const chips = chipsOfBoard(s.doc.items, mapId);
    for (let i = 0; i < chips.length; i++) for (let j = i + 1; j < chips.length; j++) expect(overlaps(chips[i]!, chips[j]!, 0)).toBe(false);
  });

  it('places user and volunteer organisations in the nearest network, not on the premise setters’ ring', () => {
    const s = new Session(workshop([...vaernesActors(), actor('mh', 'Mental Helse', 'userOrg', { order: 7 }), actor('rad', 'Brukerråd', 'userOrg', { order: 8 })]));
    s.run(placeActorsOnMap, { boardId: mapId, actorIds: [aid('mh'), aid('rad'), aid('sf')] });
    const ringOf = (id: string) => ringAt(centreOf(chipOfActor(s.doc.items, mapId, aid(id))!), 4);
    expect(ringOf('mh')).toBe(1);
    expect(ringOf('rad')).toBe(1);
    expect(ringOf('sf')).toBe(3);
  });

  it('renames, adds and removes rings within 3–5, and switches sectors and legend', () => {
    const s = new Session(workshop());
    s.run(setRingLabel, { boardId: mapId, index: 1, label: '  Familie og venner ' });
    s.run(setRingCount, { boardId: mapId, count: 5 });
    s.run(setMapOptions, { boardId: mapId, sectors: true, legend: false });
    const props = readActorMapProps(s.doc.boards[mapId]!.props);
    expect(props.rings.map((r) => r.label)).toEqual(['', 'Familie og venner', '', '', '']);
    expect([props.sectors, props.legend]).toEqual([true, false]);
    expect(() => s.run(setRingCount, { boardId: mapId, count: 2 })).toThrow(OperationError);
    s.run(setRingCount, { boardId: mapId, count: 3 });
    expect(readActorMapProps(s.doc.boards[mapId]!.props).rings).toHaveLength(3);
    expect(ActorMapPropsSchema.safeParse(s.doc.boards[mapId]!.props).success).toBe(true);
  });

  it('turning sectors on tidies the chips into their category’s sector, in the same undo step', () => {
    const s = new Session(workshop());
    everyone.forEach((id, i) => s.run(placeActorsOnMap, { boardId: mapId, actorIds: [id], at: { x: 40 * i, y: 0 } }));
    const before = s.doc;
    s.run(setMapOptions, { boardId: mapId, sectors: true, arrange: true });
    const chips = chipsOfBoard(s.doc.items, mapId);
    const arcs = sectorArcs(new Map([['user', 1], ['municipality', 3], ['specialist', 1], ['premise', 1]]));
    for (const chip of chips) {
      const a = s.doc.actors[chip.props.actorId]!;
      const c = centreOf(chip);
      if (c.x === 0 && c.y === 0) continue;
      const arc = arcs.get(a.category)!;
      expect(angleBetween(Math.atan2(c.y, c.x), (arc.start + arc.end) / 2), a.name).toBeLessThanOrEqual((arc.end - arc.start) / 2 + 1e-6);
    }
    s.undo();
    expect(s.doc).toEqual(before);
  });

  it('refuses map edits on a board of another kind', () => {
    const doc = workshop();
    const id = newBoardId();
    doc.boards[id] = { id, kind: 'whiteboard', name: 'Fritt lerret', order: 2, props: {} };
    expect(() => perform(doc, placeActorsOnMap, { boardId: id, actorIds: [aid('nav')] })).toThrow(OperationError);
  });

  it('recognises the user for the centre, and not family or user organisations', () => {
    expect(isCentreActor({ category: 'user', name: 'Brukeren', shortName: '' })).toBe(true);
    expect(isCentreActor({ category: 'user', name: 'Pasienten', shortName: '' })).toBe(true);
    expect(isCentreActor({ category: 'user', name: 'Bruker', shortName: 'Bruker' })).toBe(true);
    expect(isCentreActor({ category: 'user', name: 'The user', shortName: '' })).toBe(true);
    expect(isCentreActor({ category: 'user', name: 'Pårørende', shortName: '' })).toBe(false);
    expect(isCentreActor({ category: 'userOrg', name: 'Brukerorganisasjoner', shortName: '' })).toBe(false);
  });
});

describe('the template "Aktørkart – psykisk helse og rus"', () => {
  it('puts the catalogue’s "Bruker" in the centre of a new workshop’s map', () => {
    const s = new Session(workshop([]));
    const id = newBoardId();
    s.run(addBoard, { id, kind: 'actorMap', name: 'Aktørkart 1', withTemplate: true });
    const centre = chipsOfBoard(s.doc.items, id).filter((c) => ringAt(centreOf(c), 4) === 0);
    expect(centre.map((c) => s.doc.actors[c.props.actorId]!.name)).toEqual(['Bruker']);
  });

  it('starts with the user in the centre and the usual actors on their rings, reusing registry actors', () => {
    const s = new Session(workshop());
    const id = newBoardId();
    s.run(addBoard, { id, kind: 'actorMap', name: 'Aktørkart 2', withTemplate: true });
    const chips = chipsOfBoard(s.doc.items, id);
    expect(chips.length).toBe(mentalHealthTemplateActors.length);
    const centre = chips.find((c) => ringAt(centreOf(c), 4) === 0)!;
    // The workshop's "Brukeren" (short name "Bruker") is the catalogue's "Bruker": reused, in the centre.
    expect(centre.props.actorId).toBe(aid('bruker'));
    expect(chips.map((c) => c.props.actorId)).toEqual(expect.arrayContaining([aid('nav'), aid('fastlege')]));
    expect(Object.values(s.doc.actors).filter((a) => a.name === 'NAV')).toHaveLength(1);
    for (let i = 0; i < chips.length; i++) for (let j = i + 1; j < chips.length; j++) expect(overlaps(chips[i]!, chips[j]!, 0)).toBe(false);
    expect(s.steps).toBe(1);

    // A second map from the template adds nothing to the registry, and an actor sits on both maps.
    const count = Object.keys(s.doc.actors).length;
    const second = newBoardId();
    s.run(addBoard, { id: second, kind: 'actorMap', name: 'Aktørkart 3', withTemplate: true });
    expect(Object.keys(s.doc.actors)).toHaveLength(count);
    expect(chipOfActor(s.doc.items, second, aid('nav'))).toBeDefined();
    expect(chipOfActor(s.doc.items, id, aid('nav'))).toBeDefined();
  });

  it('a duplicated map keeps its relations (they name actors, not chips)', () => {
    const s = new Session(workshop()).run(placeActorsOnMap, { boardId: mapId, actorIds: everyone });
    s.run(addRelation, { boardId: mapId, relation: { id: 'r_a', actorIds: [aid('nav'), aid('dps')], type: 'informal', label: 'Ad hoc' } });
    const copy = newBoardId();
    s.run(duplicateBoard, { id: mapId, newId: copy, name: 'Aktørkart – ønsket situasjon' });
    expect(readActorMapProps(s.doc.boards[copy]!.props).relations).toHaveLength(1);
    expect(chipsOfBoard(s.doc.items, copy)).toHaveLength(6);
    expect(boardsInOrder(s.doc)).toHaveLength(2);
  });
});
