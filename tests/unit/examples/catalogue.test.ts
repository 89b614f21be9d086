import { describe, expect, it } from 'vitest';
import { actorCatalogue, actorFromCatalogue, searchCatalogue } from '../../../shared/actors/catalogue.ts';
import { actorCategoryValues, ActorSchema } from '../../../shared/model/records.ts';

const names = (query: string, locale?: string) => searchCatalogue(query, locale).map((e) => e.name);

describe('the actor catalogue', () => {
  it('covers every category and has unique names', () => {
    const categories = new Set(actorCatalogue.map((e) => e.category));
    expect([...categories].sort()).toEqual([...actorCategoryValues].sort());
    const all = actorCatalogue.map((e) => e.name);
    expect(new Set(all).size).toBe(all.length);
  });

  it('holds the domain’s actors', () => {
    const short = new Set(actorCatalogue.map((e) => e.shortName));
    for (const s of ['Bruker', 'Pårørende', 'NAV', 'Fastlege', 'Legevakt', 'PPT', 'Koordinerende enhet', 'DPS', 'BUP', 'PAM', 'TSB',
      'Ambulant team', 'Mental Helse', 'RIO', 'A-larm', 'ADHD-foreningen', 'Statsforvalteren', 'KS', 'Helsedirektoratet',
      'NAPHA', 'KoRus', 'KBT', 'InnoMed', 'Politi', 'Arbeidsgiver']) {
      expect(short.has(s), s).toBe(true);
    }
  });

  it('finds Fastlege from "fast", in any case', () => {
    expect(names('fast')).toContain('Fastlege');
    expect(names('FAST')).toContain('Fastlege');
    expect(names('  Fast ')[0]).toBe('Fastlege');
  });

  it('treats æ, ø and å as letters of their own', () => {
    expect(names('pår')).toContain('Pårørende');
    expect(names('PÅR')).toContain('Pårørende');
    expect(names('par')).not.toContain('Pårørende');
    expect(names('parorende')).not.toContain('Pårørende');
    expect(names('rør')).toContain('Pårørende');
    expect(names('ror')).not.toContain('Pårørende');
    // A decomposed å (a + combining ring, as some keyboards and file systems produce) still matches.
    expect(names('pa\u030Ar')).toContain('Pårørende');
  });

  it('matches short names and every word of the query', () => {
    expect(names('dps')[0]).toBe('Distriktspsykiatrisk senter (DPS)');
    expect(names('psyk rus')).toContain('Psykisk helse- og rustjeneste');
    expect(names('rus')).toEqual(expect.arrayContaining(['Kompetansesenter rus (KoRus)', 'Tverrfaglig spesialisert rusbehandling (TSB)']));
    expect(names('finnes ikke')).toEqual([]);
  });

  it('returns the whole catalogue for an empty query', () => {
    expect(searchCatalogue('')).toEqual([...actorCatalogue]);
    expect(searchCatalogue('   ')).toHaveLength(actorCatalogue.length);
  });

  it('makes a valid actor with a new id and empty stakeholder fields', () => {
    const entry = searchCatalogue('pår')[0];
    expect(entry).toBeDefined();
    if (!entry) return;
    const a = actorFromCatalogue(entry, 7);
    expect(ActorSchema.safeParse(a).error).toBeUndefined();
    expect(a).toMatchObject({ name: 'Pårørende', category: 'user', order: 7, importance: '', influence: '', strategy: '', interest: '' });
    expect(actorFromCatalogue(entry, 8).id).not.toBe(a.id);
    for (const e of actorCatalogue) expect(ActorSchema.safeParse(actorFromCatalogue(e, 1)).error, e.name).toBeUndefined();
  });
});
