import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, PageOrientation, Paragraph, TableOfContents, TextRun, type FileChild, type ISectionOptions } from 'docx';
import type { Language, MessageKey } from '../../../../shared/i18n/messages.ts';
import { translate, type MessageParams } from '../../../../shared/i18n/translate.ts';
import { boardsInOrder, type WorkshopDoc } from '../../../../shared/model/document.ts';
import type { Board } from '../../../../shared/model/records.ts';
import { yieldToEventLoop } from '../abort.ts';
import { fitInside, type BoardPicture, type PictureSource } from '../content/boardPicture.ts';
import { boardTitle } from '../content/boardTitle.ts';
import type { ContentBlock, ContentSection } from '../../../../shared/report/contentModel.ts';
import { coverContent } from '../content/coverContent.ts';
import { tableSections } from '../content/tableSections.ts';
import { voteResult } from '../content/voteContent.ts';
import { exportDate } from '../report/dates.ts';
import { docxTable } from './docxTable.ts';

/**
 * The workshop as an editable Word document (issue 20), built with the `docx` library: headings in
 * Word's own styles (Title, Heading 1–3), so a municipality's template restyles them and the table
 * of contents fills in from them; each chosen board as a picture (SVG with a PNG fallback, as
 * current Word takes it) with a caption; every table the PDF report has, as a real Word table;
 * the dot votes; the gatherings and participants. Norwegian (nb-NO) by default.
 */

export interface DocxOptions {
  language: Language;
  exportedAt: Date;
  /** The boards to include; null: all of them. */
  boardIds: ReadonlySet<string> | null;
}

export interface OfficeSources {
  pictures: PictureSource;
  onProgress?(progress: { done: number; total: number }): void;
  signal?: AbortSignal;
}

/** A4 portrait with 2.5 cm margins: 16 cm of text width, at 96 pixels to the inch as docx measures pictures. */
const pictureBox = { w: (16 / 2.54) * 96, h: (20 / 2.54) * 96 };
const coverBox = { w: (9 / 2.54) * 96, h: (6 / 2.54) * 96 };
const soft = '33475B';

/** Text widths in twips: A4 portrait and landscape with 2.5 cm margins. */
const portraitWidth = Math.round((16 / 2.54) * 1440);
const landscapeWidth = Math.round((24.7 / 2.54) * 1440);

function paragraphs(block: ContentBlock, width: number): FileChild[] {
  switch (block.kind) {
    case 'paragraph':
      return [new Paragraph({ children: [new TextRun({ text: block.text, ...(block.soft ? { color: soft } : {}) })] })];
    case 'subheading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, text: block.text, keepNext: true })];
    case 'table':
      return [docxTable(block.table, width), new Paragraph({})];
    case 'bullets':
      return block.items.map((item) => new Paragraph({ bullet: { level: Math.min(8, item.level) }, children: [new TextRun({ text: item.text, bold: item.bold === true })] }));
  }
}

function section(content: ContentSection, level: (typeof HeadingLevel)[keyof typeof HeadingLevel], width: number): FileChild[] {
  return [new Paragraph({ heading: level, text: content.title, keepNext: true }), ...content.blocks.flatMap((b) => paragraphs(b, width))];
}

function picture(pic: BoardPicture, box: { w: number; h: number }, name: string): ImageRun {
  const size = fitInside(pic.width, pic.height, box);
  const transformation = { width: Math.round(size.w), height: Math.round(size.h) };
  const altText = { name, title: name, description: pic.words.slice(0, 4000) };
  return pic.svg
    ? new ImageRun({ type: 'svg', data: new TextEncoder().encode(pic.svg), fallback: { type: 'png', data: pic.png }, transformation, altText })
    : new ImageRun({ type: 'png', data: pic.png, transformation, altText });
}

export async function buildDocx(doc: WorkshopDoc, options: DocxOptions, sources: OfficeSources): Promise<Uint8Array> {
  const { language, boardIds } = options;
  const { signal } = sources;
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const boards = boardsInOrder(doc).filter((b) => boardIds === null || boardIds.has(b.id));
  const total = boards.length + 1;
  let done = 0;
  sources.onProgress?.({ done, total });

  const pictures = new Map<Board, BoardPicture>();
  for (const board of boards) {
    await yieldToEventLoop(signal);
    const [pic] = await sources.pictures(board, [null], { svg: true });
    if (pic) pictures.set(board, pic);
    sources.onProgress?.({ done: ++done, total });
  }

  const cover = coverContent(doc, language);
  const body: FileChild[] = [];
  body.push(new Paragraph({ heading: HeadingLevel.TITLE, text: cover.title }));
  body.push(new Paragraph({ style: 'Subtitle', text: cover.subtitle }));
  const facts = [...cover.facts, ...(cover.dates ? [{ label: t('exportOffice.dates'), value: cover.dates }] : [])];
  for (const fact of facts) body.push(new Paragraph({ children: [new TextRun({ text: `${fact.label}: `, bold: true }), new TextRun(fact.value)] }));
  for (const para of cover.description) body.push(new Paragraph({ text: para }));
  const first = boards[0] && pictures.get(boards[0]);
  if (first && boards[0]) body.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 240 }, children: [picture(first, coverBox, boardTitle(boards[0], language))] }));
  body.push(new Paragraph({ children: [new TextRun({ text: t('exportOffice.exported', { date: exportDate(options.exportedAt, language) }), color: soft })] }));

  body.push(new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.HEADING_1, text: t('exportOffice.contents') }));
  body.push(new TableOfContents(t('exportOffice.contents'), { hyperlink: true, headingStyleRange: '1-2' }));

  body.push(new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.HEADING_1, text: cover.gatheringsHeading }));
  for (const line of cover.gatherings) body.push(new Paragraph({ bullet: { level: 0 }, text: line }));
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, text: cover.participantsHeading }));
  body.push(...paragraphs(cover.participants, portraitWidth));

  if (boards.length > 0) {
    body.push(new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.HEADING_1, text: t('export.report.boards') }));
    boards.forEach((board, i) => {
      const title = boardTitle(board, language);
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, text: title, keepNext: true }));
      const pic = pictures.get(board);
      if (pic) body.push(new Paragraph({ keepNext: true, children: [picture(pic, pictureBox, title)] }));
      body.push(new Paragraph({ style: 'Caption', text: t('exportOffice.figureCaption', { n: i + 1, title }) }));
    });
  }

  const votes = boards.map((b) => voteResult(doc, b, language)).filter((v) => v !== null);
  if (votes.length > 0) {
    body.push(new Paragraph({ pageBreakBefore: true, heading: HeadingLevel.HEADING_1, text: t('exportOffice.votes') }));
    for (const vote of votes) body.push(...section(vote.section, HeadingLevel.HEADING_2, portraitWidth));
  }

  // The tables in a landscape section: the stakeholder analysis and the inventory have ten columns.
  const tablesBody: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, text: t('export.report.tables') })];
  for (const content of tableSections(doc, language, boardIds)) tablesBody.push(...section(content, HeadingLevel.HEADING_2, landscapeWidth));

  const margin = { top: '2.5cm', bottom: '2.5cm', left: '2.5cm', right: '2.5cm' } as const;
  const page: ISectionOptions['properties'] = { page: { size: { width: '21cm', height: '29.7cm' }, margin } };
  const landscape: ISectionOptions['properties'] = { page: { size: { width: '21cm', height: '29.7cm', orientation: PageOrientation.LANDSCAPE }, margin: { ...margin, left: '2.5cm', right: '2.5cm' } } };
  const file = new Document({
    creator: doc.meta.facilitator.trim() || 'Samkart',
    title: cover.title,
    subject: cover.subtitle,
    description: cover.subtitle,
    lastModifiedBy: 'Samkart',
    features: { updateFields: true },
    styles: {
      default: { document: { run: { font: 'Atkinson Hyperlegible Next', size: 22, language: { value: language === 'nb' ? 'nb-NO' : 'en-GB' } } } },
      paragraphStyles: [
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 32, color: soft }, paragraph: { spacing: { after: 360 } } },
        { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', run: { italics: true, size: 20, color: soft }, paragraph: { spacing: { before: 60, after: 240 } } },
      ],
    },
    sections: [
      { properties: page, children: body },
      { properties: landscape, children: tablesBody },
    ],
  });
  await yieldToEventLoop(signal);
  const bytes = new Uint8Array(await Packer.toArrayBuffer(file));
  sources.onProgress?.({ done: done + 1, total });
  return bytes;
}
