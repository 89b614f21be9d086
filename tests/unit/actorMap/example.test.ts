import { describe, expect, it } from 'vitest';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { actorMapExampleActors } from '../../../shared/kinds/actorMap/example.ts';
import { usesOfActor } from '../../../shared/actors/references.ts';
import { chipsOfBoard } from '../../../shared/kinds/actorMap/chip.ts';
import { gridPositionOf, quadrantOf } from '../../../shared/kinds/actorMap/grid.ts';
import { actorMapKind } from '../../../shared/kinds/actorMap/index.ts';
import { overlaps } from '../../../shared/kinds/actorMap/layout.ts';
import { relationTypes } from '../../../shared/kinds/actorMap/props.ts';
import { ringAt } from '../../../shared/kinds/actorMap/rings.ts';
import { ActorSchema, ItemSchema } from '../../../shared/model/records.ts';

const mapOf = (doc: ReturnType<typeof buildExampleWorkshop>) => Object.values(doc.boards).find((b) => b.kind === 'actorMap')!;

describe('the example workshop’s actor map', () => {
  const doc = buildExampleWorkshop();
  const board = mapOf(doc);

  it('is a valid actor map named for Værnesregionen', () => {
    expect(board.name).toBe('Aktørkart – Værnesregionen');
    expect(actorMapKind.propsSchema.safeParse(board.props).error).toBeUndefined();
  });

  it('has the region’s actors on it once each, the user in the centre, no chips overlapping', () => {
    const chips = chipsOfBoard(doc.items, board.id);
    const onMap = chips.map((c) => doc.actors[c.props.actorId]!.name);
    expect(new Set(onMap).size).toBe(chips.length);
    expect(chips.length).toBe(actorMapExampleActors.length);
    for (const name of ['Brukeren', 'Pårørende', 'Psykisk helse og rus, Tydal', 'Stjørdal DPS', 'Fastlegene', 'Mental Helse', 'KS Trøndelag', 'Politiet']) {
      expect(onMap, name).toContain(name);
    }
    for (const chip of chips) expect(ItemSchema.safeParse(chip).error).toBeUndefined();
    const centre = chips.find((c) => ringAt({ x: c.x + c.w / 2, y: c.y + c.h / 2 }, 4) === 0)!;
    expect(doc.actors[centre.props.actorId]!.name).toBe('Brukeren');
    for (let i = 0; i < chips.length; i++) for (let j = i + 1; j < chips.length; j++) expect(overlaps(chips[i]!, chips[j]!, 0)).toBe(false);
  });

  it('shows every relation type between real actors of the registry, with Stjørdal DPS in the middle of it', () => {
    const relations = actorMapKind.propsSchema.parse(board.props).relations;
    expect(new Set(relations.map((r) => r.type))).toEqual(new Set(relationTypes));
    for (const r of relations) for (const id of r.actorIds) expect(doc.actors[id], id).toBeDefined();
    const dps = Object.values(doc.actors).find((a) => a.name === 'Stjørdal DPS')!;
    expect(usesOfActor(doc, dps.id).filter((u) => u.path[0] === 'relations').length).toBeGreaterThanOrEqual(4);
  });

  it('places every actor on the power/interest grid, with key players among them', () => {
    for (const chip of chipsOfBoard(doc.items, board.id)) {
      const a = doc.actors[chip.props.actorId]!;
      expect(ActorSchema.safeParse(a).error).toBeUndefined();
      expect(gridPositionOf(a), a.name).not.toBeNull();
    }
    const engage = Object.values(doc.actors).filter((a) => quadrantOf(gridPositionOf(a)) === 'engage').map((a) => a.name);
    expect(engage).toEqual(expect.arrayContaining(['Stjørdal DPS', 'KS Trøndelag']));
  });
});
