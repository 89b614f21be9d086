import { describe, expect, it } from 'vitest';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { puzzleProps, slotKey } from '../../../shared/kinds/puzzle/boardProps.ts';
import { PiecePropsSchema } from '../../../shared/kinds/puzzle/piece.ts';
import { piecesOf } from '../../../shared/kinds/puzzle/placement.ts';
import { summarise } from '../../../shared/kinds/puzzle/summary.ts';
import { templateServices } from '../../../shared/kinds/puzzle/template.ts';
import { ItemSchema } from '../../../shared/model/records.ts';
import { PuzzleFixture, provider } from './fixtures.ts';

describe('the template', () => {
  it('lays out the usual services for children and youth as loose pieces, each with a provider', () => {
    const f = new PuzzleFixture({ template: true });
    const pieces = f.pieces();
    expect(pieces).toHaveLength(templateServices.length);
    const s = summarise(f.props, pieces, f.doc.actors);
    expect(s.placed).toBe(0);
    expect(s.byCategory.find((c) => c.category === 'none')).toBeUndefined();
    const providers = pieces.map((p) => f.doc.actors[p.props.actorId as never]!.name);
    for (const name of ['Helsestasjon', 'Skolehelsetjenesten', 'Pedagogisk-psykologisk tjeneste (PPT)', 'Barnevern', 'Fastlege', 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)', 'Psykisk helse- og rustjeneste']) {
      expect(providers).toContain(name);
    }
    for (const p of pieces) {
      expect(ItemSchema.safeParse(p).error).toBeUndefined();
      expect(PiecePropsSchema.safeParse(p.props).error).toBeUndefined();
    }
  });

  it('reuses actors the workshop already has, by name or short name, instead of adding duplicates', () => {
    const fastlegene = { ...provider('Fastlegene', 'municipality'), shortName: 'Fastlege' };
    const bup = { ...provider('BUP Helse Nord-Trøndelag', 'specialist'), shortName: 'BUP' };
    const f = new PuzzleFixture({ template: true, actors: [fastlegene, bup] });
    const names = Object.values(f.doc.actors).map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((n) => /fastleg/i.test(n))).toEqual(['Fastlegene']);
    expect(names.filter((n) => /BUP/.test(n))).toEqual(['BUP Helse Nord-Trøndelag']);
    // A second puzzle board adds no actors at all.
    const count = names.length;
    const g = new PuzzleFixture({ template: true, actors: Object.values(f.doc.actors) });
    expect(Object.keys(g.doc.actors)).toHaveLength(count);
  });
});

describe('the example workshop’s puzzle', () => {
  const doc = buildExampleWorkshop();
  const board = Object.values(doc.boards).find((b) => b.kind === 'puzzle')!;

  it('is a filled SAMMEN puzzle for children and youth in Stjørdal, with gaps and notes on them', () => {
    expect(board.name).toBe('SAMMEN – barn og unge i Stjørdal');
    const grid = puzzleProps(board);
    const pieces = piecesOf(doc.items, board.id);
    const s = summarise(grid, pieces, doc.actors);
    expect(s.placed).toBeGreaterThanOrEqual(12);
    expect(s.loose).toBeGreaterThanOrEqual(1);
    expect(s.gaps).toBeGreaterThanOrEqual(2);
    expect(s.byCategory.map((c) => c.category)).toEqual(expect.arrayContaining(['municipality', 'specialist', 'userOrg']));
    expect(s.byCategory.find((c) => c.category === 'none')).toBeUndefined();
    expect(grid.gapNotes[slotKey(grid.rows[2]!.id, grid.columns[0]!.id)]).toMatch(/skolevegring/);
  });

  it('refers to providers by id only, to actors that exist, and adds no duplicate actors', () => {
    for (const piece of piecesOf(doc.items, board.id)) {
      expect(doc.actors[piece.props.actorId as never], String(piece.props.text)).toBeDefined();
      expect(Object.values(piece.props)).not.toContain(doc.actors[piece.props.actorId as never]!.name);
    }
    const names = Object.values(doc.actors).map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    const orders = Object.values(doc.actors).map((a) => a.order);
    expect(new Set(orders).size).toBe(orders.length);
    for (const a of Object.values(doc.actors)) expect([a.importance, a.influence, a.strategy].includes(''), a.name).toBe(false);
  });

  it('uses seed 004’s numbers for BUP', () => {
    const texts = piecesOf(doc.items, board.id).map((p) => JSON.stringify(p.props));
    expect(texts.some((t) => t.includes('439'))).toBe(true);
  });
});

describe('a piece’s name', () => {
  it('is stored as `text`, where the canvas’s search and accessible list read an item’s words', () => {
    const f = new PuzzleFixture();
    const id = f.piece('Helsestasjon for ungdom');
    expect(f.item(id).props['text']).toBe('Helsestasjon for ungdom');
  });
});
