import PptxGenJS from 'pptxgenjs';
import type { Language, MessageKey } from '../../../../shared/i18n/messages.ts';
import { translate, type MessageParams } from '../../../../shared/i18n/translate.ts';
import type { Rect } from '../../../../shared/items/geometry.ts';
import type { WorkshopDoc } from '../../../../shared/model/document.ts';
import { boardNotes } from '../../../../shared/present/boardFields.ts';
import { slideBounds, slidesOf, slideTitle, type Slide } from '../../../../shared/present/slides.ts';
import { yieldToEventLoop } from '../abort.ts';
import { fitInside, type BoardPicture } from '../content/boardPicture.ts';
import { boardTitle } from '../content/boardTitle.ts';
import type { ContentSection } from '../../../../shared/report/contentModel.ts';
import { coverContent } from '../content/coverContent.ts';
import { tableSections } from '../content/tableSections.ts';
import { voteResult } from '../content/voteContent.ts';
import type { OfficeSources } from '../docx/buildDocx.ts';
import { columnWidths, pagedTableRows } from './pptxTable.ts';

/**
 * The workshop as a PowerPoint presentation (issue 20), built with `pptxgenjs`: 16:9, a title
 * slide, then one slide per step of the presentation (each board, and after it each frame of a
 * whiteboard in reading order: shared/present/slides.ts), the picture filling the slide, the
 * facilitator's notes for the board as the speaker notes; then a slide per dot vote (a bar chart
 * and the table), and the tables as real PowerPoint tables, paged over as many slides as they need.
 */

export interface PptxOptions {
  language: Language;
  exportedAt: Date;
  boardIds: ReadonlySet<string> | null;
}

/** LAYOUT_WIDE: 13.333 × 7.5 inches. */
const slideW = 13.333;
const slideH = 7.5;
const margin = 0.35;
const titleH = 0.7;
const ink = '0B1F33';
const soft = '33475B';
const font = 'Atkinson Hyperlegible Next';

function addTitle(slide: PptxGenJS.Slide, text: string, lang: string): void {
  slide.addText(text, { x: margin, y: 0.15, w: slideW - 2 * margin, h: titleH, fontFace: font, fontSize: 26, bold: true, color: ink, lang, fit: 'shrink', valign: 'middle' });
}

function dataUrl(png: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return `image/png;base64,${btoa(binary)}`;
}

function addPicture(slide: PptxGenJS.Slide, pic: BoardPicture, alt: string): void {
  const box = { w: slideW - 2 * margin, h: slideH - titleH - 0.3 - margin };
  const size = fitInside(pic.width, pic.height, box);
  slide.addImage({ data: dataUrl(pic.png), x: margin + (box.w - size.w) / 2, y: titleH + 0.3 + (box.h - size.h) / 2, w: size.w, h: size.h, altText: alt.slice(0, 2000) });
}

/** Slides for a section: its paragraphs and tables, a new slide when one is full; the title on every slide, "(2 av 3)" when there are several. */
function addSection(pptx: PptxGenJS, content: ContentSection, lang: string, t: (key: MessageKey, params?: MessageParams) => string): void {
  const top = titleH + 0.3;
  const bottom = slideH - margin;
  const w = slideW - 2 * margin;
  const made: { slide: PptxGenJS.Slide; title: (text: string) => void }[] = [];
  const newSlide = () => {
    const slide = pptx.addSlide();
    made.push({ slide, title: (text) => addTitle(slide, text, lang) });
    return slide;
  };
  let slide = newSlide();
  let y = top;
  for (const block of content.blocks) {
    if (y > bottom - 0.8) {
      slide = newSlide();
      y = top;
    }
    switch (block.kind) {
      case 'paragraph':
      case 'subheading':
        slide.addText(block.text, { x: margin, y, w, h: 0.5, fontFace: font, fontSize: block.kind === 'subheading' ? 20 : 14, bold: block.kind === 'subheading', color: block.kind === 'paragraph' && block.soft ? soft : ink, lang, fit: 'shrink' });
        y += 0.6;
        break;
      case 'bullets':
        slide.addText(
          block.items.map((item) => ({ text: item.text, options: { bullet: { indent: 18 }, indentLevel: item.level, bold: item.bold === true, breakLine: true } })),
          { x: margin, y, w, h: bottom - y, fontFace: font, fontSize: 14, color: ink, lang, valign: 'top', fit: 'shrink' },
        );
        y = slideH;
        break;
      case 'table': {
        const fontSize = block.table.headers.length > 10 ? 9 : 11;
        const pages = pagedTableRows(block.table, w, fontSize, bottom - y, bottom - top, lang);
        pages.forEach((rows, i) => {
          if (i > 0) {
            slide = newSlide();
            y = top;
          }
          slide.addTable(rows, { x: margin, y, w, colW: columnWidths(block.table, w), fontFace: font, fontSize, color: ink, border: { type: 'solid', pt: 0.5, color: 'B8C4D0' } });
        });
        // What follows a table starts on a new slide: the table's height on the slide is only estimated.
        y = slideH;
        break;
      }
    }
  }
  made.forEach((m, i) => m.title(made.length > 1 ? t('exportOffice.continued', { title: content.title, n: i + 1, total: made.length }) : content.title));
}

export async function buildPptx(doc: WorkshopDoc, options: PptxOptions, sources: OfficeSources): Promise<Uint8Array> {
  const { language, boardIds } = options;
  const { signal } = sources;
  const lang = language === 'nb' ? 'nb-NO' : 'en-GB';
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const steps = slidesOf(doc).filter((s) => boardIds === null || boardIds.has(s.boardId));
  const byBoard = new Map<string, Slide[]>();
  for (const step of steps) byBoard.set(step.boardId, [...(byBoard.get(step.boardId) ?? []), step]);
  const total = byBoard.size + 1;
  let done = 0;
  sources.onProgress?.({ done, total });

  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  const cover = coverContent(doc, language);
  pptx.title = cover.title;
  pptx.subject = cover.subtitle;
  pptx.author = doc.meta.facilitator.trim() || 'Samkart';
  pptx.company = doc.meta.region;
  pptx.theme = { headFontFace: font, bodyFontFace: font };

  const first = pptx.addSlide();
  first.addText(cover.title, { x: margin, y: 1.6, w: slideW - 2 * margin, h: 1.6, fontFace: font, fontSize: 40, bold: true, color: ink, lang, fit: 'shrink' });
  const lines = [cover.subtitle, ...cover.facts.map((f) => `${f.label}: ${f.value}`), ...(cover.dates ? [cover.dates] : [])];
  first.addText(lines.map((text) => ({ text, options: { breakLine: true } })), { x: margin, y: 3.4, w: slideW - 2 * margin, h: 2.4, fontFace: font, fontSize: 20, color: soft, lang, valign: 'top' });

  for (const [boardId, boardSteps] of byBoard) {
    await yieldToEventLoop(signal);
    const board = doc.boards[boardId as keyof typeof doc.boards]!;
    const areas = boardSteps.map((step): Rect | null => (step.frameId ? slideBounds(doc, step) : null));
    const pictures = await sources.pictures(board, areas, { svg: false });
    const notes = boardNotes(board).trim();
    boardSteps.forEach((step, i) => {
      const slide = pptx.addSlide();
      const name = slideTitle(doc, steps, step);
      const title = step.frameId ? t('exportOffice.frameTitle', { board: boardTitle(board, language), frame: name.frameTitle || t('exportOffice.frameNumber', { n: name.frameNumber }) }) : boardTitle(board, language);
      addTitle(slide, title, lang);
      const pic = pictures[i];
      if (pic) addPicture(slide, pic, pic.words);
      if (notes) slide.addNotes(notes);
    });
    sources.onProgress?.({ done: ++done, total });
  }

  for (const boardId of byBoard.keys()) {
    const vote = voteResult(doc, doc.boards[boardId as keyof typeof doc.boards]!, language);
    if (!vote) continue;
    if (vote.rows.length === 0) {
      addSection(pptx, vote.section, lang, t);
      continue;
    }
    const slide = pptx.addSlide();
    addTitle(slide, vote.section.title, lang);
    // A bar chart draws its first category at the bottom: reversed, the most dots stand on top.
    const top = vote.rows.slice(0, 10).reverse();
    slide.addChart(pptx.ChartType.bar, [{ name: t('present.vote.count'), labels: top.map((r) => r.label.slice(0, 60)), values: top.map((r) => r.count) }], {
      x: margin, y: titleH + 0.3, w: (slideW - 2 * margin) * 0.55, h: slideH - titleH - 0.3 - margin, barDir: 'bar', showValue: true, chartColors: ['1F5FA8'], catAxisLabelFontFace: font, catAxisLabelFontSize: 12, valAxisHidden: true, showLegend: false, lang,
    });
    const tableBlock = vote.section.blocks.find((b) => b.kind === 'table');
    if (tableBlock?.kind === 'table') {
      const x = margin + (slideW - 2 * margin) * 0.57;
      const w = slideW - margin - x;
      // The ten with most dots beside the chart; a longer list is in the Word document.
      const [rows] = pagedTableRows({ ...tableBlock.table, rows: tableBlock.table.rows.slice(0, 10) }, w, 11, Infinity, Infinity, lang);
      slide.addTable(rows!, { x, y: titleH + 0.3, w, colW: columnWidths(tableBlock.table, w), fontFace: font, fontSize: 11, color: ink, border: { type: 'solid', pt: 0.5, color: 'B8C4D0' } });
    }
  }

  for (const content of tableSections(doc, language, boardIds)) addSection(pptx, content, lang, t);
  await yieldToEventLoop(signal);
  const bytes = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  sources.onProgress?.({ done: done + 1, total });
  return bytes;
}
