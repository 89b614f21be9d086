import { describe, expect, it } from 'vitest';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { buildReport } from '../../../renderer/src/export/report/buildReport.ts';
import { drawBoardInNode, loadFontFromDisk } from './nodeDrawing.ts';
import { allElements as all, readTagged } from './pdfStructureRead.ts';

/*
 * The report as a screen reader gets it: a tagged PDF, read back through pdf.js (pdfStructureRead.ts).
 * The boards here are drawn by the Node stand-in (nodeDrawing.ts: notes only); the figures of the
 * real boards are checked in Chromium (tests/e2e/exportEngine.spec.ts).
 */

const example = buildExampleWorkshop();

async function report() {
  const bytes = await buildReport(
    example,
    { paper: 'A4', language: 'nb', exportedAt: new Date(2026, 2, 12) },
    { loadFont: loadFontFromDisk, drawBoard: async (board) => drawBoardInNode(example, board) },
  );
  return { bytes, pages: await readTagged(bytes) };
}

const tagged = report();

describe('the PDF report, tagged', () => {
  it('is marked as tagged, in Norwegian, with its title shown', async () => {
    const { bytes } = await tagged;
    const pdf = await PDFDocument.load(bytes);
    const markInfo = pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(String(markInfo.get(PDFName.of('Marked')))).toBe('true');
    expect(pdf.catalog.get(PDFName.of('StructTreeRoot'))).toBeDefined();
    expect(String(pdf.catalog.get(PDFName.of('Lang')))).toContain('nb-NO');
    const viewer = pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(String(viewer.get(PDFName.of('DisplayDocTitle')))).toBe('true');
  });

  it('puts every piece of text in an element or marks it as page furniture', async () => {
    const { pages } = await tagged;
    pages.forEach((page, i) => expect(page.untagged, `page ${i + 1}`).toEqual([]));
  });

  it('reads the cover as a heading and paragraphs, the contents as a list of entries', async () => {
    const { pages } = await tagged;
    const cover = all(pages[0]!.elements);
    expect(cover.find((e) => e.role === 'H1')?.text.replace(/\s+/g, ' ')).toBe('Læringsnettverk psykisk helse og rus – Værnesregionen');
    expect(cover.some((e) => e.role === 'P' && e.text.startsWith('Region eller helsefellesskap:') && e.text.includes('Værnesregionen'))).toBe(true);
    const contents = pages.flatMap((p) => all(p.elements)).filter((e) => e.role === 'TOCI');
    expect(contents.length).toBeGreaterThanOrEqual(Object.keys(example.boards).length);
    // Each entry is a link (its words and its clickable area in one Link element).
    expect(contents.every((e) => e.children.length === 1 && e.children[0]!.role === 'Link')).toBe(true);
    expect(contents.some((e) => /^Aktørkart – Værnesregionen \d+$/.test(e.children[0]!.text))).toBe(true);
  });

  it('gives each board with content a figure whose text alternative names the board and the words on it', async () => {
    const { pages } = await tagged;
    const figures = pages.flatMap((p) => all(p.elements)).filter((e) => e.role === 'Figure');
    expect(figures.length).toBeGreaterThanOrEqual(3);
    const notes = figures.find((f) => f.alt?.startsWith('Bilde av tavla Fritt lerret: Forbedringsområder. Tekstene på den: '));
    // A wrapped note reads as one label, not line by line; labels are set apart by semicolons.
    expect(notes?.alt).toContain('; Styrke brukermedvirkningen;');
    expect(notes?.alt).toContain('Bedre samhandling mellom kommunene og Stjørdal DPS;');
  });

  it('reads tables as tables: a header row of column headings, then rows of cells', async () => {
    const { pages } = await tagged;
    const tables = pages.flatMap((p) => all(p.elements)).filter((e) => e.role === 'Table');
    const stakeholders = tables.find((table) => table.children[0]?.children.some((c) => c.role === 'TH' && c.text === 'Interessent'));
    expect(stakeholders).toBeDefined();
    const [header, ...rows] = stakeholders!.children;
    expect(header!.children.every((c) => c.role === 'TH')).toBe(true);
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.every((row) => row.role === 'TR' && row.children.every((c) => c.role === 'TD'))).toBe(true);
    expect(rows[0]!.children.map((c) => c.text).slice(0, 2)).toEqual(['Brukeren', 'Bruker og pårørende']);
  });
});
