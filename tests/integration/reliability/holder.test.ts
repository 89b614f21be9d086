import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';
import type { OpenResult } from '../../../shared/api/results.ts';
import { holderPath, readHolder } from '../../../electron/store/holder.ts';
import { WorkshopFile } from '../../../electron/store/workshopFile.ts';
import { fileNameFor } from '../../../electron/store/fileNames.ts';
import { hostBackend, isOpenOk, noteEdit, texts } from '../../helpers/fileSafety.ts';
import { cleanupFolders, tempFolder, workshopWith } from '../../helpers/workshop.ts';

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  cleanupFolders();
});

/** The secret a note holds: it must never reach the holder file. */
const SECRET = 'Hemmelig lapp om Snåase – Snåsa';

/**
 * Another Samkart process (the browser host's handler table, as on another machine) that opens
 * `fileName` in `folder` for writing, prints `ready <status>`, and closes everything when told
 * `close` on its stdin.
 */
async function holderProcess(folder: string, fileName: string): Promise<ChildProcessWithoutNullStreams> {
  const module = (path: string) => JSON.stringify(join(import.meta.dirname, path));
  const script = `import { createHandlers } from ${module('../../../electron/api/handlers.ts')};
    import { createWebPlatform } from ${module('../../../electron/host/webPlatform.ts')};
    import { dispatch } from ${module('../../../electron/api/dispatch.ts')};
    import { createInterface } from 'node:readline';
    const backend = createHandlers(createWebPlatform(${JSON.stringify(folder)}, ${JSON.stringify(tempFolder())}));
    const opened = await dispatch(backend.handlers, { clientId: 'kari' }, 'openFromFolder', [${JSON.stringify(fileName)}]);
    console.log('ready ' + (opened.ok ? opened.value.status : opened.error.key));
    createInterface({ input: process.stdin }).on('line', (line) => {
      if (line === 'close') { backend.closeAll(); console.log('closed'); process.exit(0); }
    });`;
  const child = spawn(process.execPath, ['--experimental-transform-types', '--no-warnings', '--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const lines = createInterface({ input: child.stdout });
  const [line] = (await Promise.race([once(lines, 'line'), once(child, 'exit').then(() => [`exited: ${errors}`])])) as [string];
  expect(line).toBe('ready ok');
  return child;
}

async function closeChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  child.stdin.write('close\n');
  await once(child, 'exit');
}

function workshopIn(folder: string, name = 'Verksted.samkart'): string {
  const path = join(folder, name);
  const doc = workshopWith({ notesPerBoard: 0 });
  const file = WorkshopFile.create(path, doc);
  file.apply(noteEdit(doc, SECRET));
  file.close();
  return path;
}

describe('who has the file', () => {
  it('a second process opening a held file hears who has it and since when, and can open it read-only', async () => {
    const { folder, call } = hostBackend();
    const path = workshopIn(folder);
    const child = await holderProcess(folder, 'Verksted.samkart');

    const holder = readHolder(path);
    expect(holder).toMatchObject({ app: 'samkart', name: userInfo().username, host: hostname(), pid: child.pid });
    // Nothing of the document: not the note, not the title.
    const raw = readFileSync(holderPath(path), 'utf8');
    expect(raw).not.toContain('Hemmelig');
    expect(raw).not.toContain('Snåsa');
    expect(Object.keys(JSON.parse(raw)).sort()).toEqual(['app', 'host', 'name', 'openedAt', 'pid', 'version']);

    const refused = await call<OpenResult>('openFromFolder', 'Verksted.samkart');
    if (!refused.ok) throw new Error(JSON.stringify(refused));
    expect(refused.value).toMatchObject({ status: 'locked', holder: { name: userInfo().username, host: hostname(), since: holder!.openedAt }, offer: { kind: 'readOnly' } });
    if (refused.value.status !== 'locked') throw new Error('not locked');

    const viewed = await call<OpenResult>('takeOffer', refused.value.offer!.id);
    if (!viewed.ok || !isOpenOk(viewed.value)) throw new Error(JSON.stringify(viewed));
    expect(viewed.value.readOnly).toBe(true);
    expect(texts(viewed.value.doc)).toContain(SECRET);
    await call('closeWorkshop', viewed.value.handle);
    // The viewer wrote no holder of its own: the holder's stays.
    expect(readHolder(path)?.pid).toBe(child.pid);

    await closeChild(child);
    expect(existsSync(holderPath(path))).toBe(false);
  });

  it('a holder killed with SIGKILL leaves a sidecar that is recognised as stale, and the next holder replaces it', async () => {
    const { folder, call } = hostBackend();
    const path = workshopIn(folder);
    const child = await holderProcess(folder, 'Verksted.samkart');
    const deadPid = child.pid;
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(readHolder(path)?.pid).toBe(deadPid); // left behind

    const opened = await call<OpenResult>('openFromFolder', 'Verksted.samkart');
    if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
    expect(readHolder(path)).toMatchObject({ pid: process.pid, host: hostname() });
    await call('closeWorkshop', opened.value.handle);
    expect(existsSync(holderPath(path))).toBe(false);
  });

  it('a stale sidecar of a dead process beside a held file is not named: the refusal says only that it is in use', async () => {
    const { folder, call } = hostBackend();
    const path = workshopIn(folder);
    const child = await holderProcess(folder, 'Verksted.samkart');
    const dead = spawn(process.execPath, ['-e', '0']);
    await once(dead, 'exit');
    writeFileSync(holderPath(path), JSON.stringify({ app: 'samkart', name: 'Gammel', host: hostname(), pid: dead.pid, openedAt: new Date().toISOString(), version: '1' }));
    const refused = await call<OpenResult>('openFromFolder', 'Verksted.samkart');
    if (!refused.ok) throw new Error(JSON.stringify(refused));
    expect(refused.value.status).toBe('locked');
    expect(refused.value).not.toHaveProperty('holder');
    await closeChild(child);
  });

  it('a malformed, foreign or huge sidecar is ignored, not trusted', async () => {
    const { folder, call } = hostBackend();
    const path = workshopIn(folder);
    const child = await holderProcess(folder, 'Verksted.samkart');
    const good = JSON.parse(readFileSync(holderPath(path), 'utf8')) as Record<string, unknown>;
    const bad = [
      '{not json',
      JSON.stringify({ ...good, app: 'other' }),
      JSON.stringify({ ...good, script: '<script>alert(1)</script>' }),
      JSON.stringify({ ...good, name: 'x'.repeat(300) }),
      JSON.stringify({ ...good, padding: ' '.repeat(10_000) }),
      ' '.repeat(5000) + JSON.stringify(good),
    ];
    for (const text of bad) {
      writeFileSync(holderPath(path), text);
      expect(readHolder(path)).toBeNull();
      const refused = await call<OpenResult>('openFromFolder', 'Verksted.samkart');
      expect(refused).toMatchObject({ ok: true, value: { status: 'locked' } });
      if (refused.ok) expect(refused.value).not.toHaveProperty('holder');
    }
    // Odd characters in a name that is well-formed are carried as they are, for the message.
    writeFileSync(holderPath(path), JSON.stringify({ ...good, name: 'Kari Nordmann – Snåase 👩‍⚕️' }));
    expect(readHolder(path)?.name).toBe('Kari Nordmann – Snåase 👩‍⚕️');
    // Closing removes only the holder's own file: one another process wrote since stays.
    writeFileSync(holderPath(path), JSON.stringify({ ...good, pid: process.pid }));
    await closeChild(child);
    expect(statSync(holderPath(path)).isFile()).toBe(true);
  });
});

describe('the holder follows the session', () => {
  it('after "Lagre som" the new file has the holder and the old one none', async () => {
    const { folder, call } = hostBackend();
    const path = workshopIn(folder);
    const opened = await call<OpenResult>('openFromFolder', 'Verksted.samkart');
    if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
    expect(readHolder(path)?.pid).toBe(process.pid);
    const saved = await call('saveAs', opened.value.handle, 'Kopi.samkart');
    expect(saved).toMatchObject({ ok: true, value: { status: 'saved' } });
    expect(existsSync(holderPath(path))).toBe(false);
    expect(readHolder(join(folder, 'Kopi.samkart'))?.pid).toBe(process.pid);
    await call('closeWorkshop', opened.value.handle);
    expect(existsSync(holderPath(join(folder, 'Kopi.samkart')))).toBe(false);
  });
});

describe('the holder beside a long name', () => {
  it('a workshop whose name uses all the bytes a name may have still gets its holder (no longer temporary name beside it)', async () => {
    const { folder, call } = hostBackend();
    // 120 Arabic letters: cut by the one sanitiser to the longest name a workshop may have.
    const name = fileNameFor('ع'.repeat(120));
    expect(Buffer.byteLength(name)).toBeGreaterThan(230);
    const path = workshopIn(folder, name);
    const opened = await call<OpenResult>('openFromFolder', name);
    if (!opened.ok || !isOpenOk(opened.value)) throw new Error(JSON.stringify(opened));
    expect(readHolder(path)?.pid).toBe(process.pid);
    await call('closeWorkshop', opened.value.handle);
    expect(existsSync(holderPath(path))).toBe(false);
  });
});
