import { describe, expect, it } from 'vitest';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { cardInsets, fitCardName, fitCardTexts } from '../../../shared/kinds/acuteLoop/cardText.ts';
import { hasOverlaps, layoutLoop, noteSize } from '../../../shared/kinds/acuteLoop/loopLayout.ts';
import { readAcuteLoopProps } from '../../../shared/kinds/acuteLoop/schema.ts';
import { slideRegions } from '../../../shared/kinds/acuteLoop/slide.ts';
import { loopView } from '../../../shared/kinds/acuteLoop/stationViews.ts';
import { wrapLines } from '../../../shared/kinds/acuteLoop/wrap.ts';
import { overlaps } from '../../../shared/kinds/acuteLoop/boxes.ts';
import { labelRadius, layoutClock } from '../../../shared/kinds/acuteLoop/clockLayout.ts';
import { layoutLinear, stationGaps } from '../../../shared/kinds/acuteLoop/linearLayout.ts';

/*
 * Issue 15 on the acute loop's picture, on the pure layout: nothing the room needs is cut off and
 * nothing overlaps. Widths are the bundled font's average, a little generous (0.48 em a character,
 * bold 0.52), close enough to the canvas's for the layout's decisions.
 */
const regular = (text: string, size: number) => [...text].length * size * 0.48;
const bold = (text: string, size: number) => [...text].length * size * 0.52;

function exampleLoop() {
  const doc = buildExampleWorkshop();
  const board = Object.values(doc.boards).find((b) => b.kind === 'acuteLoop')!;
  return { doc, props: readAcuteLoopProps(board.props) };
}

/** A note's height as the renderer asks for it: its whole text at 19 units, wrapped to the note's width. */
const noteHeight = (note: { text: string }) => Math.round(wrapLines(note.text, noteSize.w - 38, 19, bold).length * 19 * 1.18 + 14);

describe('the example loop on the wall', () => {
  it('shows every pain point and quote beside its station (no "+n"), none on top of another or a card', () => {
    const { doc, props } = exampleLoop();
    const view = loopView(props, doc.actors);
    const layout = layoutLoop(view, { shape: props.shape, area: slideRegions('loop').main, noteHeight });
    for (const s of layout.stations) expect(s.hiddenNotes, view.stations[s.index]!.name).toBe(0);
    expect(layout.stations.flatMap((s) => s.notes)).toHaveLength(view.stations.reduce((n, s) => n + s.painPoints.length + s.quotes.length, 0));
    expect(hasOverlaps(layout)).toBe(false);
    // Nor on the centre's figures or a break's reason.
    const notes = layout.stations.flatMap((s) => s.notes.map((n) => n.rect));
    const labels = layout.transitions.flatMap((t) => (t.labelRect ? [t.labelRect] : []));
    for (const n of notes) for (const other of [layout.centreBox, ...labels]) expect(overlaps(n, other)).toBe(false);
  });

  it('writes every station name whole, at one size for every card, and it fits its card', () => {
    const { doc, props } = exampleLoop();
    const view = loopView(props, doc.actors);
    const layout = layoutLoop(view, { shape: props.shape, area: slideRegions('loop').main, noteHeight });
    const cards = view.stations.map((s) => ({ name: s.name, meta: `${s.actor?.shortName ?? ''} · 2 t` }));
    const fitted = fitCardTexts(cards, layout.card, { nameSize: 25, nameFloor: 16, metaSize: 19 }, bold, regular);
    expect(fitted.nameSize).toBeGreaterThanOrEqual(16);
    fitted.nameLines.forEach((lines, i) => {
      const text = lines.join(' ').replace(/- /g, '');
      expect(lines.join(' '), 'no ellipsis').not.toMatch(/…/);
      expect(text.replace(/\s+/g, ''), 'every character of the name is drawn').toBe(view.stations[i]!.name.replace(/\s+/g, ''));
    });
    // "PAM (psykiatrisk akuttmottak)" takes more than one line and all of it is there.
    const pam = view.stations.findIndex((s) => s.name.startsWith('PAM'));
    expect(fitted.nameLines[pam]!.length).toBeGreaterThan(1);
  });

  it('wraps a meta line too long for the card instead of cutting it', () => {
    const fitted = fitCardTexts([{ name: 'DPS', meta: 'Pårørende og nettverk · 2 t 30 min' }], { w: 230, h: 120 }, { nameSize: 25, nameFloor: 16, metaSize: 19 }, bold, regular);
    expect(fitted.metaLines[0]!.length).toBeGreaterThan(1);
    expect(fitted.metaLines[0]!.join(' ')).toBe('Pårørende og nettverk · 2 t 30 min');
  });
});

describe('the 24-hour clock', () => {
  const box = slideRegions('loop').chart;
  const hours = { start: 480, end: 930 };
  const counts = Array.from({ length: 24 }, (_, h) => 5 + h);

  it('keeps the example’s markers (21:30, 22:30, 23:15, 00:30 …) apart, off the hour labels and off the bars', () => {
    const { doc, props } = exampleLoop();
    const view = loopView(props, doc.actors);
    const clock = layoutClock(box, props.officeHours, props.hourly.counts, view.stations);
    expect(clock.markers.length).toBe(view.stations.filter((s) => s.timeOfDay !== null).length);
    const far = (a: { x: number; y: number }, b: { x: number; y: number }, d: number) => Math.hypot(a.x - b.x, a.y - b.y) >= d - 1e-9;
    clock.markers.forEach((m, i) => {
      // Outside the face, where the bars are.
      expect(Math.hypot(m.centre.x - clock.centre.x, m.centre.y - clock.centre.y) - m.radius).toBeGreaterThan(clock.radius);
      for (const other of clock.markers.slice(i + 1)) expect(far(m.centre, other.centre, 2 * m.radius), `${m.number} and ${other.number}`).toBe(true);
      for (const l of clock.labels) expect(far(m.centre, l.at, m.radius + labelRadius), `${m.number} and ${l.hour}`).toBe(true);
      // Inside the chart's box.
      expect(m.centre.x - m.radius).toBeGreaterThanOrEqual(box.x);
      expect(m.centre.y - m.radius).toBeGreaterThanOrEqual(box.y);
      expect(m.centre.y + m.radius).toBeLessThanOrEqual(box.y + box.h);
    });
  });

  it('puts a marker moved aside no further than needed, and pins it to its time on the rim', () => {
    const stations = [21.5, 22.5, 23.25, 0.5].map((h, i) => ({ id: `s${i}`, number: i + 2, timeOfDay: Math.round(h * 60) }));
    const clock = layoutClock(box, hours, counts, stations);
    for (const m of clock.markers) {
      const s = stations.find((x) => x.id === m.stationId)!;
      const angle = Math.atan2(m.centre.y - clock.centre.y, m.centre.x - clock.centre.x);
      const want = -Math.PI / 2 + (2 * Math.PI * s.timeOfDay) / 1440;
      const off = Math.abs(Math.atan2(Math.sin(angle - want), Math.cos(angle - want)));
      // Within an hour and a half of its time (an hour is 15°).
      expect(off).toBeLessThan((1.5 * Math.PI) / 12);
      expect(Math.hypot(m.anchor.x - clock.centre.x, m.anchor.y - clock.centre.y)).toBeCloseTo(clock.radius, 6);
    }
  });
});

describe('the swimlanes', () => {
  it('space the stations by time: 02:00 → 11:00 is wider than 22:30 → 23:30', () => {
    const { doc, props } = exampleLoop();
    const view = loopView(props, doc.actors);
    const linear = layoutLinear(view, props.lanes, slideRegions('linear').main);
    const at = (hhmm: string) => view.stations.findIndex((s) => s.timeOfDay === Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3)));
    const spacing = (i: number) => linear.stations[i + 1]!.rect.x - linear.stations[i]!.rect.x;
    expect(spacing(at('02:00'))).toBeGreaterThan(spacing(at('22:30')) * 1.5);
    // Monotone in time: a longer wait is never drawn shorter.
    const gaps = stationGaps(view);
    for (let i = 0; i + 1 < view.stations.length; i++) for (let j = 0; j + 1 < view.stations.length; j++) if (gaps[i]! > gaps[j]!) expect(spacing(i)).toBeGreaterThan(spacing(j));
    // Cards never overlap, and the columns fill the axis.
    for (let i = 0; i + 1 < linear.stations.length; i++) expect(linear.stations[i]!.rect.x + linear.stations[i]!.rect.w).toBeLessThan(linear.stations[i + 1]!.rect.x);
    expect(linear.stations.reduce((w, s) => w + s.column.w, 0)).toBeCloseTo(linear.columnsArea.w, 6);
  });

  it('shows every note whole, none on a card or another note', () => {
    const { doc, props } = exampleLoop();
    const view = loopView(props, doc.actors);
    const height = (note: { text: string }, w: number) => Math.round(wrapLines(note.text, w - 38, 16, bold).length * 16 * 1.18 + 14);
    const linear = layoutLinear(view, props.lanes, slideRegions('linear').main, height);
    for (const s of linear.stations) expect(s.hiddenNotes).toBe(0);
    const rects = [...linear.stations.map((s) => s.rect), ...linear.stations.flatMap((s) => s.notes.map((n) => n.rect))];
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) expect(overlaps(rects[i]!, rects[j]!)).toBe(false);
    for (const s of linear.stations) for (const n of s.notes) expect(height(n, n.rect.w)).toBeLessThanOrEqual(n.rect.h);
  });
});

describe('a name too long for its card even at the floor', () => {
  it('gets smaller on that card alone and stays above the meta line, whole', () => {
    const box = { w: 130, h: 80 };
    const name = 'Distriktspsykiatrisk senter, akuttmottak';
    const { size, lines } = fitCardName(name, 1, box, 16, 14, bold);
    expect(size).toBeLessThan(16);
    expect(lines.join(' ').replace(/- /g, '')).toBe(name);
    const { pad, top } = cardInsets(size, 14);
    const metaTop = box.h - pad - 14;
    expect(top + lines.length * size * 1.12 - size * 0.12).toBeLessThanOrEqual(metaTop - pad * 0.5 + 0.5);
  });
});
