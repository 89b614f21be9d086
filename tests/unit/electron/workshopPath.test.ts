import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isWorkshopPath, withWorkshopExtension, workshopPathFromArgv } from '../../../electron/main/workshopPath.ts';
import { PendingOpens } from '../../../electron/main/pendingOpens.ts';

const home = resolve('/home/kari');

describe('workshop paths from outside the API', () => {
  it('accepts only absolute .samkart paths, in any letter case', () => {
    expect(isWorkshopPath(join(home, 'Verksted.samkart'))).toBe(true);
    expect(isWorkshopPath(join(home, 'Verksted.SAMKART'))).toBe(true);
    expect(isWorkshopPath('Verksted.samkart')).toBe(false);
    expect(isWorkshopPath('./Verksted.samkart')).toBe(false);
    expect(isWorkshopPath(join(home, 'notes.txt'))).toBe(false);
    expect(isWorkshopPath(join(home, 'x.samkart.exe'))).toBe(false);
    expect(isWorkshopPath(`${join(home, 'a')}\0.samkart`)).toBe(false);
    expect(isWorkshopPath(undefined)).toBe(false);
    expect(isWorkshopPath(42)).toBe(false);
  });

  it('adds the extension a save dialog left off, and only then', () => {
    expect(withWorkshopExtension('/d/Verksted')).toBe('/d/Verksted.samkart');
    expect(withWorkshopExtension('/d/Verksted.samkart')).toBe('/d/Verksted.samkart');
    expect(withWorkshopExtension('/d/Verksted.Samkart')).toBe('/d/Verksted.Samkart');
  });

  it('finds the file on a command line, relative to where it was run', () => {
    expect(workshopPathFromArgv(['/opt/Samkart/samkart', 'Øvelse.samkart'], home)).toBe(join(home, 'Øvelse.samkart'));
    expect(workshopPathFromArgv(['/opt/Samkart/samkart', '--flag', join(home, 'a.samkart')], '/')).toBe(join(home, 'a.samkart'));
    expect(workshopPathFromArgv(['electron', 'out/main/index.js', '--user-data-dir=/tmp/x'], home)).toBeNull();
    expect(workshopPathFromArgv(['electron', '--open=x.samkart'], home)).toBeNull();
    // argv[0] is the executable, never a file to open.
    expect(workshopPathFromArgv(['x.samkart'], home)).toBeNull();
  });
});

describe('pending opens', () => {
  it('hands each window its file once, the newest request winning', () => {
    const pending = new PendingOpens();
    pending.offer('1', '/a.samkart');
    pending.offer('1', '/b.samkart');
    pending.offer('2', '/c.samkart');
    expect(pending.take('1')).toBe('/b.samkart');
    expect(pending.take('1')).toBeNull();
    pending.forget('2');
    expect(pending.take('2')).toBeNull();
  });

  it('keeps a request from before the first window until it is taken', () => {
    const pending = new PendingOpens();
    pending.offerEarly('/early.samkart');
    expect(pending.takeEarly()).toBe('/early.samkart');
    expect(pending.takeEarly()).toBeNull();
  });
});
