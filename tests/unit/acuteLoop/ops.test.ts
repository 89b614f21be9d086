import { describe, expect, it } from 'vitest';
import { applyPatches } from 'immer';
import { perform } from '../../../shared/ops/operation.ts';
import { OperationError } from '../../../shared/ops/operation.ts';
import { addBoard } from '../../../shared/ops/boardOps.ts';
import { newBoardId } from '../../../shared/model/ids.ts';
import {
  addLane, addNeed, addStation, addStationNote, moveLane, moveNeed, moveStation, removeLane, removeNeed, removeStation,
  removeStationNote, setOfficeHours, setTransition, updateFigures, updateHourly, updateLane, updateLoopSettings, updateNeed,
  updateStation, updateStationNote,
} from '../../../shared/kinds/acuteLoop/ops.ts';
import { maxStations, newNeedId, newNoteId, newStation } from '../../../shared/kinds/acuteLoop/schema.ts';
import { loopTransitions } from '../../../shared/kinds/acuteLoop/transitions.ts';
import { actor, loopOf, names, run, workshopWithLoop } from './fixtures.ts';

function withStations(...list: string[]) {
  const created = workshopWithLoop();
  const boardId = created.boardId;
  let doc = created.doc;
  list.forEach((name, i) => {
    doc = run(doc, addStation, { boardId, index: i, station: newStation(name) });
  });
  const id = (name: string) => loopOf(doc, boardId).stations.find((s) => s.name === name)!.id;
  return { doc, boardId, id };
}

describe('acute-loop operations', () => {
  it('add a station between two others, at the end, and at the start', () => {
    const { doc, boardId } = withStations('Hjemme', 'Legevakt');
    let next = run(doc, addStation, { boardId, index: 1, station: newStation('Krise') });
    expect(names(loopOf(next, boardId))).toEqual(['Hjemme', 'Krise', 'Legevakt']);
    next = run(next, addStation, { boardId, index: 99, station: newStation('PAM') });
    next = run(next, addStation, { boardId, index: 0, station: newStation('Før') });
    expect(names(loopOf(next, boardId))).toEqual(['Før', 'Hjemme', 'Krise', 'Legevakt', 'PAM']);
  });

  it('move a station to another place, keeping the others in order', () => {
    const { doc, boardId, id } = withStations('A', 'B', 'C', 'D', 'E');
    expect(names(loopOf(run(doc, moveStation, { boardId, stationId: id('A'), toIndex: 3 }), boardId))).toEqual(['B', 'C', 'D', 'A', 'E']);
    expect(names(loopOf(run(doc, moveStation, { boardId, stationId: id('E'), toIndex: 0 }), boardId))).toEqual(['E', 'A', 'B', 'C', 'D']);
    expect(names(loopOf(run(doc, moveStation, { boardId, stationId: id('C'), toIndex: 99 }), boardId))).toEqual(['A', 'B', 'D', 'E', 'C']);
  });

  it('move a station into a swimlane by hand, and back to its actor’s lane', () => {
    const { doc, boardId, id } = withStations('A', 'B');
    const moved = run(doc, moveStation, { boardId, stationId: id('A'), toIndex: 0, laneId: 'specialist' });
    expect(loopOf(moved, boardId).stations[0]!.laneId).toBe('specialist');
    const back = run(moved, moveStation, { boardId, stationId: id('A'), toIndex: 0, laneId: null });
    expect(loopOf(back, boardId).stations[0]!.laneId).toBeNull();
    expect(() => perform(doc, moveStation, { boardId, stationId: id('A'), toIndex: 0, laneId: 'nowhere' })).toThrow(OperationError);
  });

  it('remove a station together with the marks of its transitions', () => {
    const { doc, boardId, id } = withStations('A', 'B', 'C');
    let next = run(doc, setTransition, { boardId, fromId: id('A'), toId: id('B'), broken: true, note: 'Ingen overføring' });
    next = run(next, setTransition, { boardId, fromId: id('C'), toId: id('A'), broken: true, note: 'x' });
    next = run(next, removeStation, { boardId, stationId: id('B') });
    const props = loopOf(next, boardId);
    expect(names(props)).toEqual(['A', 'C']);
    expect(props.transitions).toEqual([{ fromId: id('C'), toId: id('A'), broken: true, note: 'x' }]);
  });

  it('mark a transition as broken with a reason; a whole transition without a reason leaves no record', () => {
    const { doc, boardId, id } = withStations('Utskrivning', 'DPS', 'Hjemme');
    let next = run(doc, setTransition, { boardId, fromId: id('Utskrivning'), toId: id('DPS'), broken: true });
    next = run(next, setTransition, { boardId, fromId: id('Utskrivning'), toId: id('DPS'), note: 'Ingen time avtalt' });
    const props = loopOf(next, boardId);
    expect(loopTransitions(props.stations, props.transitions).map((t) => [t.broken, t.note])).toEqual([
      [true, 'Ingen time avtalt'],
      [false, ''],
      [false, ''],
    ]);
    next = run(next, setTransition, { boardId, fromId: id('Utskrivning'), toId: id('DPS'), broken: false, note: '' });
    expect(loopOf(next, boardId).transitions).toEqual([]);
  });

  it('keep a break and its reason on the first new transition when a station is put into a broken one (issue 16)', () => {
    const { doc, boardId, id } = withStations('Utskrivning', 'DPS', 'Hjemme');
    let next = run(doc, setTransition, { boardId, fromId: id('Utskrivning'), toId: id('DPS'), broken: true, note: 'Ingen time avtalt' });
    const ambulant = newStation('Ambulant team');
    next = run(next, addStation, { boardId, index: 1, station: ambulant });
    let props = loopOf(next, boardId);
    expect(loopTransitions(props.stations, props.transitions).filter((t) => t.broken)).toEqual([
      { fromId: id('Utskrivning'), toId: ambulant.id, index: 0, broken: true, note: 'Ingen time avtalt' },
    ]);
    // The closing transition (last → first) keeps its mark too when a station is appended.
    next = run(next, setTransition, { boardId, fromId: id('Hjemme'), toId: id('Utskrivning'), broken: true, note: 'Ingen oppfølging' });
    const krise = newStation('Krise');
    next = run(next, addStation, { boardId, index: 99, station: krise });
    props = loopOf(next, boardId);
    expect(loopTransitions(props.stations, props.transitions).find((t) => t.fromId === id('Hjemme'))).toMatchObject({ toId: krise.id, broken: true, note: 'Ingen oppfølging' });
  });

  it('put the break on the second new transition when the room chooses so, in one undo step (issue 16)', () => {
    const { doc, boardId, id } = withStations('Utskrivning', 'DPS', 'Hjemme');
    const marked = run(doc, setTransition, { boardId, fromId: id('Utskrivning'), toId: id('DPS'), broken: true, note: 'Ingen time avtalt' });
    const ambulant = newStation('Ambulant team');
    const { doc: next, inverse } = perform(marked, addStation, { boardId, index: 1, station: ambulant, breakOn: 'second' });
    const props = loopOf(next, boardId);
    expect(loopTransitions(props.stations, props.transitions).filter((t) => t.broken)).toEqual([
      { fromId: ambulant.id, toId: id('DPS'), index: 1, broken: true, note: 'Ingen time avtalt' },
    ]);
    // One undo step brings back the stations and the break where it was.
    expect(applyPatches(next, inverse)).toEqual(marked);
  });

  it('a mark between stations that stop being neighbours by a move rests and comes back', () => {
    const { doc, boardId, id } = withStations('A', 'B', 'C');
    let next = run(doc, setTransition, { boardId, fromId: id('A'), toId: id('B'), broken: true, note: 'Brudd' });
    next = run(next, moveStation, { boardId, stationId: id('C'), toIndex: 1 });
    let props = loopOf(next, boardId);
    expect(loopTransitions(props.stations, props.transitions).some((t) => t.broken)).toBe(false);
    next = run(next, moveStation, { boardId, stationId: id('C'), toIndex: 2 });
    props = loopOf(next, boardId);
    expect(loopTransitions(props.stations, props.transitions)[0]).toMatchObject({ broken: true, note: 'Brudd' });
  });

  it('edit a station’s name, time, duration, actor; refuse a time outside the day', () => {
    const legevakt = actor('Legevakt', 'municipality');
    const created = workshopWithLoop({ actors: [legevakt] });
    const boardId = created.boardId;
    let doc = created.doc;
    const s = newStation('Legevakt');
    doc = run(doc, addStation, { boardId, index: 0, station: s });
    doc = run(doc, updateStation, { boardId, stationId: s.id, patch: { timeOfDay: 22 * 60 + 30, durationMinutes: 60, actorId: legevakt.id, name: 'Legevakta' } });
    expect(loopOf(doc, boardId).stations[0]).toMatchObject({ name: 'Legevakta', timeOfDay: 1350, durationMinutes: 60, responsible: { actorId: legevakt.id } });
    expect(() => perform(doc, updateStation, { boardId, stationId: s.id, patch: { timeOfDay: 1440 } })).toThrow(OperationError);
  });

  it('add, edit and remove pain points and quotes', () => {
    const { doc, boardId, id } = withStations('PAM');
    const pain = { id: newNoteId(), text: 'Samme historie hver gang' };
    let next = run(doc, addStationNote, { boardId, stationId: id('PAM'), kind: 'painPoints', note: pain });
    next = run(next, addStationNote, { boardId, stationId: id('PAM'), kind: 'quotes', note: { id: newNoteId(), text: '«Ny hver gang»' } });
    next = run(next, updateStationNote, { boardId, stationId: id('PAM'), kind: 'painPoints', noteId: pain.id, text: 'Samme historie fortelles på nytt' });
    let station = loopOf(next, boardId).stations[0]!;
    expect(station.painPoints.map((n) => n.text)).toEqual(['Samme historie fortelles på nytt']);
    expect(station.quotes.map((n) => n.text)).toEqual(['«Ny hver gang»']);
    next = run(next, removeStationNote, { boardId, stationId: id('PAM'), kind: 'painPoints', noteId: pain.id });
    station = loopOf(next, boardId).stations[0]!;
    expect(station.painPoints).toEqual([]);
  });

  it('set the hourly numbers, office hours, key figures and setup', () => {
    const { doc, boardId } = withStations('A');
    const counts = Array.from({ length: 24 }, (_, h) => h);
    let next = run(doc, updateHourly, { boardId, counts, label: 'Innleggelser i PAM', source: 'Helse Bergen' });
    next = run(next, setOfficeHours, { boardId, start: 22 * 60, end: 6 * 60 });
    next = run(next, updateFigures, { boardId, loopsPerYear: 12.5, patients: 30 });
    next = run(next, updateLoopSettings, { boardId, shape: 'track', subtitle: 'Et døgn' });
    const props = loopOf(next, boardId);
    expect(props.hourly).toEqual({ counts, label: 'Innleggelser i PAM', source: 'Helse Bergen' });
    expect(props.officeHours).toEqual({ start: 1320, end: 360 });
    expect(props.figures).toEqual({ loopsPerYear: 12.5, patients: 30 });
    expect([props.shape, props.subtitle]).toEqual(['track', 'Et døgn']);
    expect(() => perform(next, updateHourly, { boardId, counts: counts.slice(1) })).toThrow(OperationError);
    expect(() => perform(next, updateHourly, { boardId, counts: counts.map((c) => -c - 1) })).toThrow(OperationError);
    expect(loopOf(run(next, updateFigures, { boardId, patients: null }), boardId).figures).toEqual({ loopsPerYear: 12.5, patients: null });
  });

  it('keep the list of needs: add, edit, indent, move, remove', () => {
    const { doc, boardId } = withStations();
    const a = { id: newNeedId(), text: 'En tjeneste gjennom døgnet', level: 0 as const };
    const b = { id: newNeedId(), text: 'Mestringsstrategier', level: 0 as const };
    let next = run(doc, addNeed, { boardId, index: 0, need: a });
    next = run(next, addNeed, { boardId, index: 1, need: b });
    next = run(next, updateNeed, { boardId, needId: b.id, level: 1 });
    next = run(next, moveNeed, { boardId, needId: b.id, toIndex: 0 });
    expect(loopOf(next, boardId).needs.map((n) => [n.text, n.level])).toEqual([['Mestringsstrategier', 1], ['En tjeneste gjennom døgnet', 0]]);
    next = run(next, removeNeed, { boardId, needId: a.id });
    expect(loopOf(next, boardId).needs.map((n) => n.id)).toEqual([b.id]);
  });

  it('keep the swimlanes: rename, add, move, and remove (hand-placed stations fall back; the last lane stays)', () => {
    const { doc, boardId, id } = withStations('A');
    let next = run(doc, updateLane, { boardId, laneId: 'other', name: 'Politi, NAV og andre' });
    next = run(next, addLane, { boardId, lane: { id: 'l_frivillig', name: 'Frivillige', categories: ['userOrg'] } });
    next = run(next, moveLane, { boardId, laneId: 'l_frivillig', toIndex: 1 });
    next = run(next, moveStation, { boardId, stationId: id('A'), toIndex: 0, laneId: 'l_frivillig' });
    let props = loopOf(next, boardId);
    expect(props.lanes.map((l) => l.id)).toEqual(['user', 'l_frivillig', 'municipality', 'specialist', 'other']);
    expect(props.lanes[4]!.name).toBe('Politi, NAV og andre');
    next = run(next, removeLane, { boardId, laneId: 'l_frivillig' });
    props = loopOf(next, boardId);
    expect(props.stations[0]!.laneId).toBeNull();
    for (const laneId of ['user', 'municipality', 'specialist']) next = run(next, removeLane, { boardId, laneId });
    expect(() => perform(next, removeLane, { boardId, laneId: 'other' })).toThrow(OperationError);
  });

  it('refuse more stations than fit, duplicates, and other kinds of board', () => {
    const created = workshopWithLoop();
    const boardId = created.boardId;
    let doc = created.doc;
    for (let i = 0; i < maxStations; i++) doc = run(doc, addStation, { boardId, index: i, station: newStation(`S${i}`) });
    expect(() => perform(doc, addStation, { boardId, index: 0, station: newStation('en for mye') })).toThrow(OperationError);
    const first = loopOf(doc, boardId).stations[0]!;
    const other = newBoardId();
    doc = run(doc, addBoard, { id: other, kind: 'whiteboard', name: 'Lerret', withTemplate: false });
    expect(() => perform(doc, addStation, { boardId: other, index: 0, station: newStation('x') })).toThrow(OperationError);
    expect(() => perform(doc, removeStation, { boardId, stationId: 's_finnesikke' })).toThrow(OperationError);
    expect(first.name).toBe('S0');
  });

  it('are each one undo step: the inverse patches give back the document exactly', () => {
    const { doc, boardId, id } = withStations('A', 'B', 'C');
    const steps = [
      () => perform(doc, moveStation, { boardId, stationId: id('A'), toIndex: 2 }),
      () => perform(doc, removeStation, { boardId, stationId: id('B') }),
      () => perform(doc, setTransition, { boardId, fromId: id('A'), toId: id('B'), broken: true, note: 'x' }),
      () => perform(doc, updateHourly, { boardId, counts: Array.from({ length: 24 }, () => 3) }),
    ];
    for (const step of steps) {
      const { doc: after, inverse } = step();
      expect(after).not.toEqual(doc);
      expect(applyPatches(after, inverse)).toEqual(doc);
    }
  });

  it('a reorder writes only the positions that changed', () => {
    const { doc, boardId, id } = withStations('A', 'B', 'C', 'D', 'E', 'F');
    const { patches } = perform(doc, moveStation, { boardId, stationId: id('B'), toIndex: 2 });
    expect(patches.map((p) => p.path.join('.'))).toEqual([`boards.${boardId}.props.stations.1`, `boards.${boardId}.props.stations.2`]);
  });

  it('complete a board from an older version (fields missing) on its first edit, keeping props they don’t know', () => {
    const created = workshopWithLoop();
    const boardId = created.boardId;
    let doc = created.doc;
    doc = { ...doc, boards: { ...doc.boards, [boardId]: { ...doc.boards[boardId]!, props: { stations: [{ id: 's_gammel', name: 'Hjemme' }], fromTheFuture: 42 } } } };
    const next = run(doc, addStation, { boardId, index: 1, station: newStation('Krise') });
    const props = next.boards[boardId]!.props;
    expect(props['fromTheFuture']).toBe(42);
    expect(loopOf(next, boardId).stations.map((s) => [s.name, s.painPoints.length, s.timeOfDay])).toEqual([['Hjemme', 0, null], ['Krise', 0, null]]);
    expect(loopOf(next, boardId).officeHours).toEqual({ start: 480, end: 930 });
  });
});

describe('the actor registry and the loop', () => {
  it('deleting an actor leaves its stations in the loop, without an actor; one undo brings it back', async () => {
    const { deleteActor, mergeActors } = await import('../../../shared/actors/registryOps.ts');
    const { usesOfActor } = await import('../../../shared/actors/references.ts');
    const legevakt = actor('Legevakt', 'municipality');
    const legevakta = actor('Legevakta i Værnes', 'municipality');
    const created = workshopWithLoop({ actors: [legevakt, legevakta] });
    const boardId = created.boardId;
    let doc = created.doc;
    doc = run(doc, addStation, { boardId, index: 0, station: newStation('Hjemme') });
    doc = run(doc, addStation, { boardId, index: 1, station: newStation('Legevakt', { actorId: legevakt.id }) });
    doc = run(doc, addStation, { boardId, index: 2, station: newStation('Legevakt igjen', { actorId: legevakta.id }) });
    // The registry finds the loop's uses of an actor.
    expect(usesOfActor(doc, legevakt.id).map((u) => [u.boardId, u.path.join('.')])).toEqual([[boardId, 'stations.1.responsible.actorId']]);

    const deleted = perform(doc, deleteActor, { id: legevakt.id });
    const props = loopOf(deleted.doc, boardId);
    expect(names(props)).toEqual(['Hjemme', 'Legevakt', 'Legevakt igjen']);
    expect(props.stations[1]!.responsible.actorId).toBeNull();
    expect(applyPatches(deleted.doc, deleted.inverse)).toEqual(doc);

    // A merge points the station at the actor that is kept.
    const merged = run(doc, mergeActors, { keepId: legevakta.id, mergeId: legevakt.id });
    expect(loopOf(merged, boardId).stations.map((s) => s.responsible.actorId)).toEqual([null, legevakta.id, legevakta.id]);
  });
});

describe('reading a loop from a damaged or older file', () => {
  it('keeps what is readable: a bad station is left out, a bad field falls back to its default', async () => {
    const { readAcuteLoopProps } = await import('../../../shared/kinds/acuteLoop/schema.ts');
    const props = readAcuteLoopProps({
      stations: [{ id: 's_ok', name: 'Hjemme' }, { id: 'not an id', name: 'Ødelagt' }, { id: 's_ok2', name: 'Krise', timeOfDay: 99999 }],
      officeHours: 'kl 8',
      hourly: { counts: [1, 2, 3] },
      needs: [{ id: 'd_1', text: 'Døgnåpen tjeneste' }],
    });
    expect(props.stations.map((s) => s.name)).toEqual(['Hjemme']);
    expect(props.officeHours).toEqual({ start: 480, end: 930 });
    expect(props.hourly.counts).toHaveLength(24);
    expect(props.needs.map((n) => n.text)).toEqual(['Døgnåpen tjeneste']);
    expect(readAcuteLoopProps(null).stations).toEqual([]);
    expect(readAcuteLoopProps('tull').lanes).toHaveLength(4);
  });
});
