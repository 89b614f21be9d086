import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A tagged PDF as a screen reader gets it, read through pdf.js (as Firefox's reader does): each
 * page's structure tree, with each element's text gathered from the marked content it owns, and
 * the text on the page that is neither in an element nor marked as page furniture (should be none).
 */

interface StructNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

interface Marked {
  type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
  id?: string;
  tag?: string;
}

interface Text {
  str: string;
}

export interface StructuredElement {
  role: string;
  alt?: string;
  text: string;
  children: StructuredElement[];
}

export interface TaggedPage {
  elements: StructuredElement[];
  untagged: string[];
}

export async function readTagged(bytes: Uint8Array): Promise<TaggedPage[]> {
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false });
  const pdf = await task.promise;
  const pages: TaggedPage[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // Text per marked-content id, and text outside both content and artifacts.
    const textOf = new Map<string, string>();
    const untagged: string[] = [];
    const stack: { id?: string; artifact: boolean }[] = [];
    for (const item of content.items as (Marked | Text)[]) {
      if ('type' in item) {
        if (item.type === 'endMarkedContent') stack.pop();
        else stack.push({ ...(item.id ? { id: item.id } : {}), artifact: item.tag === 'Artifact' });
        continue;
      }
      if (item.str.trim() === '') continue;
      const owner = [...stack].reverse().find((m) => m.id || m.artifact);
      if (owner?.id) textOf.set(owner.id, `${textOf.get(owner.id) ?? ''}${item.str}`);
      else if (!owner) untagged.push(item.str);
    }
    const toElement = (node: StructNode): StructuredElement => {
      const kids = node.children ?? [];
      return {
        role: node.role ?? '',
        ...(node.alt !== undefined ? { alt: node.alt } : {}),
        text: kids.filter((k) => k.type === 'content').map((k) => textOf.get(k.id!) ?? '').join(' '),
        children: kids.filter((k) => k.role !== undefined).map(toElement),
      };
    };
    const tree = (await page.getStructTree()) as StructNode | null;
    pages.push({ elements: tree ? [toElement(tree)] : [], untagged });
  }
  await task.destroy();
  return pages;
}

/** Every element of a page's tree, depth first. */
export function allElements(elements: readonly StructuredElement[]): StructuredElement[] {
  return elements.flatMap((e) => [e, ...allElements(e.children)]);
}

