import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildExampleWorkshop, vaernesMunicipalities } from '../../../shared/examples/vaernesregionen.ts';
import { whiteboardKind } from '../../../shared/kinds/whiteboard/index.ts';
import { boardKinds } from '../../../shared/kinds/registry.ts';
import { collectionNames } from '../../../shared/model/document.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import {
  ActorSchema,
  BoardSchema,
  GatheringSchema,
  ItemSchema,
  ParticipantSchema,
  WorkshopMetaSchema,
} from '../../../shared/model/records.ts';

/** The sticky-note props the example promises (the note item type's own schema lives with the renderer). */
const NotePropsSchema = z.strictObject({
  text: z.string().min(1),
  color: z.enum(['yellow', 'blue', 'green', 'pink', 'orange']),
  fontSize: z.literal(28),
  fit: z.literal('grow'),
});

const schemas = {
  gatherings: GatheringSchema,
  participants: ParticipantSchema,
  actors: ActorSchema,
  boards: BoardSchema,
  items: ItemSchema,
} as const;

/** The document with every id replaced by its position of first appearance, for comparing two builds. */
function withoutIds(doc: WorkshopDoc): unknown {
  const ids = new Map<string, string>();
  const canonical = (id: string) => {
    if (!ids.has(id)) ids.set(id, `#${ids.size}`);
    return ids.get(id);
  };
  const json = JSON.stringify(doc);
  return JSON.parse(json.replace(/"[a-z]_[0-9A-Za-z_-]{16}"/g, (m) => JSON.stringify(canonical(m.slice(1, -1)))));
}

describe('the Værnesregionen example workshop', () => {
  const doc = buildExampleWorkshop();

  it('validates every record against its schema', () => {
    expect(WorkshopMetaSchema.safeParse(doc.meta).error).toBeUndefined();
    for (const name of collectionNames) {
      const records = Object.entries(doc[name]);
      expect(records.length, name).toBeGreaterThan(0);
      for (const [key, record] of records) {
        const parsed = schemas[name].safeParse(record);
        expect(parsed.error, `${name} ${key}`).toBeUndefined();
        expect((record as { id: string }).id).toBe(key);
      }
    }
  });

  it('has the seeds’ title, region, four gatherings in date order, and a process guide', () => {
    expect(doc.meta.title).toBe('Læringsnettverk psykisk helse og rus – Værnesregionen');
    expect(doc.meta.region).toBe('Værnesregionen');
    expect(doc.meta.facilitator).not.toBe('');
    const gatherings = Object.values(doc.gatherings).sort((a, b) => a.order - b.order);
    expect(gatherings.map((g) => g.date)).toEqual(['2019-09-17', '2020-01-20', '2020-05-26', '2021-03-16']);
  });

  it('has the five municipalities and HNT Stjørdal DPS as actors', () => {
    const actors = Object.values(doc.actors);
    for (const municipality of vaernesMunicipalities) {
      expect(
        actors.some((a) => a.category === 'municipality' && a.organisation === `${municipality} kommune`),
        municipality,
      ).toBe(true);
    }
    expect(vaernesMunicipalities).toEqual(['Stjørdal', 'Meråker', 'Selbu', 'Tydal', 'Frosta']);
    const dps = actors.find((a) => a.name === 'Stjørdal DPS');
    expect(dps?.category).toBe('specialist');
    expect(dps?.organisation).toBe('Helse Nord-Trøndelag HF');
  });

  it('fills the actor registry with every category and stakeholder assessments', () => {
    const actors = Object.values(doc.actors);
    const categories = new Set(actors.map((a) => a.category));
    expect([...categories].sort()).toEqual(['competence', 'municipality', 'other', 'premise', 'specialist', 'user', 'userOrg']);
    for (const a of actors) {
      expect(a.importance, a.name).not.toBe('');
      expect(a.influence, a.name).not.toBe('');
      expect(a.strategy, a.name).not.toBe('');
    }
    expect(actors.some((a) => a.strategy === 'Forankring lokalt')).toBe(true);
    expect(actors.some((a) => a.strategy === 'Deltakelse i arbeidsgruppa')).toBe(true);
    const names = actors.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    const orders = actors.map((a) => a.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('has a coordinator, a user representative and someone from each municipality and the DPS', () => {
    const participants = Object.values(doc.participants);
    expect(participants.some((p) => /koordinator/i.test(p.role))).toBe(true);
    expect(participants.some((p) => p.role === 'Brukerrepresentant')).toBe(true);
    for (const municipality of vaernesMunicipalities) {
      expect(participants.some((p) => p.organisation === `${municipality} kommune`), municipality).toBe(true);
    }
    expect(participants.some((p) => p.organisation.includes('Stjørdal DPS'))).toBe(true);
  });

  it('has one whiteboard of improvement areas with a neat grid of sticky notes', () => {
    // Other boards (actor map, HUKI, acute loop, puzzle) are filled by their own kinds' examples.
    const boards = Object.values(doc.boards).filter((b) => b.kind === 'whiteboard');
    expect(boards).toHaveLength(1);
    const [board] = boards;
    expect(board?.name).toBe('Forbedringsområder');
    expect(whiteboardKind.propsSchema.safeParse(board?.props).error).toBeUndefined();

    const items = Object.values(doc.items).filter((i) => i.boardId === board?.id).sort((a, b) => a.z - b.z);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.map((i) => i.z)).toEqual(items.map((_, n) => n + 1));
    for (const item of items) {
      expect(item.boardId).toBe(board?.id);
      expect(item.type).toBe('note');
      expect(NotePropsSchema.safeParse(item.props).error).toBeUndefined();
      expect([item.w, item.h, item.rotation, item.parentId, item.groupId, item.locked]).toEqual([240, 160, 0, null, null, false]);
      expect(item.x % (240 + 40)).toBe(0);
      expect(item.y % (160 + 40)).toBe(0);
    }
    const cells = new Set(items.map((i) => `${i.x},${i.y}`));
    expect(cells.size).toBe(items.length);
    expect(items.some((i) => String(i.props.text).includes('Stjørdal DPS'))).toBe(true);
  });

  it('shows every board kind this version knows, each with its props valid', () => {
    for (const kind of boardKinds()) {
      const board = Object.values(doc.boards).find((b) => b.kind === kind.kind);
      expect(board, kind.kind).toBeDefined();
      expect(kind.propsSchema.safeParse(board?.props).error, kind.kind).toBeUndefined();
    }
  });

  it('is deterministic apart from ids, and every build gets new ids', () => {
    const again = buildExampleWorkshop();
    expect(withoutIds(again)).toEqual(withoutIds(doc));
    const firstIds = new Set(Object.keys(doc.actors));
    expect(Object.keys(again.actors).some((id) => firstIds.has(id))).toBe(false);
  });

  it('returns a fresh document each time (no shared mutable state)', () => {
    const a = buildExampleWorkshop();
    a.meta.title = 'Endret';
    expect(buildExampleWorkshop().meta.title).toBe('Læringsnettverk psykisk helse og rus – Værnesregionen');
  });
});
