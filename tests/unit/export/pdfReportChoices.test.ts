import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../shared/model/document.ts';
import { buildReport, type ReportOptions } from '../../../renderer/src/export/report/buildReport.ts';
import { xmpPacket } from '../../../renderer/src/export/pdf/xmpMetadata.ts';
import { drawBoardInNode, loadFontFromDisk } from './nodeDrawing.ts';
import { pdfPages } from './pdfText.ts';

/*
 * The PDF report's choices and additions from issue 20, read back from the real file with pdf.js:
 * which boards go in, portrait or landscape, the dot votes, the XMP metadata, and board titles
 * that do not repeat their kind.
 */

const exportedAt = new Date(2026, 2, 12, 10, 0);

/** The example workshop with a closed dot vote on its whiteboard (as the Word export's test has it). */
function withVote(): WorkshopDoc {
  const doc = buildExampleWorkshop();
  const whiteboard = boardsInOrder(doc).find((b) => b.kind === 'whiteboard')!;
  const notes = Object.values(doc.items).filter((i) => i.boardId === whiteboard.id && i.type === 'note');
  doc.boards[whiteboard.id] = {
    ...whiteboard,
    vote: {
      id: 'vote_a1', question: 'Hva skal vi jobbe med først?', dotsPerParticipant: 3, hidden: false, closed: true, startedAt: '',
      voters: [{ id: 'voter_a', name: 'Ingrid', colour: '#1f5fa8' }, { id: 'voter_b', name: 'Lars', colour: '#a81f5f' }],
      dots: [{ voterId: 'voter_a', itemId: notes[0]!.id }, { voterId: 'voter_b', itemId: notes[0]!.id }, { voterId: 'voter_b', itemId: notes[1]!.id }],
    },
  };
  return doc;
}

async function read(doc: WorkshopDoc, options: Partial<ReportOptions> = {}) {
  const bytes = await buildReport(doc, { paper: 'A4', language: 'nb', exportedAt, ...options }, { loadFont: loadFontFromDisk, drawBoard: async (board) => drawBoardInNode(doc, board) });
  const pages = await pdfPages(bytes);
  const task = getDocument({ data: new Uint8Array(bytes) });
  const pdf = await task.promise;
  const sizes: { w: number; h: number }[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const [x0, y0, x1, y1] = (await pdf.getPage(n)).view as [number, number, number, number];
    sizes.push({ w: Math.round(x1 - x0), h: Math.round(y1 - y0) });
  }
  const outline = await pdf.getOutline();
  const { metadata, info } = await pdf.getMetadata();
  // The contents page's links: where each opens, and its description.
  const contentsIndex = pages.findIndex((p) => p.startsWith('Innhold\n'));
  const links: { title: string; page: number }[] = [];
  for (const a of contentsIndex >= 0 ? ((await (await pdf.getPage(contentsIndex + 1)).getAnnotations()) as { subtype: string; dest: unknown[]; contentsObj?: { str: string } }[]) : []) {
    if (a.subtype !== 'Link') continue;
    links.push({ title: a.contentsObj?.str ?? '', page: await pdf.getPageIndex(a.dest[0] as { num: number; gen: number }) });
  }
  await task.destroy();
  return { pages, sizes, outline, metadata, info: info as Record<string, unknown>, links };
}

const doc = withVote();
const everything = read(doc);

describe('the PDF report’s choices', () => {
  it('holds only the boards the user ticked: their pages, their tables, their votes; the stakeholder analysis stays', async () => {
    const boards = boardsInOrder(doc);
    const huki = boards.find((b) => b.kind === 'huki')!;
    const actorMap = boards.find((b) => b.kind === 'actorMap')!;
    const { pages, outline } = await read(doc, { boardIds: new Set([huki.id, actorMap.id]) });
    expect(outline.map((o) => o.title)).toEqual(['Tavler', 'Tabeller']);
    expect(outline[0]!.items.map((o) => o.title)).toEqual(['Aktørkart – Værnesregionen', 'HUKI-matrise: Roller og ansvar']);
    expect(outline[1]!.items.map((o) => o.title)).toEqual(['Interessentanalyse', 'HUKI-matrise: Roller og ansvar']);
    const all = pages.join('\n');
    for (const left of boards.filter((b) => b !== huki && b !== actorMap)) expect(all, left.name).not.toContain(left.name);
    // The whiteboard's vote went with the whiteboard.
    expect(all).not.toContain('Prikkstemming');
    const full = await everything;
    expect(pages.length).toBeLessThan(full.pages.length);
  });

  it('is landscape by default; in portrait its text pages stand and a wide board page lies on its side, each with its footer', async () => {
    const landscape = await everything;
    expect(new Set(landscape.sizes.map((s) => `${s.w}x${s.h}`))).toEqual(new Set(['842x595']));
    const { pages, sizes } = await read(doc, { orientation: 'portrait' });
    expect(sizes[0]).toEqual({ w: 595, h: 842 });
    const boardPages = pages.map((p, i) => ({ first: p.split('\n')[0]!, size: sizes[i]! })).filter((p) => p.first === 'Aktørkart – Værnesregionen' || p.first === 'Fritt lerret: Forbedringsområder');
    expect(boardPages).toHaveLength(2);
    for (const p of boardPages) expect(p.size, p.first).toEqual({ w: 842, h: 595 });
    const stakeholders = pages.findIndex((p) => p.startsWith('Interessentanalyse'));
    expect(sizes[stakeholders]).toEqual({ w: 595, h: 842 });
    pages.forEach((text, i) => expect(text.split('\n').at(-1), `page ${i + 1}`).toBe(`Eksportert 12. mars 2026 Side ${i + 1} av ${pages.length}`));
  });

  it('has the dot votes: a contents heading, and per vote the items with dots, most first, with who gave them', async () => {
    const { pages, outline } = await everything;
    expect(outline.map((o) => o.title)).toEqual(['Tavler', 'Tabeller', 'Avstemninger']);
    expect(outline[2]!.items.map((o) => o.title)).toEqual(['Prikkstemming: Forbedringsområder']);
    const page = pages.find((p) => p.startsWith('Prikkstemming: Forbedringsområder'))!;
    expect(page).toBeDefined();
    expect(page).toMatch(/\n1 .+ 2 Ingrid, Lars\n/);
    expect(page).toMatch(/\n2 .+ 1 Lars\n/);
    expect(pages.find((p) => p.startsWith('Innhold'))).toMatch(/\nAvstemninger \d+\nPrikkstemming: Forbedringsområder \d+/);
  });

  it('identifies itself in XMP metadata: title, language, author, subject, as pdf.js reads them', async () => {
    const { metadata, info } = await everything;
    expect(metadata).toBeTruthy();
    expect(metadata!.get('dc:title')).toBe('Læringsnettverk psykisk helse og rus – Værnesregionen');
    expect(metadata!.get('dc:language')).toBe('nb-NO');
    expect(metadata!.get('dc:creator')).toEqual([doc.meta.facilitator]);
    expect(metadata!.get('dc:description')).toBe('Rapport fra samhandlingsverkstedet');
    expect(metadata!.get('xmp:creatortool')).toBe('Samkart');
    expect(info.Title).toBe(metadata!.get('dc:title'));
  });

  it('keeps odd titles whole in the XMP packet: markup, quotes, emoji, Sami and Hebrew; drops what XML forbids', async () => {
    const odd = buildExampleWorkshop();
    odd.meta = { ...odd.meta, title: 'Snåase – Snåsa <script>"&" 🚑 שלום\u0001', facilitator: '' };
    const { metadata } = await read(odd, { language: 'en', boardIds: new Set() });
    expect(metadata!.get('dc:title')).toBe('Snåase – Snåsa <script>"&" 🚑 שלום');
    expect(metadata!.get('dc:language')).toBe('en-GB');
    expect(metadata!.get('dc:creator')).toBeNull();
    expect(xmpPacket({ title: 'a', language: 'nb-NO', date: exportedAt, tool: 'Samkart' })).toMatch(/^<\?xpacket begin="\ufeff"[\s\S]*<\?xpacket end="w"\?>$/);
  });

  it('titles a board page by its name alone when the name already says its kind', async () => {
    const { pages } = await everything;
    const firstLines = pages.map((p) => p.split('\n')[0]);
    expect(firstLines).toContain('Aktørkart – Værnesregionen');
    expect(firstLines).toContain('Akuttloopen i Værnesregionen');
    expect(firstLines).toContain('HUKI-matrise: Roller og ansvar');
    expect(pages.join('\n')).not.toContain('Aktørkart: Aktørkart');
  });

  it('makes every contents line a link to the page it names', async () => {
    const { pages, links } = await everything;
    expect(links.length).toBeGreaterThanOrEqual(10);
    expect(links.map((l) => l.title)).toContain('Aktørkart – Værnesregionen');
    expect(links.map((l) => l.title)).toContain('Prikkstemming: Forbedringsområder');
    for (const link of links.filter((l) => !['Tavler', 'Tabeller', 'Avstemninger'].includes(l.title))) {
      expect(pages[link.page]!.split('\n')[0], link.title).toBe(link.title);
    }
  });
});
