import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { actorCatalogue } from '../../../shared/actors/catalogue.ts';
import { catalogueEntryNamed, ensureCatalogueActor, findActorByName, findCatalogueActor, foldName } from '../../../shared/actors/findActor.ts';
import { newActorId } from '../../../shared/model/ids.ts';
import { actor, aid, workshop } from '../actorMap/fixtures.ts';

/** The one rule every kind, the registry and the CSV import use to find-or-add an actor. */

const entry = (name: string) => {
  const found = actorCatalogue.find((e) => e.name === name);
  if (!found) throw new Error(name);
  return found;
};

describe('folding names', () => {
  it('ignores case, Unicode form and runs of white space, but keeps æ, ø and å letters of their own', () => {
    expect(foldName('  Psykisk   helse\tog rus ')).toBe('psykisk helse og rus');
    expect(foldName('PÅRØRENDE')).toBe('pårørende');
    expect(foldName('Pa\u030arørende')).toBe(foldName('Pårørende'));
    expect(foldName('Pårørende')).not.toBe(foldName('Parorende'));
    expect(foldName('Æ')).not.toBe(foldName('Ae'));
    expect(foldName('Snåase – Snåsa')).toBe('snåase – snåsa');
    expect(foldName('   ')).toBe('');
  });
});

describe('finding an actor by name', () => {
  const doc = workshop([
    actor('snasa', 'Snåase – Snåsa kommune', 'municipality', { shortName: 'Snåase', order: 1 }),
    actor('politiet', 'Politiet', 'other', { shortName: 'Politi', order: 2 }),
    actor('politi', 'Politi', 'premise', { order: 3 }),
    actor('kautokeino', 'Guovdageainnu suohkan', 'municipality', { shortName: 'Kautokeino', order: 4 }),
  ]);

  it('finds a full name before a short name, whatever the registry order', () => {
    expect(findActorByName(doc.actors, 'politi')?.id).toBe(aid('politi'));
    expect(findActorByName(doc.actors, 'POLITIET')?.id).toBe(aid('politiet'));
  });

  it('finds Sami names written with other case, spacing or a decomposed å', () => {
    expect(findActorByName(doc.actors, '  snåase –  SNÅSA kommune')?.id).toBe(aid('snasa'));
    expect(findActorByName(doc.actors, 'Sna\u030aase')?.id).toBe(aid('snasa'));
    expect(findActorByName(doc.actors, 'guovdageainnu suohkan')?.id).toBe(aid('kautokeino'));
    expect(findActorByName(doc.actors, 'kautokeino')?.id).toBe(aid('kautokeino'));
  });

  it('finds nothing for a blank name, a name without its å, or a blank short name', () => {
    expect(findActorByName(doc.actors, '  ')).toBeUndefined();
    expect(findActorByName(doc.actors, 'Snaase')).toBeUndefined();
    const blankShort = workshop([actor('x', 'Noe', 'other', { shortName: '' })]);
    expect(findActorByName(blankShort.actors, '')).toBeUndefined();
  });
});

describe('finding the registry actor for a catalogue entry', () => {
  it('matches the entry name in any category, the short forms only in the entry category', () => {
    const doc = workshop([
      actor('legevakt', 'legevakt', 'other', { order: 1 }),
      actor('dps', 'Stjørdal DPS', 'specialist', { shortName: 'DPS', order: 2 }),
      actor('pam', 'Pasient- og pårørendeombud', 'premise', { shortName: 'PAM', order: 3 }),
    ]);
    expect(findCatalogueActor(doc.actors, entry('Legevakt'))?.id).toBe(aid('legevakt'));
    expect(findCatalogueActor(doc.actors, entry('Distriktspsykiatrisk senter (DPS)'))?.id).toBe(aid('dps'));
    // "PAM" here is another organisation in another category: the psychiatric emergency unit is not it.
    expect(findCatalogueActor(doc.actors, entry('Psykiatrisk akuttmottak (PAM)'))).toBeUndefined();
  });

  it('knows the example\'s plural names by their short names ("Fastlegene" is "Fastlege")', () => {
    const doc = workshop();
    expect(findCatalogueActor(doc.actors, entry('Fastlege'))?.id).toBe(aid('fastlege'));
    expect(findCatalogueActor(doc.actors, entry('Statsforvalteren'))?.id).toBe(aid('sf'));
    expect(findCatalogueActor(doc.actors, entry('Bruker'))?.id).toBe(aid('bruker'));
  });

  it('looks entries up by the catalogue spelling only', () => {
    expect(catalogueEntryNamed('Fastlege')?.category).toBe('municipality');
    expect(catalogueEntryNamed('fastlege')).toBeUndefined();
    expect(catalogueEntryNamed('Ikke i katalogen')).toBeUndefined();
  });
});

describe('find-or-add', () => {
  it('returns the existing actor id, not the caller\'s id, and adds nothing', () => {
    const before = workshop();
    const callerId = newActorId();
    let got = '';
    const after = produce(before, (draft) => {
      got = ensureCatalogueActor(draft, 'Fastlege', { id: callerId, extra: { importance: 'C' } });
    });
    expect(got).toBe(aid('fastlege'));
    expect(after).toBe(before);
  });

  it('adds a missing entry last, under the caller\'s id when given, with the extra fields', () => {
    const doc = workshop();
    const callerId = newActorId();
    const added = produce(doc, (draft) => {
      expect(ensureCatalogueActor(draft, entry('Barne- og ungdomspsykiatrisk poliklinikk (BUP)'), { id: callerId, extra: { importance: 'B' } })).toBe(callerId);
    });
    expect(added.actors[callerId]).toMatchObject({ id: callerId, name: 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)', shortName: 'BUP', category: 'specialist', importance: 'B', order: 7 });
    const again = produce(added, (draft) => {
      expect(ensureCatalogueActor(draft, 'Barne- og ungdomspsykiatrisk poliklinikk (BUP)')).toBe(callerId);
    });
    expect(Object.keys(again.actors)).toHaveLength(7);
  });

  it('makes its own id when the caller gives none, and refuses a name missing from the catalogue', () => {
    const doc = workshop([]);
    const next = produce(doc, (draft) => {
      const id = ensureCatalogueActor(draft, 'Pårørende');
      expect(draft.actors[id]?.name).toBe('Pårørende');
    });
    expect(Object.values(next.actors)).toHaveLength(1);
    expect(() => produce(doc, (draft) => void ensureCatalogueActor(draft, 'Pårørende og venner'))).toThrow(/not in the actor catalogue/);
  });
});
