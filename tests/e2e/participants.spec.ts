import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from '@playwright/test';
import { test, expect, stopHost } from './fixtures.ts';

/**
 * Deltakere end to end: the facilitator's tab opens the room on 127.0.0.1 (never another interface
 * in tests), participants join from their own browser contexts (one browser, many contexts, as
 * phones would be many browsers), send notes and place dots; the facilitator approves from the
 * inbox with one key each; everything is in the workshop file after a reload; closing the room
 * refuses further calls. SAMKART_SHOTS=<folder> also writes the screenshots a person looks at.
 */

const PARTICIPANTS = 30;
const UI_PHONES = 3;
const NOTES_EACH = 3;
const DOTS_EACH = 2;
const shots = process.env['SAMKART_SHOTS'];

async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, `${name}.png`) });
}

async function openParticipantPage(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nb-NO', deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

test('thirty participants join with the room code, send notes and dots; the facilitator approves; all of it is in the file', async ({ page, host, browser }) => {
  test.setTimeout(180_000);
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await expect(page).toHaveTitle(/Værnesregionen/);
  const itemList = page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem');
  // The item list fills after the board's first frame: wait for it before counting.
  await expect(itemList.first()).toBeAttached();
  const before = await itemList.count();

  // Fasilitering: a dot vote participants may take part in, then «Åpne for deltakere» with an inbox.
  await page.getByRole('button', { name: 'Fasilitering' }).click();
  await page.getByRole('textbox', { name: 'Spørsmål', exact: true }).fill('Hva er viktigst?');
  await page.getByRole('spinbutton', { name: 'Prikker per deltaker' }).fill(String(DOTS_EACH));
  await page.getByRole('checkbox', { name: 'Skjul resultatet til jeg viser det' }).uncheck();
  await page.getByRole('button', { name: 'Start avstemning' }).click();
  await page.getByRole('button', { name: 'Åpne for deltakere …' }).click();
  const dialog = page.getByRole('dialog', { name: 'Åpne for deltakere' });
  await expect(dialog.getByRole('note')).toContainText('Ingen pasientopplysninger');
  await dialog.getByRole('textbox', { name: 'Spørsmål til deltakerne' }).fill('Hva er viktig for deg?');
  await dialog.getByRole('checkbox', { name: /Jeg godkjenner hver lapp/ }).check();
  await dialog.getByRole('combobox', { name: 'Nettverk' }).selectOption('127.0.0.1');
  await dialog.getByRole('button', { name: 'Åpne rommet' }).click();
  await expect(dialog).toBeHidden();

  const address = page.locator('.room-address');
  await expect(address).toContainText('http://127.0.0.1:');
  const url = (await address.locator('span').textContent())!.trim();
  const code = (await address.locator('strong').textContent())!.trim();
  expect(code).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{3}$/);

  // A wrong code is refused with a clear message.
  const first = await openParticipantPage(browser, url);
  await first.getByRole('textbox', { name: 'Romkode' }).fill('AAA-AAA' === code ? 'BBB-BBB' : 'AAA-AAA');
  await first.getByRole('button', { name: 'Bli med' }).click();
  await expect(first.getByRole('alert')).toHaveText('Feil kode. Sjekk koden på lerretet.');
  await shot(first, 'participant-join-nb');

  // Three participants use the page as people do; the other 27 contexts call the same participant
  // API from the browser (same origin, the browser's own fetch) to keep the test lean on CI.
  const phones: Page[] = [first];
  for (let i = 1; i < UI_PHONES; i++) phones.push(await openParticipantPage(browser, `${url}/#${code}`));
  const name = (i: number) => (i === 0 ? 'Åse <b>fet</b>' : `Deltaker ${i + 1}`);
  await Promise.all(
    phones.map(async (phone, i) => {
      if (i === 0) await phone.getByRole('textbox', { name: 'Romkode' }).fill(code.toLowerCase());
      await phone.getByRole('textbox', { name: 'Fornavn (valgfritt)' }).fill(name(i));
      await phone.getByRole('button', { name: 'Bli med' }).click();
      await expect(phone.getByRole('heading', { name: 'Hva er viktig for deg?' })).toBeVisible();
      for (let n = 0; n < NOTES_EACH; n++) {
        await phone.getByRole('textbox', { name: 'Din lapp' }).fill(i === 0 && n === 0 ? '<script>alert(1)</script> Snåase – Snåsa 😀' : `Innspill ${n + 1} fra ${i + 1}`);
        if (n === 1) await phone.getByRole('radio', { name: 'Blå' }).check();
        await phone.getByRole('button', { name: 'Send lappen' }).click();
        await expect(phone.locator('.participant-ok')).toHaveText('Lappen er sendt.');
        await expect(phone.getByRole('region', { name: 'Dine lapper' }).getByRole('listitem')).toHaveCount(n + 1);
      }
    }),
  );
  // The other participants: a browser context each, calling the participant API over HTTP with the
  // context's own request client (a renderer process per phone would not fit CI's two cores).
  const callers = await Promise.all(
    Array.from({ length: PARTICIPANTS - UI_PHONES }, async (_, k) => {
      const context = await browser.newContext();
      const call = async (method: string, args: unknown[], token?: string) => {
        const response = await context.request.post(`${url}/p/${method}`, { headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Samkart-Participant': token } : {}) }, data: { args } });
        return (await response.json()) as { ok: boolean; value: unknown; error?: string };
      };
      const joined = await call('join', [{ code, name: name(UI_PHONES + k) }]);
      expect(joined.ok).toBe(true);
      const token = (joined.value as { token: string }).token;
      for (let n = 0; n < NOTES_EACH; n++) expect((await call('addNote', [{ text: `Innspill ${n + 1} fra ${UI_PHONES + k + 1}`, colour: 'lime' }], token)).ok).toBe(true);
      return { call: (method: string, args: unknown[]) => call(method, args, token) };
    }),
  );
  await expect(first.getByText('Venter på godkjenning').first()).toBeVisible();
  await shot(first, 'participant-notes-nb');

  // The presenter's panel shows who has joined, and the inbox holds every note.
  await expect(page.getByRole('heading', { name: `Med i rommet: ${PARTICIPANTS} deltakere` })).toBeVisible();
  const inbox = page.locator('.room-inbox-note');
  await expect(inbox).toHaveCount(PARTICIPANTS * NOTES_EACH);
  await page.getByRole('heading', { name: /^Innboks/ }).scrollIntoViewIfNeeded();
  await shot(page, 'facilitator-inbox');

  // One key per note: R rejects, A approves; focus moves on to the next note.
  await inbox.filter({ hasText: '<script>' }).focus();
  await page.keyboard.press('r');
  await expect(inbox).toHaveCount(PARTICIPANTS * NOTES_EACH - 1);
  await expect(first.getByText('Ikke tatt med')).toBeVisible({ timeout: 10_000 });
  // Bring it back: the rejected note was the first one sent (the markup); send it again and approve all.
  await first.getByRole('textbox', { name: 'Din lapp' }).fill('<script>alert(1)</script> Snåase – Snåsa 😀');
  await first.getByRole('button', { name: 'Send lappen' }).click();
  await expect(inbox).toHaveCount(PARTICIPANTS * NOTES_EACH);
  // A few with one key each (A, Enter), the rest at once.
  for (const [left, key] of [[PARTICIPANTS * NOTES_EACH, 'a'], [PARTICIPANTS * NOTES_EACH - 1, 'Enter'], [PARTICIPANTS * NOTES_EACH - 2, 'a']] as const) {
    await inbox.first().focus();
    await page.keyboard.press(key);
    await expect(inbox).toHaveCount(left - 1);
  }
  await page.getByRole('button', { name: `Godkjenn alle (${PARTICIPANTS * NOTES_EACH - 3})` }).click();
  await expect(inbox).toHaveCount(0);
  await expect(itemList).toHaveCount(before + 1 + PARTICIPANTS * NOTES_EACH);
  await expect(page.getByRole('listitem').filter({ hasText: '<script>alert(1)</script> Snåase – Snåsa 😀' }).first()).toBeAttached();
  await shot(page, 'board-filled');

  // Dots: each participant puts theirs on the first notes of the vote.
  await expect(first.getByRole('heading', { name: 'Hva er viktigst?' })).toBeVisible({ timeout: 10_000 });
  await shot(first, 'participant-vote-nb');
  await Promise.all(
    phones.map(async (phone) => {
      for (let d = 0; d < DOTS_EACH; d++) {
        await phone.getByRole('button', { name: /^Gi en prikk til/ }).nth(d).click();
        await expect(phone.locator('.participant-dots-left')).toHaveText(DOTS_EACH - d - 1 === 1 ? '1 prikk igjen' : `${DOTS_EACH - d - 1} prikker igjen`);
      }
      await expect(phone.getByRole('button', { name: /^Gi en prikk til/ }).first()).toBeDisabled();
    }),
  );
  await Promise.all(
    callers.map(async ({ call }) => {
      const state = (await call('state', [])).value as { vote: { candidates: { itemId: string }[] } };
      for (let d = 0; d < DOTS_EACH; d++) expect((await call('placeDot', [{ itemId: state.vote.candidates[d]!.itemId }])).ok).toBe(true);
      // One more than allowed is refused.
      expect((await call('placeDot', [{ itemId: state.vote.candidates[0]!.itemId }])).error).toBe('noDotsLeft');
    }),
  );
  await expect(page.getByText(`${PARTICIPANTS * DOTS_EACH} prikker fra ${PARTICIPANTS} deltakere`)).toBeVisible({ timeout: 15_000 });

  // English on the phone, at a phone's size.
  await first.getByRole('button', { name: 'Switch to English' }).click();
  await expect(first.getByRole('button', { name: 'Send the note' })).toBeVisible();
  await shot(first, 'participant-vote-en');

  // The projection shows the QR code, the address and the code.
  await page.keyboard.press('F5');
  const qr = page.getByRole('complementary', { name: 'Bli med fra mobilen' });
  await expect(qr).toBeVisible();
  await expect(qr).toContainText(code);
  await expect(qr.getByRole('img', { name: `QR-kode til ${url}` })).toBeVisible();
  await shot(page, 'projection-qr');
  if (shots) {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.waitForTimeout(500);
    await shot(page, 'projection-qr-1366');
    await page.setViewportSize({ width: 1920, height: 1080 });
  }
  await page.keyboard.press('Escape');
  await expect(qr).toBeHidden();

  // Closing the room stops the listener: the phones' next call fails.
  await page.getByRole('button', { name: 'Steng rommet' }).click();
  await expect(page.getByRole('button', { name: 'Åpne for deltakere …' })).toBeVisible();
  await expect(first.getByRole('status')).toHaveText('The room is closed. Thank you for your input!', { timeout: 10_000 });
  await expect(first.request.post(`${url}/p/state`, { data: { args: [] } })).rejects.toThrow();

  // Everything is in the file: after a reload (the room stays closed), the notes and the vote are there.
  await page.reload();
  await expect(page).toHaveTitle(/Værnesregionen/);
  await expect(itemList).toHaveCount(before + 1 + PARTICIPANTS * NOTES_EACH);
  await page.getByRole('button', { name: 'Fasilitering' }).click();
  await expect(page.getByText(`${PARTICIPANTS * DOTS_EACH} prikker fra ${PARTICIPANTS} deltakere`)).toBeVisible();

  // The file itself, read after the host has closed it: ordinary notes with their authors, and the vote.
  await stopHost(host);
  const file = readdirSync(host.folder).find((f) => f.endsWith('.samkart'))!;
  const db = new Database(join(host.folder, file), { readonly: true });
  const notes = db.prepare("SELECT json_extract(data, '$.props.author') AS author, json_extract(data, '$.props.text') AS text FROM items WHERE json_extract(data, '$.props.author') IS NOT NULL").all() as { author: string; text: string }[];
  expect(notes).toHaveLength(PARTICIPANTS * NOTES_EACH);
  expect(notes).toContainEqual({ author: 'Åse <b>fet</b>', text: '<script>alert(1)</script> Snåase – Snåsa 😀' });
  const votes = db.prepare("SELECT json_extract(data, '$.vote') AS vote FROM boards WHERE json_extract(data, '$.vote') IS NOT NULL").all() as { vote: string }[];
  const vote = JSON.parse(votes[0]!.vote) as { voters: unknown[]; dots: unknown[] };
  expect(vote.voters).toHaveLength(PARTICIPANTS);
  expect(vote.dots).toHaveLength(PARTICIPANTS * DOTS_EACH);
  db.close();
});
