import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { defaultPuzzleProps } from '../../shared/kinds/puzzle/boardProps.ts';
import { trayPlace } from '../../shared/kinds/puzzle/grid.ts';

/*
 * SAMMEN-puslespillet end to end: the real renderer in Chromium against the browser host. The
 * canvas is a picture, so positions are read from its Konva nodes (window.Konva) and the board's
 * content from the accessible table the panel keeps ("Puslespillet som tabell").
 */

/** Slot geometry of a new board (shared/kinds/puzzle/boardProps.ts: 420 × 260 slots). */
const cell = { w: 420, h: 260 };
const slotCentre = (row: number, col: number) => ({ x: col * cell.w + cell.w / 2, y: row * cell.h + cell.h / 2 });

async function newWorkshopWithPuzzle(page: Page, title: string) {
  await page.getByRole('button', { name: 'Nytt verksted' }).click();
  await page.getByRole('textbox', { name: 'Tittel' }).fill(title);
  await page.getByRole('button', { name: 'Opprett verksted' }).click();
  await page.getByRole('button', { name: 'Ny tavle' }).click();
  await page.getByRole('button', { name: 'Ny tavle: SAMMEN-puslespillet' }).click();
  await page.getByRole('textbox', { name: 'Navn på tavlen' }).press('Enter');
  await expect(page.getByRole('tab', { name: 'Brikke' })).toBeVisible();
}

/** The id of a piece, from its row in the inventory table. */
async function pieceId(page: Page, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Kartlegging (tabell)' }).click();
  const row = page.locator('tr[data-piece-id]').filter({ has: page.getByRole('textbox', { name: `Tjeneste eller tilbud: ${name}`, exact: true }) });
  const id = await row.getAttribute('data-piece-id');
  await page.getByRole('button', { name: 'Lukk kartleggingen' }).click();
  expect(id).toBeTruthy();
  return id!;
}

/** A piece's centre in board units, as the canvas draws it now. */
function nodeCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((id) => {
    const konva = (window as unknown as { Konva: { stages: { findOne(s: string): { x(): number; y(): number } | undefined }[] } }).Konva;
    const node = konva.stages[0]!.findOne(`#${id}`)!;
    return { x: node.x(), y: node.y() };
  }, id);
}

/** Where a board point is on the screen. */
async function toScreen(page: Page, p: { x: number; y: number }) {
  return page.evaluate((p) => {
    const konva = (window as unknown as { Konva: { stages: { x(): number; y(): number; scaleX(): number; container(): HTMLElement }[] } }).Konva;
    const stage = konva.stages[0]!;
    const r = stage.container().getBoundingClientRect();
    return { x: r.left + stage.x() + p.x * stage.scaleX(), y: r.top + stage.y() + p.y * stage.scaleX() };
  }, p);
}

/**
 * Drags a piece by its centre to a board point and records where the canvas draws it, frame by
 * frame, for half a second after the drop: the samples show the glide into the slot (or its absence).
 */
async function dragPiece(page: Page, id: string, to: { x: number; y: number }): Promise<{ before: { x: number; y: number }; samples: { x: number; y: number }[] }> {
  const before = await nodeCentre(page, id);
  const from = await toScreen(page, before);
  const target = await toScreen(page, to);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + target.x) / 2, (from.y + target.y) / 2, { steps: 6 });
  await page.mouse.move(target.x, target.y, { steps: 6 });
  await page.evaluate((id) => {
    const w = window as unknown as { Konva: { stages: { findOne(s: string): { x(): number; y(): number } | undefined }[] }; __samples: { x: number; y: number }[]; __sampled: boolean };
    w.__samples = [];
    w.__sampled = false;
    const start = performance.now();
    // Long enough for the drop and the glide on a slow, busy machine (the glide itself is short).
    const sample = () => {
      const node = w.Konva.stages[0]!.findOne(`#${id}`);
      if (node) w.__samples.push({ x: node.x(), y: node.y() });
      if (performance.now() - start < 1500) requestAnimationFrame(sample);
      else w.__sampled = true;
    };
    requestAnimationFrame(sample);
  }, id);
  await page.mouse.up();
  await page.waitForFunction(() => (window as unknown as { __sampled: boolean }).__sampled);
  const samples = await page.evaluate(() => (window as unknown as { __samples: { x: number; y: number }[] }).__samples);
  return { before, samples };
}

function mirrorCell(page: Page, rowName: RegExp, col: number) {
  return page.getByRole('table', { name: 'Puslespillet som tabell' }).getByRole('row', { name: rowName }).getByRole('cell').nth(col);
}

test('place a piece: it snaps into its slot with a glide, takes a provider, and the inventory lists it (also as CSV)', async ({ page }) => {
  await newWorkshopWithPuzzle(page, 'Barn og unge i Værnes – æøå');
  const name = 'Barnevern – hjelpetiltak';
  const id = await pieceId(page, name);
  const slot = slotCentre(2, 2); // Nivå 2 × Oppfølging

  // Dropped a little off the slot's centre, it lands exactly in the slot, gliding the last bit.
  const { before, samples } = await dragPiece(page, id, { x: slot.x + 45, y: slot.y - 35 });
  expect(samples.at(-1)).toEqual(slot);
  // Frames where the piece is neither where it was picked up (hidden under the dragged copy) nor in the slot: the glide.
  const same = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.abs(a.x - b.x) < 0.01 && Math.abs(a.y - b.y) < 0.01;
  const gliding = samples.filter((p) => !same(p, slot) && !same(p, before));
  expect(gliding.length, 'the piece glides into the slot').toBeGreaterThan(0);
  for (const p of gliding) {
    // On the way from the drop point to the slot, never beyond.
    expect(p.x).toBeGreaterThanOrEqual(slot.x - 0.01);
    expect(p.x).toBeLessThanOrEqual(slot.x + 45.01);
  }
  await expect(mirrorCell(page, /^Nivå 2/, 2)).toHaveText(`${name} – Barnevern`);

  // Set its provider on its card (selected by clicking it on the board).
  const onScreen = await toScreen(page, slot);
  await page.mouse.click(onScreen.x, onScreen.y);
  await expect(page.getByRole('textbox', { name: 'Tjeneste eller tilbud' })).toHaveValue(name);
  await page.getByRole('combobox', { name: 'Tilbyder' }).selectOption({ label: 'Helsestasjon' });
  await expect(mirrorCell(page, /^Nivå 2/, 2)).toHaveText(`${name} – Helsestasjon`);

  // Read the inventory.
  await page.getByRole('button', { name: 'Kartlegging (tabell)' }).click();
  const inventory = page.getByRole('region', { name: /Kartlegging/ });
  await expect(inventory.getByText('10 brikker')).toBeVisible();
  await expect(inventory.getByRole('combobox', { name: `Nivå: ${name}` })).toHaveValue('2');
  await expect(inventory.getByRole('combobox', { name: `Fase: ${name}` }).locator('option:checked')).toHaveText('Oppfølging');
  await expect(inventory.getByRole('combobox', { name: `Tilbyder: ${name}` }).locator('option:checked')).toHaveText('Helsestasjon');
  // Placed pieces come first: this is the first row.
  await expect(inventory.locator('tbody tr').first()).toHaveAttribute('data-piece-id', id);

  // Edit in place: the capacity, with æøå.
  const capacity = inventory.getByRole('textbox', { name: `Kapasitet eller ventetid: ${name}` });
  await capacity.fill('Ventetid 6 uker; også kveld – æøå');
  await capacity.press('Enter');

  const download = page.waitForEvent('download');
  await inventory.getByRole('button', { name: 'Eksporter CSV' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe('Nivå;Fase;Tjeneste eller tilbud;Tilbyder;Kategori;Målgruppe;Alder;Kapasitet eller ventetid;Kontakt;Merknader');
  expect(lines[1]).toMatch(/^Nivå 2 – samarbeid med andre tjenester;Oppfølging;Barnevern – hjelpetiltak;Helsestasjon;Kommune;.*;"Ventetid 6 uker; også kveld – æøå";/);
  expect(lines.filter((l) => l.startsWith('Ikke plassert;'))).toHaveLength(9);
  await inventory.getByRole('button', { name: 'Lukk kartleggingen' }).click();

  // The drop was one step: undo the edit, the provider and the drop, and the slot is a gap again.
  await page.getByRole('application').focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+z');
  await expect(mirrorCell(page, /^Nivå 2/, 2)).toHaveText('Hull i tilbudet');
  await page.keyboard.press('Control+Shift+z');
  await expect(mirrorCell(page, /^Nivå 2/, 2)).toHaveText(`${name} – Barnevern`);

  // And it is saved: after a reload the piece is still in its slot.
  await expect(page.getByRole('status').filter({ hasText: 'Alt er lagret' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: /^SAMMEN-puslespillet/ }).click();
  await expect(mirrorCell(page, /^Nivå 2/, 2)).toHaveText(`${name} – Barnevern`);
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('a dropped piece is in its slot at once, without gliding', async ({ page }) => {
    await newWorkshopWithPuzzle(page, 'Rolig');
    const id = await pieceId(page, 'PPT – sakkyndig vurdering');
    const slot = slotCentre(1, 1);
    const { before, samples } = await dragPiece(page, id, { x: slot.x - 30, y: slot.y + 25 });
    expect(samples.length).toBeGreaterThan(3);
    // Every frame shows the piece where it was picked up (hidden under the dragged copy until the
    // drop) or in its slot, never on the way.
    for (const p of samples) expect([JSON.stringify(slot), JSON.stringify(before)]).toContain(JSON.stringify(p));
    expect(samples.at(-1)).toEqual(slot);
    await expect(mirrorCell(page, /^Nivå 1/, 1)).toHaveText('PPT – sakkyndig vurdering – Pedagogisk-psykologisk tjeneste (PPT)');
  });
});

test('the example’s puzzle: services and gaps read as a table; a loose piece is placed from the keyboard; the grid is edited', async ({ page }) => {
  await page.getByRole('button', { name: /Åpne eksempel/ }).click();
  await page.getByRole('button', { name: /^SAMMEN – barn og unge i Stjørdal/ }).click();
  await expect(mirrorCell(page, /^Nivå 3/, 1)).toHaveText('BUP – utredning – BUP Helse Nord-Trøndelag');
  await expect(mirrorCell(page, /^Nivå 2/, 0)).toContainText('Hull i tilbudet: Økt skolevegring');
  await expect(mirrorCell(page, /^Nivå 0/, 3)).toHaveText('Hull i tilbudet');

  await page.getByRole('tab', { name: 'Oppsummering' }).click();
  await expect(page.getByText('15 brikker: 13 plassert, 2 løse. 3 av 16 plasser er hull.')).toBeVisible();
  const byCategory = page.getByRole('table', { name: 'Brikker per tilbyderkategori' });
  await expect(byCategory.getByRole('row', { name: /Spesialisthelsetjeneste/ })).toContainText('2');

  // Keyboard: the inventory's level list places the loose emergency service in level 0's free slot.
  await page.getByRole('button', { name: 'Kartlegging (tabell)' }).click();
  await page.getByRole('combobox', { name: 'Nivå: Legevakt – akutt psykisk helsehjelp' }).selectOption({ label: 'Nivå 0 – undring og bekymring' });
  await page.getByRole('button', { name: 'Lukk kartleggingen' }).click();
  await expect(mirrorCell(page, /^Nivå 0/, 3)).toHaveText('Legevakt – akutt psykisk helsehjelp – Legevakt');
  await expect(page.getByText('15 brikker: 14 plassert, 1 løs. 2 av 16 plasser er hull.')).toBeVisible();

  // A note on a gap, written in the summary.
  const note = page.getByRole('textbox', { name: 'Merknad om hullet Nivå 2 – samarbeid med andre tjenester × Forebygging' });
  await note.fill('Felles tiltak mot skolevegring – æøå');
  await note.blur();
  await expect(mirrorCell(page, /^Nivå 2/, 0)).toHaveText('Hull i tilbudet: Felles tiltak mot skolevegring – æøå');

  // The grid: add a phase, and switch the rows to the three-level template.
  await page.getByRole('tab', { name: 'Rutenett' }).click();
  await page.getByRole('button', { name: 'Legg til kolonne' }).click();
  const newColumn = page.getByRole('textbox', { name: 'Navn på kolonne 5' });
  await newColumn.fill('Ettervern');
  await newColumn.press('Enter');
  await expect(page.getByRole('table', { name: 'Puslespillet som tabell' }).getByRole('columnheader', { name: 'Ettervern' })).toBeAttached();
  await page.getByRole('button', { name: 'Bruk radene «Universelt, tidlig hjelp, spesialisert»' }).click();
  await expect(page.getByRole('textbox', { name: 'Navn på rad 1' })).toHaveValue('Universelt');
  await expect(page.getByRole('textbox', { name: 'Navn på rad 4' })).toHaveCount(0);
  // Pieces stay on their level by position: level 3's services went to the tray, the others stayed.
  await expect(mirrorCell(page, /^Tidlig hjelp/, 0)).toHaveText('Helsestasjon for ungdom – Helsestasjon');
});

test('on the canvas: the whole puzzle in the first view, pieces read aloud by slot, no handles, and panel keys stay in the panel', async ({ page }) => {
  await newWorkshopWithPuzzle(page, 'Barn og unge – tastatur');
  const canvas = (await page.getByTestId('canvas').boundingBox())!;
  // The first view takes in the row names left of the grid and the column names above it
  // (backdrop, not items), not just the pieces lying in the tray.
  for (const corner of [{ x: -340, y: -110 }, { x: 0, y: 4 * cell.h }]) {
    const p = await toScreen(page, corner);
    expect(p.x).toBeGreaterThanOrEqual(canvas.x);
    expect(p.y).toBeGreaterThanOrEqual(canvas.y);
    expect(p.x).toBeLessThanOrEqual(canvas.x + canvas.width);
    expect(p.y).toBeLessThanOrEqual(canvas.y + canvas.height);
  }

  const items = page.getByRole('list', { name: /Elementer på tavla/ }).getByRole('listitem');
  await expect(items).toHaveCount(10);
  const name = 'Barnevern – hjelpetiltak';
  const entry = items.filter({ hasText: name });
  await expect(entry).toHaveText(`Brikke: ${name} – Barnevern, ikke plassert`);
  const id = await pieceId(page, name);
  await dragPiece(page, id, slotCentre(2, 2));
  await expect(entry).toHaveText(/^Brikke: Barnevern – hjelpetiltak – Barnevern, i Nivå 2.* × Oppfølging$/);

  // Selected, a piece gets its outline but no resize or rotate handles: it has its slot's size.
  await entry.focus();
  await expect(entry).toHaveAttribute('aria-current', 'true');
  const handles = await page.evaluate(() => {
    type Tr = { nodes(): unknown[]; isVisible(): boolean };
    const konva = (window as unknown as { Konva: { stages: { find(s: string): Tr[] }[] } }).Konva;
    const tr = konva.stages[0]!.find('Transformer')[0]!;
    return { nodes: tr.nodes().length, visible: tr.isVisible() };
  });
  expect(handles).toEqual({ nodes: 0, visible: false });

  // Backspace and Delete on a control of the panel beside the board don't touch the selection.
  const panel = page.getByRole('complementary', { name: 'Puslespillet' });
  await panel.getByRole('tab', { name: 'Oppsummering' }).click();
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Delete');
  // Nor after a click on the panel's text, which leaves the focus nowhere in particular.
  await panel.getByText('Hull per nivå').click();
  expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('Backspace');
  // Nor do the board's tool letters act there.
  await page.keyboard.press('n');
  await expect(page.getByRole('toolbar', { name: 'Verktøy' }).getByRole('button', { name: 'Velg', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(items).toHaveCount(10);

  // On the board, Delete deletes the selected piece.
  await entry.focus();
  await page.keyboard.press('Delete');
  await expect(items).toHaveCount(9);
  await expect(items.filter({ hasText: name })).toHaveCount(0);
});

test('a piece dragged out of the grid onto the open board goes back to the tray (issue 16)', async ({ page }) => {
  await newWorkshopWithPuzzle(page, 'Brikker tilbake i kurven');
  const grid = defaultPuzzleProps();
  const trayCentre = (i: number) => {
    const r = trayPlace(grid, i);
    return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
  };
  const name = 'Barnevern – hjelpetiltak';
  const id = await pieceId(page, name);
  const { samples } = await dragPiece(page, id, slotCentre(1, 1));
  expect(samples.at(-1)).toEqual(slotCentre(1, 1));
  // Let go far below the grid: it lies in the tray, on its first free place, not on the open board.
  const below = { x: slotCentre(3, 1).x, y: slotCentre(3, 1).y + 900 };
  const out = await dragPiece(page, id, below);
  const end = out.samples.at(-1)!;
  const places = Array.from({ length: 12 }, (_, i) => trayCentre(i));
  expect(places.some((p) => Math.abs(p.x - end.x) < 0.01 && Math.abs(p.y - end.y) < 0.01), `${JSON.stringify(end)} is a tray place`).toBe(true);
  await expect(page.getByRole('table', { name: 'Puslespillet som tabell' }).getByRole('row', { name: /^Nivå 1/ }).getByRole('cell').nth(1)).not.toContainText(name);
});
