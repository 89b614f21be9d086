import { describe, expect, it } from 'vitest';
import type { SnapshotInfo } from '../../../shared/api/results.ts';
import type { Language } from '../../../shared/i18n/messages.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { GatheringId } from '../../../shared/model/ids.ts';
import type { Gathering } from '../../../shared/model/records.ts';
import { confirmText, contentSummary, gatheringChoices, snapshotKind, snapshotName, snapshotTime } from '../../../renderer/src/workshop/snapshots/snapshotText.ts';

const tOf = (language: Language) => (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate(language, key, params);
const nb = tOf('nb');
const en = tOf('en');
const oslo = 'Europe/Oslo';

function info(over: Partial<SnapshotInfo>): SnapshotInfo {
  return { id: 1, kind: 'manual', reason: null, label: '', gatheringId: null, createdAt: '2025-01-14T12:05:00.000Z', boards: 2, items: 5, ...over };
}

const gathering = (id: string, title: string, order: number): Gathering => ({ id: id as GatheringId, title, date: '', place: '', order });

describe('when a snapshot was taken, as people say it', () => {
  const now = new Date('2025-01-14T15:00:00.000Z');

  it('today and yesterday by name, with the clock in Norwegian time', () => {
    expect(snapshotTime('2025-01-14T12:05:00.000Z', 'nb', nb, now, oslo)).toBe('i dag kl. 13:05');
    expect(snapshotTime('2025-01-13T07:12:00.000Z', 'nb', nb, now, oslo)).toBe('i går kl. 08:12');
    expect(snapshotTime('2025-01-14T12:05:00.000Z', 'en', en, now, oslo)).toBe('today at 13:05');
    expect(snapshotTime('2025-01-13T07:12:00.000Z', 'en', en, now, oslo)).toBe('yesterday at 08:12');
  });

  it('the day is the Norwegian calendar day, not the UTC one', () => {
    // 23:30 UTC on the 13th is 00:30 on the 14th in Oslo: today, not yesterday.
    expect(snapshotTime('2025-01-13T23:30:00.000Z', 'nb', nb, now, oslo)).toBe('i dag kl. 00:30');
    // 22:30 UTC on the 12th is 23:30 on the 12th in Oslo: two days ago, so a weekday.
    expect(snapshotTime('2025-01-12T22:30:00.000Z', 'nb', nb, now, oslo)).toBe('søndag 12. januar kl. 23:30');
  });

  it('older ones by weekday and date, with the year only when it is not this year', () => {
    expect(snapshotTime('2025-01-07T09:00:00.000Z', 'nb', nb, now, oslo)).toBe('tirsdag 7. januar kl. 10:00');
    expect(snapshotTime('2024-12-31T09:00:00.000Z', 'nb', nb, now, oslo)).toBe('tirsdag 31. desember 2024 kl. 10:00');
    expect(snapshotTime('2025-01-07T09:00:00.000Z', 'en', en, now, oslo)).toBe('Tuesday 7 January at 10:00');
  });

  it('yesterday across the spring daylight-saving change', () => {
    const afterChange = new Date('2025-03-30T22:30:00.000Z'); // 00:30 on 31 March, summer time
    expect(snapshotTime('2025-03-29T23:30:00.000Z', 'nb', nb, afterChange, oslo)).toBe('i går kl. 00:30');
  });

  it('an unreadable time is shown as stored rather than as "Invalid Date"', () => {
    expect(snapshotTime('ikke en tid', 'nb', nb, now, oslo)).toBe('ikke en tid');
  });
});

describe('what a snapshot is called', () => {
  const choices = gatheringChoices({ g_b: gathering('g_b', 'Samling i Meråker', 2), g_a: gathering('g_a', '', 1) }, nb);

  it('gatherings in their order; an untitled one is named by its place', () => {
    expect(choices).toEqual([{ id: 'g_a', title: 'Samling 1' }, { id: 'g_b', title: 'Samling i Meråker' }]);
  });

  it('an automatic snapshot by why it was taken; the user\'s by its label', () => {
    expect(snapshotName(info({ kind: 'auto', reason: 'open' }), choices, nb)).toBe('Da verkstedet ble åpnet');
    expect(snapshotName(info({ kind: 'auto', reason: 'beforeRestore' }), choices, en)).toBe('Before a restore');
    expect(snapshotName(info({ label: 'Før gruppearbeidet' }), choices, nb)).toBe('Før gruppearbeidet');
    expect(snapshotName(info({ label: '   ' }), choices, nb)).toBe('Uten navn');
  });

  it('a gathering\'s snapshot without a label by its gathering, and its kind names the gathering', () => {
    const s = info({ kind: 'gathering', gatheringId: 'g_b' });
    expect(snapshotName(s, choices, nb)).toBe('Samling i Meråker');
    expect(snapshotKind(s, choices, nb)).toBe('Samling: Samling i Meråker');
    // The gathering was removed from the workshop since: still a gathering snapshot.
    expect(snapshotKind(info({ kind: 'gathering', gatheringId: 'g_gone' }), choices, nb)).toBe('Samling');
    expect(snapshotKind(info({ kind: 'auto', reason: 'interval' }), choices, nb)).toBe('Automatisk');
    expect(snapshotKind(info({ kind: 'manual' }), choices, en)).toBe('Taken by you');
  });

  it('counts in singular and plural, with Norwegian digit grouping', () => {
    expect(contentSummary(1, 1, nb)).toBe('1 tavle og 1 element');
    expect(contentSummary(3, 0, nb)).toBe('3 tavler og 0 elementer');
    expect(contentSummary(2, 12500, nb)).toBe('2 tavler og 12\u00a0500 elementer');
    expect(contentSummary(1, 2, en)).toBe('1 board and 2 items');
  });

  it('the confirmation names the snapshot, the time, and that the current state is kept first', () => {
    const named = confirmText(info({ label: 'Etter samling 1' }), choices, 'i dag kl. 13:05', nb);
    expect(named).toBe('Verkstedet settes tilbake til «Etter samling 1» fra i dag kl. 13:05. Nåværende tilstand lagres først som eget øyeblikksbilde, så du kan angre.');
    const auto = confirmText(info({ kind: 'auto', reason: 'open' }), choices, 'i går kl. 08:12', nb);
    expect(auto).toBe('Verkstedet settes tilbake til slik det var i går kl. 08:12. Nåværende tilstand lagres først som eget øyeblikksbilde, så du kan angre.');
  });
});
