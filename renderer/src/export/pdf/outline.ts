import { PDFArray, PDFHexString, PDFName, PDFNumber, type PDFDict, type PDFDocument, type PDFRef } from 'pdf-lib';

/**
 * The PDF's bookmarks (its outline): the same entries as the contents page, so a reader's side
 * panel jumps to a board or a table. Two levels: a heading ("Tavler", "Tabeller") holds the
 * entries after it. pdf-lib has no outline API; this writes the dictionaries the PDF format names.
 */

export interface OutlineEntry {
  title: string;
  page: PDFRef;
  level: 0 | 1;
}

interface Node {
  entry: OutlineEntry;
  children: Node[];
}

export function writeOutline(doc: PDFDocument, entries: readonly OutlineEntry[]): void {
  if (entries.length === 0) return;
  const roots: Node[] = [];
  for (const entry of entries) {
    const node = { entry, children: [] };
    const parent = roots.at(-1);
    if (entry.level === 1 && parent && parent.entry.level === 0) parent.children.push(node);
    else roots.push(node);
  }
  const context = doc.context;
  const outlinesRef = context.nextRef();

  const writeLevel = (nodes: Node[], parentRef: PDFRef): { first: PDFRef; last: PDFRef; count: number } => {
    const refs = nodes.map(() => context.nextRef());
    let count = nodes.length;
    nodes.forEach((node, i) => {
      const dest = PDFArray.withContext(context);
      dest.push(node.entry.page);
      dest.push(PDFName.of('Fit'));
      const item = context.obj({}) as PDFDict;
      item.set(PDFName.of('Title'), PDFHexString.fromText(node.entry.title));
      item.set(PDFName.of('Parent'), parentRef);
      item.set(PDFName.of('Dest'), dest);
      if (i > 0) item.set(PDFName.of('Prev'), refs[i - 1]!);
      if (i < nodes.length - 1) item.set(PDFName.of('Next'), refs[i + 1]!);
      if (node.children.length > 0) {
        const inner = writeLevel(node.children, refs[i]!);
        item.set(PDFName.of('First'), inner.first);
        item.set(PDFName.of('Last'), inner.last);
        // Positive: shown open.
        item.set(PDFName.of('Count'), PDFNumber.of(inner.count));
        count += inner.count;
      }
      context.assign(refs[i]!, item);
    });
    return { first: refs[0]!, last: refs.at(-1)!, count };
  };

  const top = writeLevel(roots, outlinesRef);
  const outlines = context.obj({}) as PDFDict;
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), top.first);
  outlines.set(PDFName.of('Last'), top.last);
  outlines.set(PDFName.of('Count'), PDFNumber.of(top.count));
  context.assign(outlinesRef, outlines);
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
