import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { buildExampleWorkshop } from '../../../shared/examples/vaernesregionen.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../shared/model/document.ts';
import { newItemId } from '../../../shared/model/ids.ts';
import type { Item } from '../../../shared/model/records.ts';
import { slidesOf } from '../../../shared/present/slides.ts';
import { buildDocx } from '../../../renderer/src/export/docx/buildDocx.ts';
import { buildPptx } from '../../../renderer/src/export/pptx/buildPptx.ts';
import { nodePictures } from './officePictures.ts';
import { pdfPages } from './pdfText.ts';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/*
 * The Word and PowerPoint exports (issue 20), opened as the Office programs open them: unzipped
 * with jszip, their XML parts read. The example workshop gets what a real gathering adds: frames
 * on the whiteboard (steps of the presentation), the facilitator's notes, and a dot vote.
 */

const exportedAt = new Date(2026, 2, 12, 10, 0);

function gathering(): WorkshopDoc {
  const doc = buildExampleWorkshop();
  const whiteboard = boardsInOrder(doc).find((b) => b.kind === 'whiteboard')!;
  const frame = (title: string, x: number): Item => ({
    id: newItemId(), boardId: whiteboard.id, type: 'frame', x, y: -400, w: 600, h: 300, rotation: 0, z: 0,
    parentId: null, groupId: null, locked: false, props: { title, fill: '#f4f4f4' },
  });
  const frames = [frame('1 Forberede', 0), frame('2 Planlegge', 700)];
  for (const f of frames) doc.items[f.id] = f;
  const notes = Object.values(doc.items).filter((i) => i.boardId === whiteboard.id && i.type === 'note');
  doc.boards[whiteboard.id] = {
    ...whiteboard,
    notes: 'Spør først Stjørdal om erfaringene – «hva er viktig for deg?»',
    vote: {
      id: 'vote_a1', question: 'Hva skal vi jobbe med først?', dotsPerParticipant: 3, hidden: false, closed: true, startedAt: '',
      voters: [{ id: 'voter_a', name: 'Ingrid', colour: '#1f5fa8' }, { id: 'voter_b', name: 'Lars', colour: '#a81f5f' }],
      dots: [{ voterId: 'voter_a', itemId: notes[0]!.id }, { voterId: 'voter_b', itemId: notes[0]!.id }, { voterId: 'voter_b', itemId: notes[1]!.id }],
    },
  };
  return doc;
}

const doc = gathering();

async function parts(bytes: Uint8Array): Promise<JSZip> {
  expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  return JSZip.loadAsync(bytes);
}

const text = (zip: JSZip, name: string) => zip.file(name)!.async('string');
/** A slide's words, its text runs joined (a table cell's text is split into a run per word). */
const slideText = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('');

describe('the Word export', () => {
  const built = (async () => {
    const pictures = nodePictures(doc);
    const bytes = await buildDocx(doc, { language: 'nb', exportedAt, boardIds: null }, { pictures });
    const zip = await parts(bytes);
    return { zip, pictures, xml: await text(zip, 'word/document.xml') };
  })();

  it('uses Word’s own heading styles, so a template restyles them and the contents fill in from them', async () => {
    const { xml } = await built;
    const headings = (level: number) => [...xml.matchAll(new RegExp(`<w:pStyle w:val="Heading${level}"/>.*?</w:p>`, 'g'))].map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    expect(xml).toContain('<w:pStyle w:val="Title"/>');
    expect(headings(1)).toEqual(['Innhold', 'Samlinger', 'Deltakere', 'Tavler', 'Avstemninger', 'Tabeller']);
    const h2 = headings(2);
    // The board that already says its kind is not named twice.
    expect(h2).toContain('Aktørkart – Værnesregionen');
    expect(h2).not.toContain('Aktørkart: Aktørkart – Værnesregionen');
    expect(h2).toEqual(expect.arrayContaining(['Interessentanalyse', 'HUKI-matrise: Roller og ansvar', 'Prikkstemming: Forbedringsområder']));
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;');
    const styles = await text((await built).zip, 'word/styles.xml');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('w:val="nb-NO"');
  });

  it('has every board as a picture, SVG with a PNG fallback, with a caption and a text alternative', async () => {
    const { zip, xml } = await built;
    const boards = boardsInOrder(doc);
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    // The cover's small picture is the first board's, stored once.
    expect(media.filter((n) => n.endsWith('.svg'))).toHaveLength(boards.length);
    expect(media.filter((n) => n.endsWith('.png'))).toHaveLength(boards.length);
    expect((xml.match(/<pic:pic /g) ?? []).length).toBe(boards.length + 1);
    expect(xml).toContain('asvg:svgBlip');
    const captions = [...xml.matchAll(/<w:pStyle w:val="Caption"\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(captions).toHaveLength(boards.length);
    expect(captions[0]).toMatch(/^Figur 1: /);
    expect(xml).toMatch(/descr="Bilde av tavla [^"]+"/);
  });

  it('has the tables as real Word tables: participants, stakeholders, HUKI with its letters, inventory, the acute loop, the vote', async () => {
    const { xml } = await built;
    const tables = xml.match(/<w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(8);
    expect(xml).toContain('<w:tblHeader/>');
    for (const words of ['Ingrid Moe', 'Stjørdal DPS', 'Andel utenfor kontortid', 'Stasjonene i loopen', 'Prikker']) expect(xml).toContain(words);
  });

  it('gives only the boards the user ticked', async () => {
    const huki = boardsInOrder(doc).find((b) => b.kind === 'huki')!;
    const bytes = await buildDocx(doc, { language: 'en', exportedAt, boardIds: new Set([huki.id]) }, { pictures: nodePictures(doc) });
    const xml = await text(await parts(bytes), 'word/document.xml');
    expect(xml).toContain('HUKI matrix: Roller og ansvar');
    expect(xml).not.toContain('Inventory: ');
    expect(xml).toContain('w:val="Heading1"');
  });
});

describe('the PowerPoint export', () => {
  const built = (async () => {
    const pictures = nodePictures(doc);
    const bytes = await buildPptx(doc, { language: 'nb', exportedAt, boardIds: null }, { pictures });
    const zip = await parts(bytes);
    const slideNames = Object.keys(zip.files)
      .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    const slides = await Promise.all(slideNames.map((n) => text(zip, n)));
    return { zip, pictures, slides };
  })();

  it('is 16:9, and has one picture slide per step of the presentation, boards and frames in its order', async () => {
    const { zip, slides, pictures } = await built;
    expect(await text(zip, 'ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    const steps = slidesOf(doc);
    expect(steps.length).toBe(boardsInOrder(doc).length + 2);
    const withPicture = slides.filter((s) => s.includes('<p:pic>'));
    expect(withPicture).toHaveLength(steps.length);
    // Each board mounted once for all its steps.
    expect(pictures.calls).toHaveLength(boardsInOrder(doc).length);
    const titles = withPicture.map((s) => /<a:t>([^<]*)<\/a:t>/.exec(s)![1]);
    expect(titles.slice(0, 3)).toEqual(['Fritt lerret: Forbedringsområder', 'Fritt lerret: Forbedringsområder – 1 Forberede', 'Fritt lerret: Forbedringsområder – 2 Planlegge']);
    expect(titles).toContain('Aktørkart – Værnesregionen');
  });

  it('carries the facilitator’s notes as speaker notes on the board’s steps', async () => {
    const { zip } = await built;
    const notes = await Promise.all(Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n)).map((n) => text(zip, n)));
    expect(notes.filter((n) => n.includes('Spør først Stjørdal om erfaringene – «hva er viktig for deg?»'))).toHaveLength(3);
  });

  it('has a vote slide with a chart and a table, and the tables as real tables', async () => {
    const { zip, slides } = await built;
    expect(Object.keys(zip.files).some((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toBe(true);
    const vote = slides.find((s) => s.includes('Prikkstemming: Forbedringsområder'))!;
    expect(vote).toContain('<a:tbl>');
    expect(slideText(vote)).toContain('Ingrid, Lars');
    const tables = slides.filter((s) => s.includes('<a:tbl>'));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    expect(slides.some((s) => s.includes('<a:tbl>') && slideText(s).includes('Interessentanalyse') && slideText(s).includes('Stjørdal DPS'))).toBe(true);
    // A table that runs over several slides says so in every slide's title, and repeats its heading row.
    const stakeholders = slides.filter((s) => /Interessentanalyse \(\d+ av \d+\)/.test(slideText(s)));
    expect(stakeholders.length).toBeGreaterThan(1);
    for (const s of stakeholders) expect(slideText(s)).toContain('InteressentKategori');
  });
});


/*
 * LibreOffice opens both files: each converted to PDF headless and its text read back. Debian's
 * libreoffice-writer and -impress are not on CI, so there this is skipped, saying why. (The pages
 * were also looked at as pictures with pdftoppm while this was built.)
 */
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!soffice)(`LibreOffice opens both files${soffice ? '' : ' (skipped: soffice is not installed; apt-get install libreoffice-writer libreoffice-impress)'}`, () => {
  it('converts the .docx and the .pptx to PDF with their headings, tables and slides', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'samkart-office-'));
    try {
      const pictures = nodePictures(doc);
      writeFileSync(join(folder, 'rapport.docx'), await buildDocx(doc, { language: 'nb', exportedAt, boardIds: null }, { pictures }));
      writeFileSync(join(folder, 'lysbilder.pptx'), await buildPptx(doc, { language: 'nb', exportedAt, boardIds: null }, { pictures }));
      execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${folder}/profile`, '--convert-to', 'pdf', '--outdir', folder, join(folder, 'rapport.docx'), join(folder, 'lysbilder.pptx')], { timeout: 170_000, stdio: 'ignore' });
      const flat = (text: string) => text.replace(/\s+/g, ' ');
      const report = await pdfPages(new Uint8Array(readFileSync(join(folder, 'rapport.pdf'))));
      expect(flat(report[0]!)).toContain('Læringsnettverk psykisk helse og rus');
      const all = flat(report.join(' '));
      for (const words of ['Innhold', 'Interessentanalyse', 'HUKI-matrise: Roller og ansvar', 'Figur 1: Fritt lerret: Forbedringsområder', 'Stjørdal DPS']) expect(all).toContain(words);
      const slides = await pdfPages(new Uint8Array(readFileSync(join(folder, 'lysbilder.pdf'))));
      // The title slide, a slide per presentation step, then votes and tables.
      expect(slides.length).toBeGreaterThan(slidesOf(doc).length + 1);
      expect(flat(slides[1]!)).toContain('Fritt lerret: Forbedringsområder');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 200_000);
});
