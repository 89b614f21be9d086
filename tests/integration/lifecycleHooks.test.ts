import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenWorkshops } from '../../electron/api/openWorkshops.ts';
import { snapshotHandlers } from '../../electron/api/snapshotHandlers.ts';
import { listSnapshots } from '../../electron/store/snapshots.ts';
import { WorkshopFile } from '../../electron/store/workshopFile.ts';
import { noteEdit, texts } from '../helpers/fileSafety.ts';
import { cleanupFolders, createFile } from '../helpers/workshop.ts';

afterEach(() => {
  vi.restoreAllMocks();
  cleanupFolders();
});

describe('lifecycle hooks of the open-workshop table and the workshop file', () => {
  it('tells opened, beforeApply, applied and closing in that order, to every subscriber in the order they subscribed', () => {
    const open = new OpenWorkshops();
    const seen: string[] = [];
    for (const who of ['first', 'second']) {
      open.subscribe({
        opened: (session) => {
          seen.push(`${who} opened ${session.file.fileName}`);
          session.file.subscribe({
            beforeApply: () => seen.push(`${who} beforeApply`),
            applied: (_file, revision) => seen.push(`${who} applied ${revision}`),
            closing: () => seen.push(`${who} file closing`),
          });
        },
        closing: (session) => seen.push(`${who} closing ${session.file.isOpen ? 'while open' : 'after close'}`),
      });
    }
    const { file } = createFile(undefined, 'Rekkefølge.samkart');
    const session = open.add('vindu-1', file);
    file.apply(noteEdit(file.load(), 'Første lapp'));
    open.close(session);
    expect(seen).toEqual([
      'first opened Rekkefølge.samkart',
      'second opened Rekkefølge.samkart',
      'first beforeApply',
      'second beforeApply',
      'first applied 1',
      'second applied 1',
      'first closing while open',
      'second closing while open',
      'first file closing',
      'second file closing',
    ]);
  });

  it('a subscriber that throws after an edit neither fails the edit nor keeps the others from hearing of it', () => {
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { path, file } = createFile();
    const later: number[] = [];
    file.subscribe({
      applied: () => {
        throw new Error('snapshot failed');
      },
    });
    file.subscribe({ applied: (_file, revision) => later.push(revision) });
    expect(file.apply(noteEdit(file.load(), 'Lagret likevel'))).toBe(1);
    expect(later).toEqual([1]);
    expect(reported).toHaveBeenCalledOnce();
    file.close();
    // The edit is in the file on disk.
    const reopened = WorkshopFile.open(path);
    if (reopened.status !== 'ok') throw new Error(reopened.status);
    expect(texts(reopened.doc)).toEqual(['Lagret likevel']);
    reopened.file.close();
  });

  it('a subscriber that throws before an edit refuses it: nothing is written and no one hears it was applied', () => {
    const { file } = createFile();
    const applied = vi.fn();
    const stop = file.subscribe({
      beforeApply: () => {
        throw new Error('refused');
      },
    });
    file.subscribe({ applied });
    expect(() => file.apply(noteEdit(file.load(), 'Avvist'))).toThrow('refused');
    expect(applied).not.toHaveBeenCalled();
    expect(texts(file.load())).toEqual([]);
    stop();
    file.apply(noteEdit(file.load(), 'Tatt imot'));
    expect(texts(file.load())).toEqual(['Tatt imot']);
    file.close();
  });

  it('a file a session moves to (after Lagre som) is opened to the subscribers; the old one closes', async () => {
    const open = new OpenWorkshops();
    const opened: string[] = [];
    open.subscribe({ opened: (s) => opened.push(s.file.fileName) });
    const { path, file } = createFile(undefined, 'Original.samkart');
    const session = open.add('vindu-1', file);
    const target = path.replace('Original', 'Kopi');
    await file.backupTo(target);
    const copy = WorkshopFile.open(target);
    if (copy.status !== 'ok') throw new Error(copy.status);
    open.moveTo(session, copy.file);
    expect(opened).toEqual(['Original.samkart', 'Kopi.samkart']);
    expect(file.isOpen).toBe(false);
    expect(session.file).toBe(copy.file);
    open.closeAll();
  });

  it('the snapshot handlers subscribe: an opened file gets its automatic snapshot, then at most one per interval of edits', async () => {
    const open = new OpenWorkshops();
    let now = 1_000_000;
    snapshotHandlers(open, { now: () => now, intervalMs: 1000 });
    const { file } = createFile();
    open.add('vindu-1', file);
    expect(listSnapshots(file).map((s) => s.kind)).toEqual(['auto']);
    file.apply(noteEdit(file.load(), 'Før intervallet'));
    expect(listSnapshots(file)).toHaveLength(1);
    now += 2000;
    file.apply(noteEdit(file.load(), 'Etter intervallet'));
    expect(listSnapshots(file)).toHaveLength(2);
    open.closeAll();
  });
});
