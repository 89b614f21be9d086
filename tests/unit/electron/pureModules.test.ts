import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** The main process's decisions live in these; each must load in plain Node, without Electron. */
const pure = [
  'electron/main/trust.ts',
  'electron/main/windowOptions.ts',
  'electron/main/menuTemplate.ts',
  'electron/main/workshopPath.ts',
  'electron/main/pendingOpens.ts',
  'electron/main/appProtocol.ts',
  'electron/main/openPath.ts',
  'electron/main/channels.ts',
  'electron/main/windowState.ts',
  'electron/main/logFile.ts',
  'electron/main/callLog.ts',
  'electron/main/licences.ts',
  'electron/preload/bridgeApi.ts',
];

describe('the main process keeps its logic out of Electron', () => {
  it.each(pure)('%s imports nothing from electron at runtime', (file) => {
    const source = readFileSync(resolve(root, file), 'utf8');
    expect(source).not.toMatch(/^import (?!type )[^;]*from 'electron'/m);
    expect(source).not.toMatch(/require\(['"]electron['"]\)/);
  });
});
