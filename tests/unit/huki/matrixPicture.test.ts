import { describe, expect, it } from 'vitest';
import { checkMatrix } from '../../../shared/kinds/huki/checks.ts';
import { buildMatrixPicture, headerTextBox } from '../../../renderer/src/kinds/huki/matrixPicture.ts';
import { actorNamed, matrixOf, matrixWith } from './fixtures.ts';

/** The drawing's text fitting and markers, with a fixed-width font (0.6 em per character). */

const measure = (text: string, size: number) => [...text].length * size * 0.6;
const labels = { untitledTask: 'Oppgave uten navn', untitledPhase: 'Fase uten navn', word: (l: string) => ({ H: 'Hovedansvarlig', U: 'Utførende', K: 'Konsulteres', I: 'Informeres' })[l]! };

describe('buildMatrixPicture', () => {
  it('keeps every header at the header size: a long name wraps (hyphenated), the short name only when it would not fit', () => {
    const f = matrixWith(['NAV'], { Planlegge: { Kartlegge: 'H' } });
    const asu = actorNamed('Administrativt samarbeidsutvalg i Helsefellesskapet Nord-Trøndelag (ASU)', 2, 'premise', 'ASU');
    const long = actorNamed('Samhandlingsavdelingen', 3, 'specialist');
    const admin = actorNamed('Administrativ ledelse i kommunene', 4, 'municipality');
    const m = matrixOf(f);
    const picture = buildMatrixPicture(m, [f.doc.actors[f.a['NAV']!]!, asu, long, admin], [], 'huki', labels, measure);
    const [nav, shortened, whole, wrapped] = picture.headers;
    expect(nav!.text).toEqual({ lines: ['NAV'], fontSize: 22, weight: 700 });
    expect(shortened!.text.lines).toEqual(['ASU']);
    // Issue 15: long headers got smaller type than the rest; now one size, the word hyphenated.
    expect(new Set(picture.headers.map((h) => h.text.fontSize))).toEqual(new Set([22]));
    expect(whole!.text.lines.join('').replace(/-/g, '')).toBe('Samhandlingsavdelingen');
    expect(wrapped!.text.lines.join(' ').replace(/- /g, '')).toBe('Administrativ ledelse i kommunene');
    for (const h of picture.headers) {
      for (const line of h.text.lines) expect(measure(line, h.text.fontSize)).toBeLessThanOrEqual(headerTextBox.w);
      expect(h.text.lines.length * h.text.fontSize * 1.25).toBeLessThanOrEqual(headerTextBox.h);
    }
  });

  it('explains the red "!" marks in the legend whenever the matrix shows one', () => {
    const f = matrixWith(['NAV', 'DPS'], { Fase: { Uten: 'U-', Ferdig: 'HU' } });
    const m = matrixOf(f);
    const withLabel = { ...labels, finding: 'Funn: rollefordelingen bør sjekkes' };
    const flagged = buildMatrixPicture(m, m.actorIds.map((id) => f.doc.actors[id]!), checkMatrix(m, m.actorIds, 5), 'huki', withLabel, measure);
    expect(flagged.flaggedTasks.size).toBeGreaterThan(0);
    expect(flagged.findingLegend!.lines.join(' ')).toBe('Funn: rollefordelingen bør sjekkes');
    const clean = buildMatrixPicture(m, m.actorIds.map((id) => f.doc.actors[id]!), [], 'huki', withLabel, measure);
    expect(clean.findingLegend).toBeNull();
  });

  it('names untitled rows, marks flagged rows and columns, and shows letters in the board’s system', () => {
    const f = matrixWith(['NAV', 'DPS'], { '': { '': 'U-', Ferdig: 'HU' } });
    const m = matrixOf(f);
    const findings = checkMatrix(m, m.actorIds, 5);
    const picture = buildMatrixPicture(m, m.actorIds.map((id) => f.doc.actors[id]!), findings, 'raci', labels, measure);
    expect([...picture.phaseText.values()][0]!.lines).toEqual(['Fase uten navn']);
    expect(picture.taskText.get(f.t['']!)!.lines).toEqual(['Oppgave uten navn']);
    expect([...picture.flaggedTasks]).toEqual([f.t['']]);
    expect([...picture.flaggedActors]).toEqual([]);
    expect(picture.legend.map((l) => l.letter)).toEqual(['A', 'R', 'C', 'I']);
    expect(picture.cells.get(f.t['Ferdig']!)!.get(f.a['DPS']!)).toBe('U');
  });
});
