import { describe, expect, it } from 'vitest';
import { newActorId, type ItemId } from '../../../shared/model/ids.ts';
import { OperationError } from '../../../shared/ops/operation.ts';
import { collectActorUses, usesOfActor } from '../../../shared/actors/references.ts';
import {
  addActor,
  addActorsFromCatalogue,
  deleteActor,
  editActor,
  mergeActors,
} from '../../../shared/actors/registryOps.ts';
import { findCatalogueActor } from '../../../shared/actors/findActor.ts';
import { actorCatalogue } from '../../../shared/actors/catalogue.ts';
import { chipName } from '../../../shared/actors/shortName.ts';
import { chipsOfBoard } from '../../../shared/kinds/actorMap/chip.ts';
import { addRelation, placeActorsOnMap } from '../../../shared/kinds/actorMap/ops.ts';
import { readActorMapProps } from '../../../shared/kinds/actorMap/props.ts';
import { actor, aid, mapId, Session, workshop } from './fixtures.ts';

/** A second map, and a board of another kind that refers to actors in its own way. */
function busyWorkshop() {
  const doc = workshop();
  const other = 'b_huki' as typeof mapId;
  doc.boards[other] = {
    id: other, kind: 'huki', name: 'HUKI – utskrivning', order: 2,
    props: { columns: [{ id: 'c1', actorId: aid('nav') }, { id: 'c2', actorId: aid('dps') }], owners: { actorIds: [aid('nav'), aid('sf')] } },
  };
  const station = 'i_station' as ItemId;
  doc.items[station] = {
    id: station, boardId: other, type: 'loopStation', x: 0, y: 0, w: 100, h: 100, rotation: 0, z: 1, parentId: null, groupId: null, locked: false,
    props: { title: 'Legevakt', actorId: aid('nav'), notes: [{ text: 'Venter', actorIds: [aid('dps'), aid('nav')] }] },
  };
  const s = new Session(doc)
    .run(placeActorsOnMap, { boardId: mapId, actorIds: [aid('bruker'), aid('stjordal'), aid('dps'), aid('nav'), aid('fastlege')] })
    .run(addRelation, { boardId: mapId, relation: { id: 'r_1', actorIds: [aid('stjordal'), aid('dps')], type: 'formal', label: 'Samarbeidsavtale' } })
    .run(addRelation, { boardId: mapId, relation: { id: 'r_2', actorIds: [aid('nav'), aid('stjordal')], type: 'regular', label: '' } })
    .run(addRelation, { boardId: mapId, relation: { id: 'r_3', actorIds: [aid('fastlege'), aid('dps')], type: 'weak', label: 'Lite kontakt' } });
  return { s, other, station };
}

describe('the actor registry: references', () => {
  it('finds every use of an actor by the actorId/actorIds convention, at any depth, on every board', () => {
    const { s, other, station } = busyWorkshop();
    const uses = usesOfActor(s.doc, aid('nav'));
    const onMap = uses.filter((u) => u.boardId === mapId);
    expect(onMap.filter((u) => u.itemType === 'actorChip')).toHaveLength(1);
    expect(onMap.filter((u) => u.itemId === null && u.path[0] === 'relations')).toHaveLength(1);
    const elsewhere = uses.filter((u) => u.boardId === other).map((u) => [u.itemId, u.path.join('.')]);
    expect(elsewhere).toEqual(
      expect.arrayContaining([
        [null, 'columns.0.actorId'],
        [null, 'owners.actorIds.0'],
        [station, 'actorId'],
        [station, 'notes.0.actorIds.1'],
      ]),
    );
    expect(collectActorUses(s.doc).get(aid('sf'))).toHaveLength(1);
  });
});

describe('the actor registry: operations', () => {
  it('adds actors from the catalogue, reusing one already there (same name, or same short name in the category)', () => {
    const s = new Session(workshop());
    const before = Object.keys(s.doc.actors).length;
    const fastlege = actorCatalogue.find((e) => e.name === 'Fastlege')!;
    const bup = actorCatalogue.find((e) => e.shortName === 'BUP')!;
    expect(findCatalogueActor(s.doc.actors, fastlege)?.id).toBe(aid('fastlege'));
    const bupId = newActorId();
    s.run(addActorsFromCatalogue, { entries: [{ id: newActorId(), name: fastlege.name }, { id: bupId, name: bup.name }] });
    expect(Object.keys(s.doc.actors).length).toBe(before + 1);
    expect(s.doc.actors[bupId]).toMatchObject({ name: bup.name, shortName: 'BUP', category: 'specialist', importance: '' });
    expect(s.steps).toBe(1);
    expect(() => s.run(addActorsFromCatalogue, { entries: [{ id: newActorId(), name: 'Ikke i katalogen' }] })).toThrow(OperationError);
  });

  it('adds a typed actor and refuses a blank name', () => {
    const s = new Session(workshop([]));
    const a = actor('snasa', 'Snåase – Snåsa kommune', 'municipality');
    s.run(addActor, { record: a });
    expect(s.doc.actors[a.id]!.name).toBe('Snåase – Snåsa kommune');
    expect(() => s.run(addActor, { record: { ...actor('x', '   ', 'other') } })).toThrow(OperationError);
  });

  it('edits any field; a rename shows on every board because boards hold only the id', () => {
    const { s } = busyWorkshop();
    s.run(editActor, { id: aid('nav'), patch: { name: 'NAV Stjørdal', importance: 'B', interestLevel: 'H', strategy: 'Holdes informert' } });
    expect(s.doc.actors[aid('nav')]).toMatchObject({ name: 'NAV Stjørdal', importance: 'B', interestLevel: 'H', strategy: 'Holdes informert' });
    expect(JSON.stringify(s.doc.boards) + JSON.stringify(s.doc.items)).not.toContain('NAV Stjørdal');
    expect(() => s.run(editActor, { id: aid('nav'), patch: { name: ' ' } })).toThrow(OperationError);
    expect(() => s.run(editActor, { id: aid('nav'), patch: { influence: 'X' as never } })).toThrow(OperationError);
  });

  it('merges two duplicates: every use follows, fields are filled, the map keeps one chip, in one undo step', () => {
    const { s, other, station } = busyWorkshop();
    // A duplicate of the DPS, on the same map, with its own relation and a stakeholder value the original lacks.
    const dup = actor('dps2', 'DPS Stjørdal', 'specialist', { strategy: 'Forankring lokalt', attitude: 'Positiv', interest: 'Prosjekteier' });
    s.doc = { ...s.doc, actors: { ...s.doc.actors, [dup.id]: dup } };
    s.run(placeActorsOnMap, { boardId: mapId, actorIds: [dup.id] })
      .run(addRelation, { boardId: mapId, relation: { id: 'r_4', actorIds: [dup.id, aid('nav')], type: 'informal', label: '' } })
      .run(addRelation, { boardId: mapId, relation: { id: 'r_5', actorIds: [dup.id, aid('stjordal')], type: 'formal', label: 'Avtale' } });
    s.doc = {
      ...s.doc,
      boards: { ...s.doc.boards, [other]: { ...s.doc.boards[other]!, props: { ...s.doc.boards[other]!.props, owners: { actorIds: [dup.id, aid('dps'), aid('nav')] } } } },
    };
    const before = s.doc;

    s.run(mergeActors, { keepId: aid('dps'), mergeId: dup.id });
    const after = s.doc;
    expect(after.actors[dup.id]).toBeUndefined();
    expect(after.actors[aid('dps')]).toMatchObject({ name: 'Stjørdal DPS', importance: 'A', influence: 'H', strategy: 'Forankring lokalt', attitude: 'Positiv', interest: 'Prosjekteier' });
    expect(usesOfActor(after, dup.id)).toEqual([]);
    // One chip of the DPS on the map, not two.
    expect(chipsOfBoard(after.items, mapId).filter((c) => c.props.actorId === aid('dps'))).toHaveLength(1);
    // Its relations moved over; the duplicate of DPS–Stjørdal (same type) collapsed into one.
    const relations = readActorMapProps(after.boards[mapId]!.props).relations;
    expect(relations.filter((r) => r.actorIds.includes(aid('dps')) && r.actorIds.includes(aid('stjordal')))).toHaveLength(1);
    expect(relations.some((r) => r.actorIds.includes(aid('dps')) && r.actorIds.includes(aid('nav')) && r.type === 'informal')).toBe(true);
    // The other board's list names the DPS once.
    expect((after.boards[other]!.props['owners'] as { actorIds: string[] }).actorIds).toEqual([aid('dps'), aid('nav')]);
    expect(after.items[station]).toEqual(before.items[station]);

    s.undo();
    expect(s.doc).toEqual(before);
  });

  it('refuses to merge an actor with itself or with one that does not exist', () => {
    const s = new Session(workshop());
    expect(() => s.run(mergeActors, { keepId: aid('nav'), mergeId: aid('nav') })).toThrow(OperationError);
    expect(() => s.run(mergeActors, { keepId: aid('nav'), mergeId: aid('finnesikke') })).toThrow(OperationError);
  });

  it('deletes an actor in use: lists the uses first, then its chips and relations go and other references are cleared; undo restores all', () => {
    const { s, other, station } = busyWorkshop();
    const uses = usesOfActor(s.doc, aid('nav'));
    expect(new Set(uses.map((u) => u.boardId))).toEqual(new Set([mapId, other]));
    const before = s.doc;

    s.run(deleteActor, { id: aid('nav') });
    const after = s.doc;
    expect(after.actors[aid('nav')]).toBeUndefined();
    expect(usesOfActor(after, aid('nav'))).toEqual([]);
    expect(chipsOfBoard(after.items, mapId).map((c) => c.props.actorId)).not.toContain(aid('nav'));
    expect(readActorMapProps(after.boards[mapId]!.props).relations.map((r) => r.id).sort()).toEqual(['r_1', 'r_3']);
    const props = after.boards[other]!.props as { columns: { id: string; actorId: string | null }[]; owners: { actorIds: string[] } };
    // A list entry that names the actor leaves the list; a single owner field becomes null.
    expect(props.columns).toEqual([{ id: 'c2', actorId: aid('dps') }]);
    expect(props.owners.actorIds).toEqual([aid('sf')]);
    expect(after.items[station]!.props['actorId']).toBeNull();
    expect((after.items[station]!.props['notes'] as { actorIds: string[] }[])[0]!.actorIds).toEqual([aid('dps')]);
    // Nothing else was touched.
    expect(after.items[chipsOfBoard(before.items, mapId).find((c) => c.props.actorId === aid('dps'))!.id]).toBe(
      before.items[chipsOfBoard(before.items, mapId).find((c) => c.props.actorId === aid('dps'))!.id],
    );

    s.undo();
    expect(s.doc).toEqual(before);
  });

  it('deletes an unused actor without touching any board', () => {
    const s = new Session(workshop());
    const before = s.doc;
    s.run(deleteActor, { id: aid('sf') });
    expect(s.doc.boards).toBe(before.boards);
    expect(s.doc.items).toBe(before.items);
  });
});

describe('renaming an actor', () => {
  it('carries a short name taken from the old name along, and keeps one that was chosen', () => {
    const s = new Session(workshop([
      actor('legevakt', 'Legevakt', 'municipality', { shortName: 'Legevakt' }),
      actor('dps', 'Distriktspsykiatrisk senter (DPS)', 'specialist', { shortName: 'DPS' }),
      actor('nav', 'NAV', 'municipality'),
      actor('fl', 'Fastlegene i Stjørdal', 'municipality', { shortName: 'Fastlege' }),
    ]));
    s.run(editActor, { id: aid('legevakt'), patch: { name: 'Legevakt Værnesregionen' } });
    s.run(editActor, { id: aid('dps'), patch: { name: 'Stjørdal distriktspsykiatriske senter (HNT DPS)' } });
    s.run(editActor, { id: aid('nav'), patch: { name: 'NAV Stjørdal' } });
    s.run(editActor, { id: aid('fl'), patch: { name: 'Fastlegene i Værnesregionen' } });
    const chip = (k: string) => chipName(s.doc.actors[aid(k)]!);
    expect(chip('legevakt')).toBe('Legevakt Værnesregionen');
    expect(chip('dps')).toBe('HNT DPS');
    expect(chip('nav')).toBe('NAV Stjørdal');
    expect(chip('fl')).toBe('Fastlege');
    // A short name given in the same edit wins.
    s.run(editActor, { id: aid('legevakt'), patch: { name: 'Interkommunal legevakt', shortName: 'IKL' } });
    expect(chip('legevakt')).toBe('IKL');
    s.undo();
    expect(chip('legevakt')).toBe('Legevakt Værnesregionen');
  });
});

