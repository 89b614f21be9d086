import { PDFName, type PDFDocument } from 'pdf-lib';

/**
 * The report's XMP metadata packet: title, language, author, subject, dates and the tool, in the
 * catalogue's /Metadata stream. The document information dictionary says some of this too, but
 * PDF 2.0 deprecates it, PDF/UA requires the title in XMP (dc:title), and archive and library
 * systems (and a screen reader's document title) read XMP. A step toward PDF/UA: this packet does
 * not claim conformance (no pdfuaid:part), since the report has not been validated as such.
 */

export interface XmpFields {
  title: string;
  /** BCP 47, as the catalogue's /Lang. */
  language: string;
  author?: string;
  subject?: string;
  date: Date;
  tool: string;
}

/** Whether XML 1.0 allows the character (a code point from iterating a string: a lone surrogate stays one). */
function allowedInXml(c: string): boolean {
  const p = c.codePointAt(0)!;
  return p === 0x9 || p === 0xa || p === 0xd || (p >= 0x20 && p < 0xd800) || (p > 0xdfff && p !== 0xfffe && p !== 0xffff);
}

const escape = (text: string) =>
  // Characters XML 1.0 forbids would make the packet unreadable: dropped.
  Array.from(text)
    .filter(allowedInXml)
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** The date as XMP writes it (ISO 8601 with the offset from UTC), in the exporting machine's time zone. */
function xmpDate(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${zone}`;
}

export function xmpPacket(fields: XmpFields): string {
  const lang = escape(fields.language);
  // One x-default entry only: the report has one language (dc:language), and pdf.js joins every entry of an Alt into one string.
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escape(text)}</rdf:li></rdf:Alt>`;
  const date = xmpDate(fields.date);
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    '<dc:format>application/pdf</dc:format>',
    `<dc:title>${alt(fields.title)}</dc:title>`,
    `<dc:language><rdf:Bag><rdf:li>${lang}</rdf:li></rdf:Bag></dc:language>`,
    fields.author ? `<dc:creator><rdf:Seq><rdf:li>${escape(fields.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    fields.subject ? `<dc:description>${alt(fields.subject)}</dc:description>` : '',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escape(fields.tool)}</xmp:CreatorTool>`,
    `<pdf:Producer>${escape(fields.tool)}</pdf:Producer>`,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** Writes the packet into the document's catalogue, uncompressed (as XMP readers that scan for the packet expect). */
export function writeXmpMetadata(doc: PDFDocument, fields: XmpFields): void {
  const bytes = new TextEncoder().encode(xmpPacket(fields));
  const stream = doc.context.stream(bytes, { Type: 'Metadata', Subtype: 'XML', Length: bytes.length });
  doc.catalog.set(PDFName.of('Metadata'), doc.context.register(stream));
}
