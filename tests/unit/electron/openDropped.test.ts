import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isOpened } from '../../../shared/api/results.ts';
import { newWorkshopDoc } from '../../../electron/api/newWorkshop.ts';
import { createHandlers } from '../../../electron/api/handlers.ts';
import { createWebPlatform } from '../../../electron/host/webPlatform.ts';
import type { Platform } from '../../../electron/api/platform.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { openDroppedPath } from '../../../electron/main/openPath.ts';

let dir: string;
let platform: Platform;
let backend: ReturnType<typeof createHandlers>;
let focused: string[];
/** The same shape the tests used before: the open files, the profile and the focused windows. */
let deps: { open: ReturnType<typeof createHandlers>['open']; profile: Platform['profile']; focused: string[] };

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'samkart-drop-'));
  focused = [];
  platform = { ...createWebPlatform(join(dir, 'files'), join(dir, 'profile')), focusClient: (id) => void focused.push(id) };
  backend = createHandlers(platform);
  deps = { open: backend.open, profile: platform.profile, focused };
});

afterEach(() => {
  backend.closeAll();
  rmSync(dir, { recursive: true, force: true });
});

function workshopAt(name: string, title: string): string {
  const path = join(dir, name);
  WorkshopFile.create(path, newWorkshopDoc({ title, region: '', facilitator: '', gatheringDates: [] }, 'nb')).close();
  return path;
}

describe('opening a dropped file', () => {
  it('opens a .samkart file for the window it was dropped on and lists it as recent', () => {
    const path = workshopAt('Øvelse.samkart', 'Forbedringsteam Stjørdal – øvelse');
    const result = openDroppedPath(backend.openPath, { clientId: '7' }, path);
    expect(result && isOpened(result)).toBe(true);
    if (!result || !isOpened(result)) return;
    expect(result.doc.meta.title).toBe('Forbedringsteam Stjørdal – øvelse');
    expect(deps.open.ofClient('7')).toHaveLength(1);
    expect(deps.profile.recent[0]?.path).toBe(path);
  });

  it('accepts the extension in any letter case', () => {
    const path = workshopAt('Stor.SAMKART', 'Stor');
    const result = openDroppedPath(backend.openPath, { clientId: '1' }, path);
    expect(result?.status).toBe('ok');
  });

  it('answers "not ours" for another kind of file, without opening it', () => {
    const path = join(dir, 'notater.txt');
    writeFileSync(path, 'hei');
    expect(openDroppedPath(backend.openPath, { clientId: '1' }, path)).toEqual({ status: 'notOurFile', fileName: 'notater.txt' });
    expect(deps.open.ofClient('1')).toHaveLength(0);
  });

  it('answers "not ours" for a foreign file that only has our extension', () => {
    const path = join(dir, 'falsk.samkart');
    writeFileSync(path, 'not sqlite at all');
    expect(openDroppedPath(backend.openPath, { clientId: '1' }, path)?.status).toBe('notOurFile');
  });

  it('refuses a relative path, an empty one, and anything not a string', () => {
    for (const bad of ['Øvelse.samkart', '', '../x.samkart', undefined, null, 42, { path: '/x.samkart' }, `${dir}/a\0.samkart`]) {
      expect(openDroppedPath(backend.openPath, { clientId: '1' }, bad)).toBeNull();
    }
  });

  it('brings forward the window that already has the file instead of opening it twice', () => {
    const path = workshopAt('Delt.samkart', 'Delt');
    expect(openDroppedPath(backend.openPath, { clientId: '1' }, path)?.status).toBe('ok');
    expect(openDroppedPath(backend.openPath, { clientId: '2' }, path)).toMatchObject({ status: 'alreadyOpen', fileName: 'Delt.samkart', offer: { kind: 'readOnly' } });
    expect(deps.focused).toEqual(['1']);
    // The same window dropping it again gets the file it already has.
    const again = openDroppedPath(backend.openPath, { clientId: '1' }, path);
    expect(again?.status).toBe('ok');
    expect(deps.open.ofClient('1')).toHaveLength(1);
  });

  it('reports a missing file as not found', () => {
    expect(openDroppedPath(backend.openPath, { clientId: '1' }, join(dir, 'borte.samkart'))).toEqual({ status: 'notFound', fileName: 'borte.samkart' });
  });
});
