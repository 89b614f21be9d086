import { PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFObject, type PDFRef } from 'pdf-lib';
import type { PdfCanvas } from './pdfCanvas.ts';

/**
 * The report's logical structure, for a tagged PDF: headings, paragraphs, tables with header
 * cells, the contents and each board as a figure with a text alternative. A screen reader reads
 * the report in this order and knows what each part is; without it, a PDF is a heap of glyphs.
 * Municipalities and health trusts must publish universally designed documents, and this report
 * is what they publish.
 *
 * Content is attached by marked-content ids: the canvas wraps what it draws for an element in
 * BDC/EMC with the page's next MCID (PdfCanvas.tagged), and this tree records which element owns
 * which id on which page. Page furniture (footers, rules, repeated table headings, cell fills) is
 * marked as an artifact instead and belongs to no element.
 */

export type StructRole = 'Document' | 'H1' | 'H2' | 'P' | 'Table' | 'TR' | 'TH' | 'TD' | 'TOC' | 'TOCI' | 'Figure' | 'Link';

export interface MarkedContent {
  page: PdfCanvas;
  mcid: number;
}

/** An annotation (a link's clickable area) that belongs to an element, as PDF/UA wants it. */
export interface AnnotationContent {
  page: PdfCanvas;
  annotation: PDFRef;
}

export interface StructElement {
  role: StructRole;
  kids: (StructElement | MarkedContent | AnnotationContent)[];
  /** A figure's text alternative. */
  alt?: string;
  /** TH: whether it heads a column or a row. */
  scope?: 'Column' | 'Row';
}

const isElement = (kid: StructElement | MarkedContent | AnnotationContent): kid is StructElement => 'role' in kid;

export class StructureTree {
  readonly root: StructElement = { role: 'Document', kids: [] };

  /** A new element inside `parent` (the document when none is given). */
  add(role: StructRole, options: { alt?: string; scope?: 'Column' | 'Row'; parent?: StructElement } = {}): StructElement {
    const element: StructElement = { role, kids: [], ...(options.alt !== undefined ? { alt: options.alt } : {}), ...(options.scope ? { scope: options.scope } : {}) };
    (options.parent ?? this.root).kids.push(element);
    return element;
  }

  /** Records that `mcid` on `page` is `element`'s content. */
  attach(element: StructElement, page: PdfCanvas, mcid: number): void {
    element.kids.push({ page, mcid });
  }

  /** Records that the annotation on `page` belongs to `element` (a Link's clickable area). */
  attachAnnotation(element: StructElement, page: PdfCanvas, annotation: PDFRef): void {
    element.kids.push({ page, annotation });
  }

  /**
   * Writes the tree into the document: the structure tree root with its parent tree, each page's
   * StructParents and tab order, and the catalogue's MarkInfo. `pages` is every page in order.
   * Elements that ended up with no content at all are left out.
   */
  write(doc: PDFDocument, pages: readonly PdfCanvas[]): void {
    const context = doc.context;
    const refs = new Map<StructElement, PDFRef>();
    const hasContent = (element: StructElement): boolean => element.kids.some((kid) => !isElement(kid) || hasContent(kid));
    const assign = (element: StructElement) => {
      if (!hasContent(element)) return;
      refs.set(element, context.nextRef());
      for (const kid of element.kids) if (isElement(kid)) assign(kid);
    };
    assign(this.root);
    const rootRef = context.nextRef();
    const pageIndex = new Map(pages.map((page, i) => [page, i]));
    const owners: PDFRef[][] = pages.map(() => []);
    // Annotations get parent tree keys after the pages' (each annotation's StructParent).
    const annotationOwners: PDFRef[] = [];

    const writeElement = (element: StructElement, parent: PDFRef) => {
      const ref = refs.get(element);
      if (!ref) return;
      const kids: PDFObject[] = [];
      for (const kid of element.kids) {
        if (isElement(kid)) {
          const kidRef = refs.get(kid);
          if (!kidRef) continue;
          writeElement(kid, ref);
          kids.push(kidRef);
        } else if ('annotation' in kid) {
          const annotation = context.lookup(kid.annotation);
          if (!(annotation instanceof PDFDict) || !pageIndex.has(kid.page)) continue;
          annotation.set(PDFName.of('StructParent'), PDFNumber.of(pages.length + annotationOwners.length));
          annotationOwners.push(ref);
          kids.push(context.obj({ Type: 'OBJR', Pg: kid.page.page.ref, Obj: kid.annotation }));
        } else {
          const index = pageIndex.get(kid.page);
          if (index === undefined) continue;
          owners[index]![kid.mcid] = ref;
          kids.push(context.obj({ Type: 'MCR', Pg: kid.page.page.ref, MCID: kid.mcid }));
        }
      }
      const dict = context.obj({ Type: 'StructElem', S: element.role, P: parent, K: kids });
      if (element.alt !== undefined) dict.set(PDFName.of('Alt'), PDFHexString.fromText(element.alt));
      if (element.scope) dict.set(PDFName.of('A'), context.obj({ O: 'Table', Scope: element.scope }));
      context.assign(ref, dict);
    };
    writeElement(this.root, rootRef);

    const nums: PDFObject[] = [];
    pages.forEach((page, i) => {
      page.page.node.set(PDFName.of('StructParents'), PDFNumber.of(i));
      page.page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
      // Array.from, not map: a page's list may have holes (an id whose element had no other content).
      nums.push(PDFNumber.of(i), context.obj(Array.from(owners[i]!, (ref): PDFObject => ref ?? PDFNull)));
    });
    annotationOwners.forEach((ref, i) => nums.push(PDFNumber.of(pages.length + i), ref));
    const documentRef = refs.get(this.root);
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: documentRef ? [documentRef] : [],
        ParentTree: context.obj({ Nums: nums }),
        ParentTreeNextKey: pages.length + annotationOwners.length,
      }),
    );
    doc.catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    doc.catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}
