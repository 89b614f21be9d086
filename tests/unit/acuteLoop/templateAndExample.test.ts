import { describe, expect, it } from 'vitest';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { acuteLoopKind } from '../../../shared/kinds/acuteLoop/index.ts';
import { outsideOfficeShare, percentOf } from '../../../shared/kinds/acuteLoop/officeHours.ts';
import { readAcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { loopView } from '../../../shared/kinds/acuteLoop/stationViews.ts';
import { brokenTransitions } from '../../../shared/kinds/acuteLoop/transitions.ts';
import { getBoardKind } from '../../../shared/kinds/registry.ts';
import { ActorSchema } from '../../../shared/model/records.ts';
import { actor, loopOf, names, workshopWithLoop } from './fixtures.ts';

describe('the template “Et døgn i pasientens liv”', () => {
  it('is registered as the acute-loop kind', () => {
    expect(getBoardKind('acuteLoop')).toBe(acuteLoopKind);
  });

  it('has the usual stations in order, each with its actor from the registry', () => {
    const { doc, boardId } = workshopWithLoop({ template: true });
    const props = loopOf(doc, boardId);
    expect(names(props)).toEqual(['Hjemme', 'Krise', 'Legevakt', 'Politi', 'PAM (psykiatrisk akuttmottak)', 'Innleggelse', 'Utskrivning', 'DPS', 'Kommunal oppfølging']);
    const view = loopView(props, doc.actors);
    expect(view.stations.map((s) => s.actor?.shortName)).toEqual(['Bruker', 'Bruker', 'Legevakt', 'Politi', 'PAM', 'PAM', 'PAM', 'DPS', 'Psykisk helse og rus']);
    expect(view.stations.map((s) => s.laneId)).toEqual(['user', 'user', 'municipality', 'other', 'specialist', 'specialist', 'specialist', 'specialist', 'municipality']);
    for (const a of Object.values(doc.actors)) expect(ActorSchema.safeParse(a).error).toBeUndefined();
    expect(props.officeHours).toEqual({ start: 480, end: 930 });
    // Times and pain points are the group's to fill in.
    expect(props.stations.every((s) => s.timeOfDay === null && s.painPoints.length === 0)).toBe(true);
  });

  it('reuses actors the workshop already has (by name or short name) instead of duplicating them', () => {
    const politiet = actor('Politiet', 'other', 'Politi');
    const legevakt = actor('Legevakt', 'municipality');
    const { doc, boardId } = workshopWithLoop({ template: true, actors: [politiet, legevakt] });
    const view = loopView(loopOf(doc, boardId), doc.actors);
    expect(view.stations[3]!.actor?.id).toBe(politiet.id);
    expect(view.stations[2]!.actor?.id).toBe(legevakt.id);
    const namesInRegistry = Object.values(doc.actors).map((a) => a.name);
    expect(new Set(namesInRegistry).size).toBe(namesInRegistry.length);
    expect(namesInRegistry.filter((n) => /politi/i.test(n))).toEqual(['Politiet']);
  });

  it('adds no actors twice when a second loop is made from it', () => {
    const { doc } = workshopWithLoop({ template: true });
    const before = Object.keys(doc.actors).length;
    const again = workshopWithLoop({ template: true, actors: Object.values(doc.actors) });
    expect(Object.keys(again.doc.actors)).toHaveLength(before);
  });
});

describe('the example workshop’s acute loop', () => {
  const doc = buildExampleWorkshop();
  const board = Object.values(doc.boards).find((b) => b.kind === 'acuteLoop')!;
  const props = readAcuteLoopProps(board.props);

  it('is a filled loop for Værnesregionen, valid against the kind’s schema', () => {
    expect(board.name).toBe('Akuttloopen i Værnesregionen');
    expect(acuteLoopKind.propsSchema.safeParse(board.props).error).toBeUndefined();
    expect(props.stations).toHaveLength(9);
    expect(props.stations.every((s) => s.timeOfDay !== null && s.durationMinutes !== null && s.responsible.actorId !== null)).toBe(true);
    expect(props.needs.length).toBeGreaterThanOrEqual(5);
    expect(props.figures).toEqual({ loopsPerYear: 17, patients: 20 });
  });

  it('uses the example’s own actors (Stjørdal DPS, Legevakt, Politiet) and keeps the registry complete', () => {
    const view = loopView(props, doc.actors);
    const actorNames = view.stations.map((s) => s.actor?.name);
    expect(actorNames).toContain('Stjørdal DPS');
    expect(actorNames).toContain('Legevakt');
    expect(actorNames).toContain('Politiet');
    expect(actorNames).toContain('Psykisk helse og rus, Stjørdal');
    for (const a of Object.values(doc.actors)) {
      expect(a.importance, a.name).not.toBe('');
      expect(a.strategy, a.name).not.toBe('');
    }
  });

  it('shows Bergen’s finding: 76 % of admissions outside office hours, and two broken transitions', () => {
    const share = outsideOfficeShare(props.hourly.counts, props.officeHours);
    expect(percentOf(share.outsideShare)).toEqual({ kind: 'exact', value: 76 });
    expect(brokenTransitions(props.stations, props.transitions).map((t) => t.note)).toEqual([
      'Ingen time avtalt før utskrivning',
      'Ingen tilbud på kveld og i helg',
    ]);
  });
});
