import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import type { WorkshopDoc } from '../../../shared/model/document.ts';
import type { ActorId } from '../../../shared/model/ids.ts';
import { buildReport, type ReportOptions, type ReportProgress } from '../../../renderer/src/export/report/buildReport.ts';
import { drawBoardInNode, loadFontFromDisk } from './nodeDrawing.ts';
import { pdfPages } from './pdfText.ts';

/*
 * The workshop report as a reader gets it: built from the Værnesregionen example (boards through
 * the recorded-primitives path, tables from the document), then read back through pdf.js the way
 * a PDF viewer's search and copy read it.
 */

const exportedAt = new Date(2026, 2, 12, 10, 0);

async function report(doc: WorkshopDoc, options: Partial<ReportOptions> = {}, extra: { onProgress?: (p: ReportProgress) => void; signal?: AbortSignal } = {}) {
  const bytes = await buildReport(
    doc,
    { paper: 'A4', language: 'nb', exportedAt, ...options },
    { loadFont: loadFontFromDisk, drawBoard: async (board) => drawBoardInNode(doc, board), ...extra },
  );
  return { bytes, pages: await pdfPages(bytes) };
}

const example = buildExampleWorkshop();
const norwegian = report(example);

/** The page (1-based) a contents line points to, and the line's title. */
function contentsLines(contents: string): { title: string; page: number }[] {
  return contents
    .split('\n')
    .map((line) => /^(.*\S) (\d+)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && !m[1]!.startsWith('Eksportert') && !m[1]!.startsWith('Exported'))
    .map((m) => ({ title: m[1]!, page: Number(m[2]) }));
}

describe('the PDF report', () => {
  it('numbers every page "Side n av N" and dates it in its footer', async () => {
    const { pages } = await norwegian;
    expect(pages.length).toBeGreaterThan(8);
    pages.forEach((text, i) => {
      const last = text.split('\n').at(-1);
      expect(last).toBe(`Eksportert 12. mars 2026 Side ${i + 1} av ${pages.length}`);
    });
  });

  it('opens with a cover: title, region, process guide, the gatherings with their dates, the participants with their organisations', async () => {
    const { pages } = await norwegian;
    const cover = pages[0]!;
    expect(cover).toContain('Læringsnettverk psykisk helse og rus –\nVærnesregionen');
    expect(cover).toContain('Region eller helsefellesskap: Værnesregionen');
    expect(cover).toContain('Prosessveileder: Prosessveileder (ekstern)');
    expect(cover).toContain('• Samling 1 – oppstart: 17. september 2019, Værnes');
    expect(cover).toContain('• Samling 4 (digital) – erfaringer og veien videre: 16. mars 2021, Digitalt');
    // The participants' table may run onto the next page; every participant is there with their organisation.
    const people = pages.slice(0, 2).join('\n');
    expect(people).toContain('Ingrid Moe Stjørdal kommune Koordinator for forbedringsteamet');
    expect(people).toContain('Lars Øyen Helse Nord-Trøndelag HF, Stjørdal DPS Avdelingsleder, poliklinikk');
    expect(people).toContain('Åse Løkken Tydal kommune Enhetsleder helse og omsorg');
  });

  it('has bookmarks for the reader’s side panel: the boards and the tables, each opening its page', async () => {
    const { bytes, pages } = await norwegian;
    const task = getDocument({ data: new Uint8Array(bytes) });
    const pdf = await task.promise;
    const outline = await pdf.getOutline();
    expect(outline.map((o) => o.title)).toEqual(['Tavler', 'Tabeller']);
    const boards = outline[0]!.items;
    expect(boards.map((o) => o.title)).toEqual(['Fritt lerret: Forbedringsområder', 'SAMMEN-puslespillet: SAMMEN – barn og unge i Stjørdal', 'Aktørkart – Værnesregionen', 'HUKI-matrise: Roller og ansvar', 'Akuttloopen i Værnesregionen']);
    for (const item of [...boards, ...outline[1]!.items]) {
      const page = await pdf.getPageIndex((item.dest as unknown[])[0] as { num: number; gen: number });
      expect(pages[page]!.split('\n')[0]).toBe(item.title);
    }
    await task.destroy();
  });

  it('sets a Hebrew or Arabic paragraph flush right and a Norwegian one flush left', async () => {
    const doc = structuredClone(example);
    doc.meta.description = 'שלום עולם\nEn norsk linje';
    const { bytes } = await report(doc);
    const task = getDocument({ data: new Uint8Array(bytes) });
    const page = await (await task.promise).getPage(1);
    const items = (await page.getTextContent()).items as { str: string; transform: number[]; width: number }[];
    const hebrew = items.filter((i) => /[\u0590-\u05ff]/.test(i.str));
    const norwegian = items.find((i) => i.str.startsWith('En norsk linje'))!;
    const right = Math.max(...hebrew.map((i) => i.transform[4]! + i.width));
    const margin = norwegian.transform[4]!;
    // Flush right: it ends where the Norwegian line starts, mirrored (the page is symmetric).
    expect(Math.abs(right - (page.view[2]! - margin))).toBeLessThan(1);
    await task.destroy();
  });

  it('lists every board and table in the contents, each with the page it starts on', async () => {
    const { pages } = await norwegian;
    const contentsPage = pages.findIndex((p) => p.startsWith('Innhold\n'));
    expect(contentsPage).toBeGreaterThan(0);
    const lines = contentsLines(pages[contentsPage]!);
    const titles = lines.map((l) => l.title);
    // A board by its kind and name, or by its name alone when that already says its kind.
    for (const board of Object.values(example.boards)) expect(titles.some((t) => t === board.name || t.endsWith(`: ${board.name}`))).toBe(true);
    expect(titles).toContain('Interessentanalyse');
    expect(titles).toContain('HUKI-matrise: Roller og ansvar');
    for (const line of lines.filter((l) => !['Tavler', 'Tabeller'].includes(l.title))) {
      // The page it names starts with that heading.
      expect(pages[line.page - 1]!.split('\n')[0]).toBe(line.title);
    }
  });

  it('draws a board from its recorded primitives, with its labels as searchable text', async () => {
    const { pages } = await norwegian;
    const board = pages.find((p) => p.startsWith('Fritt lerret: Forbedringsområder'))!;
    expect(board).toBeDefined();
    // The note "Bedre samhandling mellom kommunene og Stjørdal DPS", wrapped in its box.
    expect(board).toMatch(/Stjørdal DPS/);
    expect(board).toMatch(/brukermedvirkningen/);
    expect(board.replace(/\s+/g, ' ')).toContain('Værnesregionen');
  });

  it('has the stakeholder analysis of the whole registry', async () => {
    const { pages } = await norwegian;
    const table = pages.filter((p) => p.startsWith('Interessentanalyse')).join('\n');
    expect(table).toContain('Interessent Kategori Interesse i prosjektet');
    // Columns as wide as their longest words: "Spesialisthelsetjenesten" is not broken.
    expect(table).toMatch(/^Stjørdal DPS Spesialisthelsetjeneste Prosjekteier; deltaker i A H – Høy H – Høy Positiv/m);
    expect(table).toMatch(/^Mental Helse Bruker- og frivillige Deltaker;/m);
    expect(table).toMatch(/^NAV Kommune /m);
    expect(table).toMatch(/H – Høy/);
    for (const actor of Object.values(example.actors).filter((a) => !a.name.includes(' '))) expect(table, actor.name).toContain(actor.name);
  });

  it('has each HUKI matrix with its letters and the findings of its checks', async () => {
    const { pages } = await norwegian;
    const huki = pages.find((p) => p.startsWith('HUKI-matrise: Roller og ansvar\nH = Hovedansvarlig'))!;
    expect(huki).toContain('H = Hovedansvarlig · U = Utførende · K = Konsulteres · I = Informeres');
    expect(huki).toContain('Forberede Sette sammen forbedringsteamet H U K U K I');
    expect(huki).toContain('Funn');
    expect(huki).toContain('! Ingen hovedansvarlig (H) for «Involvere fastlegene via praksiskonsulentordningen (PKO)»');
    expect(huki).toContain('! «Psykisk helse og rus, Stjørdal» er utførende (U) på 9 oppgaver – mer enn 5');
  });

  it('has the puzzle’s inventory and its gaps, and the acute loop’s figures', async () => {
    const { pages } = await norwegian;
    const from = pages.findIndex((p) => p.startsWith('Kartlegging: SAMMEN'));
    const to = pages.findIndex((p) => p.startsWith('Akuttloopen i tall'));
    const puzzle = pages.slice(from, to).join('\n');
    expect(puzzle).toMatch(/\d+ brikker: \d+ plassert, \d+ løse\. \d+ av \d+ plasser er hull\./);
    expect(puzzle).toContain('Helsestasjon 0–5 år');
    expect(puzzle).toMatch(/^Hull i tilbudet\nNivå Fase Merknader\n/m);
    expect(puzzle).toContain('Økt skolevegring helt ned i barneskolealder');
    const loop = pages.filter((p) => p.startsWith('Akuttloopen i tall') || p.startsWith('Stasjonene i loopen')).join('\n');
    expect(loop).toContain('Andel utenfor kontortid 76 %');
    expect(loop).toContain('Kontortid 08:00–15:30');
    expect(loop).toContain('Totalt 340');
    expect(loop).toContain('Runder i året per pasient 17');
    expect(loop).toContain('Pasienter 20');
    expect(loop).toMatch(/1 Hjemme 16:00/);
    // The station table's "→ DPS" has no arrow in the shipped fonts: a look-alike, never a blank box.
    expect(loop).toMatch(/› DPS: Ingen time avtalt/);
  });

  it('speaks English when asked, numbers and dates included', async () => {
    const { pages } = await report(example, { language: 'en', paper: 'A3' });
    expect(pages[0]).toContain('Region or health community: Værnesregionen');
    expect(pages[0]).toContain('• Samling 1 – oppstart: 17 September 2019, Værnes');
    expect(pages.some((p) => p.startsWith('Contents\n'))).toBe(true);
    expect(pages.some((p) => p.startsWith('Stakeholder analysis'))).toBe(true);
    expect(pages.some((p) => p.includes('Share outside office hours 76%'))).toBe(true);
    expect(pages.at(-1)!.split('\n').at(-1)).toBe(`Exported 12 March 2026 Page ${pages.length} of ${pages.length}`);
  });

  it('writes æøå and Sami letters with real glyphs (ŋ and ŧ from the fallback font), emoji from Noto Emoji, Hebrew and Arabic right to left, "?" for a script it has no font for; all fonts embedded', async () => {
    const doc = structuredClone(example);
    doc.meta.region = 'Sámi guovlu – Čáhcesuolu ŋ ŧ Ŋ Ŧ đ š ž 😀 👍🏽 ❤️ ÆØÅ æøå';
    doc.meta.facilitator = 'שלום עולם 2024 DPS';
    doc.meta.description = 'Sitat fra en pårørende: مرحبا بك. 你好';
    const dps = Object.values(doc.actors).find((a) => a.name === 'Stjørdal DPS')!;
    doc.actors[dps.id as ActorId] = { ...dps, name: 'Sámi klinihkka – Čáhcesuolu' };
    const { bytes, pages } = await report(doc);
    // The emoji are real glyphs with their own code points in the text layer. The variation
    // selector of ❤️ and the skin tone of 👍🏽 only steer colour, which a one-colour emoji has not.
    expect(pages[0]).toContain('Region eller helsefellesskap: Sámi guovlu – Čáhcesuolu ŋ ŧ Ŋ Ŧ đ š ž 😀 👍 ❤ ÆØÅ æøå');
    // pdf.js reads each right-to-left run back in logical order, so the text layer searches as typed.
    expect(pages[0]).toContain('Prosessveileder: DPS 2024 שלום עולם');
    // Arabic comes back in its joined forms: the dots drawn as glyphs of their own read as zero
    // width joiners, nothing stray; without them the words read as typed.
    const sitat = pages[0]!.split('\n').find((l) => l.startsWith('Sitat fra en pårørende:'))!;
    expect([...sitat].every((c) => c.codePointAt(0)! >= 0x20)).toBe(true);
    expect(sitat.replaceAll('\u200d', '').normalize('NFKC')).toContain('بك مرحبا');
    expect(pages[0]).toContain('. ??');
    expect(pages.filter((p) => p.startsWith('Interessentanalyse')).join('\n')).toMatch(/^Sámi klinihkka – Spesialisthelsetjeneste/m);

    // Every font the file uses is embedded (a FontFile2 in each descriptor); none is left to the reader's machine.
    const pdf = await PDFDocument.load(bytes);
    const descriptors = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object)
      .filter((o): o is PDFDict => o instanceof PDFDict && o.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'));
    expect(descriptors.length).toBeGreaterThan(1);
    for (const d of descriptors) expect(d.has(PDFName.of('FontFile2'))).toBe(true);
    const names = descriptors.map((d) => String(d.get(PDFName.of('FontName'))));
    expect(names.some((n) => n.includes('AtkinsonHyperlegibleNext'))).toBe(true);
    expect(names.some((n) => n.includes('NotoSans'))).toBe(true);
    expect(names.some((n) => n.includes('NotoEmoji'))).toBe(true);
    expect(names.some((n) => n.includes('NotoSansHebrew'))).toBe(true);
    expect(names.some((n) => n.includes('NotoSansArabic'))).toBe(true);
  });

  it('reports progress board by board and stops with an AbortError when cancelled', async () => {
    const seen: ReportProgress[] = [];
    await report(example, {}, { onProgress: (p) => seen.push(p) });
    const total = Object.keys(example.boards).length + 2;
    expect(seen.map((p) => p.done)).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    expect(seen.every((p) => p.total === total)).toBe(true);

    const controller = new AbortController();
    const cancelled = report(example, {}, { signal: controller.signal, onProgress: (p) => p.done === 2 && controller.abort() });
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('makes a report of an empty workshop: a cover that says so, the contents, the empty registry', async () => {
    const doc: WorkshopDoc = { ...structuredClone(example), meta: { ...example.meta, title: '' }, gatherings: {}, participants: {}, actors: {}, boards: {}, items: {} };
    const { pages } = await report(doc);
    expect(pages[0]).toMatch(/^Verksted uten tittel\n/);
    expect(pages[0]).toContain('Ingen samlinger er lagt inn.');
    expect(pages[0]).toContain('Ingen deltakere er lagt inn.');
    expect(pages.some((p) => p.includes('Aktørregisteret er tomt.'))).toBe(true);
  });
});
