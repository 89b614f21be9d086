import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { WorkshopDoc } from '../../shared/model/document.ts';
import type { BoardId } from '../../shared/model/ids.ts';
import type { Board } from '../../shared/model/records.ts';
import { openHarness, startExportHarness, type ExportHarness } from '../bench/export.ts';
import { pdfPages } from '../unit/export/pdfText.ts';
import { allElements, readTagged } from '../unit/export/pdfStructureRead.ts';

/*
 * The export engine (renderer/src/export) in Chromium, called directly on the example workshop:
 * every board kind drawn off screen by its own canvas code, as PNG at each scale, as SVG with real
 * text, and the whole workshop as a PDF whose text layer holds the boards' labels. The page is the
 * engine built for production under the app's Content-Security-Policy (see tests/bench/export.ts);
 * the export dialog around it has its own test (export.spec.ts). Files land in
 * test-results/export-engine for a person to look at.
 */

const out = join(import.meta.dirname, '../../test-results/export-engine');

/** The example's boards and words each one's drawing must hold as text. */
const boards = [
  { name: 'Forbedringsområder', words: ['Styrke', 'brukermedvirkningen', 'Stjørdal DPS'] },
  { name: 'Aktørkart – Værnesregionen', words: ['Stjørdal DPS', 'Pårørende', 'Brukeren'] },
  { name: 'Roller og ansvar', words: ['Sette sammen forbedringsteamet', 'Hovedansvarlig'] },
  { name: 'SAMMEN – barn og unge i Stjørdal', words: ['Helsestasjon 0–5 år', 'Hull i tilbudet'] },
  { name: 'Akuttloopen i Værnesregionen', words: ['Legevakt', 'Hjemme', '76 %'] },
] as const;

/** What the harness page offers (tests/bench/export.ts), as much of it as these tests use. */
interface Engine {
  buildExampleWorkshop(): WorkshopDoc;
  boardsInOrder(doc: WorkshopDoc): Board[];
  exportBoardPng(doc: WorkshopDoc, id: BoardId, options: { scale: 1 | 2 | 'a4-300dpi'; background: boolean }, signal?: AbortSignal): Promise<Blob>;
  exportBoardSvg(doc: WorkshopDoc, id: BoardId, options: { background: boolean }, signal?: AbortSignal): Promise<string>;
  exportWorkshopPdf(doc: WorkshopDoc, options: { paper: 'A4' | 'A3'; language: 'nb' | 'en'; exportedAt: Date }, onProgress?: (p: { done: number; total: number }) => void, signal?: AbortSignal): Promise<Uint8Array>;
}

let harness: ExportHarness;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  harness = await startExportHarness();
  mkdirSync(out, { recursive: true });
});

test.afterAll(async () => {
  await harness?.close();
});

/** Collects Content-Security-Policy violations (a font fetched from where the policy forbids). */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
}

interface SvgFacts {
  wellFormed: boolean;
  texts: number;
  images: number;
  content: string;
  viewBox: number[];
}

test('every board kind as SVG: well-formed, its labels as real <text>, no bitmap of the board', async ({ page }) => {
  test.setTimeout(120_000);
  await openHarness(page, harness);
  const violations = await watchPolicy(page);
  for (const board of boards) {
    const { svg, facts } = await page.evaluate(async (name) => {
      const engine = (window as unknown as { exportEngine: Engine }).exportEngine;
      const doc = engine.buildExampleWorkshop();
      const target = engine.boardsInOrder(doc).find((b) => b.name === name)!;
      const svg: string = await engine.exportBoardSvg(doc, target.id, { background: true });
      const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
      const facts = {
        wellFormed: parsed.getElementsByTagName('parsererror').length === 0 && parsed.documentElement.nodeName === 'svg',
        texts: parsed.getElementsByTagName('text').length,
        images: parsed.getElementsByTagName('image').length,
        content: [...parsed.getElementsByTagName('text')].map((t) => t.textContent).join(' | '),
        viewBox: (parsed.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number),
      };
      return { svg, facts };
    }, board.name);
    const f = facts as SvgFacts;
    writeFileSync(join(out, `${board.name}.svg`), svg);
    expect(f.wellFormed, board.name).toBe(true);
    expect(f.texts, board.name).toBeGreaterThan(0);
    expect(f.images, board.name).toBe(0);
    for (const word of board.words) expect(f.content, `${board.name}: ${word}`).toContain(word);
    expect(svg).toContain('@font-face');
  }
  expect(await violations()).toEqual([]);
});

test('PNG at 1× and 2× (twice the pixels), A4 width at 300 dpi, with and without background', async ({ page }) => {
  test.setTimeout(120_000);
  await openHarness(page, harness);
  for (const board of boards) {
    const sizes = await page.evaluate(async (name) => {
      const engine = (window as unknown as { exportEngine: Engine }).exportEngine;
      const doc = engine.buildExampleWorkshop();
      const target = engine.boardsInOrder(doc).find((b) => b.name === name)!;
      const svg: string = await engine.exportBoardSvg(doc, target.id, { background: false });
      const viewBox = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number);
      const measure = async (blob: Blob) => {
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return { type: blob.type, width: bitmap.width, height: bitmap.height, cornerAlpha: ctx.getImageData(0, 0, 1, 1).data[3] };
      };
      const one = await engine.exportBoardPng(doc, target.id, { scale: 1, background: true });
      const two = await engine.exportBoardPng(doc, target.id, { scale: 2, background: false });
      const a4 = await engine.exportBoardPng(doc, target.id, { scale: 'a4-300dpi', background: true });
      const png = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsDataURL(two);
      });
      return { viewBox, one: await measure(one), two: await measure(two), a4: await measure(a4), png };
    }, board.name);
    writeFileSync(join(out, `${board.name} 2x.png`), Buffer.from(sizes.png.slice(sizes.png.indexOf(',') + 1), 'base64'));
    const [x, y, w, h] = sizes.viewBox as [number, number, number, number];
    // 1×: one pixel per board unit, the board's area rounded out to whole units.
    expect(sizes.one, board.name).toMatchObject({ type: 'image/png', width: Math.ceil(x + w) - Math.floor(x), height: Math.ceil(y + h) - Math.floor(y), cornerAlpha: 255 });
    expect(sizes.two, board.name).toMatchObject({ width: sizes.one.width * 2, height: sizes.one.height * 2, cornerAlpha: 0 });
    expect(sizes.a4.width, board.name).toBe(3508);
    expect(Math.abs(sizes.a4.height / sizes.a4.width - sizes.one.height / sizes.one.width)).toBeLessThan(0.002);
  }
});

test('the workshop as a PDF: each board on its page with its labels in the text layer, then the tables, every page with its footer', async ({ page }) => {
  test.setTimeout(120_000);
  await openHarness(page, harness);
  const violations = await watchPolicy(page);
  const result = await page.evaluate(async () => {
    const engine = (window as unknown as { exportEngine: Engine }).exportEngine;
    const doc = engine.buildExampleWorkshop();
    // An emoji on the cover: the emoji font loads from the app's own assets like the others.
    doc.meta.region = `${doc.meta.region} 🤝`;
    // Right-to-left text: the Hebrew and Arabic fonts load and shape in the browser too.
    doc.meta.facilitator = 'שלום עולם – مرحبا بك';
    const progress: { done: number; total: number }[] = [];
    const bytes: Uint8Array = await engine.exportWorkshopPdf(doc, { paper: 'A4', language: 'nb', exportedAt: new Date(2026, 2, 12) }, (p) => progress.push(p));
    return { bytes: Array.from(bytes), progress };
  });
  const bytes = new Uint8Array(result.bytes);
  writeFileSync(join(out, 'rapport.pdf'), bytes);
  const pages = await pdfPages(bytes);
  for (const board of boards) {
    // "Tavle: Forbedringsområder", or the name alone when it already says its kind ("Aktørkart – …").
    const text = pages.find((p) => { const heading = p.split('\n')[0]!; return heading === board.name || heading.endsWith(`: ${board.name}`); });
    expect(text, board.name).toBeDefined();
    const flat = text!.replace(/\s+/g, ' ');
    for (const word of board.words) expect(flat, `${board.name}: ${word}`).toContain(word);
  }
  pages.forEach((p, i) => expect(p.split('\n').at(-1)).toBe(`Eksportert 12. mars 2026 Side ${i + 1} av ${pages.length}`));
  expect(pages.some((p) => p.startsWith('Interessentanalyse'))).toBe(true);
  expect(pages[0]).toContain('Værnesregionen 🤝');
  expect(pages[0]!.replaceAll('\u200d', '').normalize('NFKC')).toMatch(/Prosessveileder: .*بك مرحبا.*שלום עולם|Prosessveileder: .*שלום עולם.*بك مرحبا/);
  // Tagged for a screen reader: every text in an element or marked as furniture, and each board a
  // figure whose text alternative holds the words drawn on it by its own canvas code.
  const tagged = await readTagged(bytes);
  tagged.forEach((page, i) => expect(page.untagged, `page ${i + 1}`).toEqual([]));
  const figures = tagged.flatMap((page) => allElements(page.elements)).filter((e) => e.role === 'Figure');
  expect(figures).toHaveLength(boards.length);
  for (const board of boards) {
    const figure = figures.find((f) => f.alt?.includes(`${board.name}. `));
    expect(figure, board.name).toBeDefined();
    for (const word of board.words) expect(figure!.alt, `${board.name}: ${word}`).toContain(word);
  }
  expect(result.progress.at(-1)).toEqual({ done: boards.length + 2, total: boards.length + 2 });
  expect(await violations()).toEqual([]);
});

test('cancelling rejects with an AbortError, and the page keeps running while a report is made', async ({ page }) => {
  test.setTimeout(120_000);
  await openHarness(page, harness);
  const outcome = await page.evaluate(async () => {
    const engine = (window as unknown as { exportEngine: Engine }).exportEngine;
    const doc = engine.buildExampleWorkshop();
    const board = engine.boardsInOrder(doc)[0]!;
    const names: string[] = [];
    const aborted = new AbortController();
    aborted.abort();
    for (const run of [
      () => engine.exportBoardPng(doc, board.id, { scale: 1, background: true }, aborted.signal),
      () => engine.exportBoardSvg(doc, board.id, { background: true }, aborted.signal),
      () => engine.exportWorkshopPdf(doc, { paper: 'A4', language: 'nb', exportedAt: new Date() }, undefined, aborted.signal),
    ]) {
      try {
        await run();
        names.push('finished');
      } catch (e) {
        names.push((e as Error).name);
      }
    }
    // Cancelled half-way: after the first board.
    const midway = new AbortController();
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    let midwayName = 'finished';
    try {
      await engine.exportWorkshopPdf(doc, { paper: 'A4', language: 'nb', exportedAt: new Date() }, (p) => {
        if (p.done === 1) midway.abort();
      }, midway.signal);
    } catch (e) {
      midwayName = (e as Error).name;
    }
    // A whole report, with the timer running beside it: the export lets the event loop run.
    ticks = 0;
    await engine.exportWorkshopPdf(doc, { paper: 'A4', language: 'nb', exportedAt: new Date() });
    clearInterval(timer);
    return { names, midwayName, ticks };
  });
  expect(outcome.names).toEqual(['AbortError', 'AbortError', 'AbortError']);
  expect(outcome.midwayName).toBe('AbortError');
  expect(outcome.ticks).toBeGreaterThan(0);
});
