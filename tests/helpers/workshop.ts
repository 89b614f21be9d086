import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyDoc, type WorkshopDoc } from '../../shared/model/document.ts';
import { newActorId, newBoardId, newItemId, type BoardId } from '../../shared/model/ids.ts';
import type { Actor, Item } from '../../shared/model/records.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';

/**
 * The test facade: build workshops and files in one line, so tests read like the behaviour
 * they check. Everything is real: documents validate, files are SQLite files on disk.
 */

const folders: string[] = [];

/** A fresh temporary folder, removed by `cleanupFolders()`. */
export function tempFolder(prefix = 'samkart-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

export function cleanupFolders(): void {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function note(boardId: BoardId, text: string, at: { x: number; y: number } = { x: 0, y: 0 }, z = 1): Item {
  return {
    id: newItemId(), boardId, type: 'note', x: at.x, y: at.y, w: 240, h: 160, rotation: 0, z,
    parentId: null, groupId: null, locked: false, props: { text, color: 'yellow', fontSize: 28, fit: 'grow' },
  };
}

export function actor(name: string, category: Actor['category'] = 'municipality'): Actor {
  return {
    id: newActorId(), name, shortName: '', category, organisation: '', interest: '', importance: '', influence: '',
    attitude: '', informationNeeds: '', strategy: '', notes: '', order: 1,
  };
}

/** A workshop with `boards` whiteboards, each holding `notesPerBoard` notes laid out in a grid. */
export function workshopWith(options: { title?: string; boards?: number; notesPerBoard?: number; actors?: string[] } = {}): WorkshopDoc {
  const doc = emptyDoc({ title: options.title ?? 'Læringsnettverk Trøndelag', region: 'Værnesregionen', facilitator: 'Prosessveileder' });
  for (let b = 0; b < (options.boards ?? 1); b++) {
    const id = newBoardId();
    doc.boards[id] = { id, kind: 'whiteboard', name: `Tavle ${b + 1}`, order: b + 1, props: { background: 'dots' } };
    for (let i = 0; i < (options.notesPerBoard ?? 0); i++) {
      const item = note(id, `Lapp ${i + 1}: Ventetid BUP Stjørdal`, { x: (i % 100) * 260, y: Math.floor(i / 100) * 180 }, i + 1);
      doc.items[item.id] = item;
    }
  }
  for (const name of options.actors ?? []) {
    const a = actor(name);
    doc.actors[a.id] = a;
  }
  return doc;
}

/** A new workshop file on disk, open. */
export function createFile(doc: WorkshopDoc = workshopWith(), name = 'Verksted.samkart'): { path: string; file: WorkshopFile } {
  const path = join(tempFolder(), name);
  return { path, file: WorkshopFile.create(path, doc) };
}

export function bytesOf(path: string): Buffer {
  return readFileSync(path);
}
