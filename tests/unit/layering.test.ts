import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, '.config/eslint.config.js') });

async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the layering rule', () => {
  it.each([
    ['shared/model/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/model/x.ts', "import { join } from 'path';"],
    ['shared/model/x.ts', "import React from 'react';"],
    ['shared/model/x.ts', "import { WorkshopFile } from '../../electron/store/workshopFile.ts';"],
    ['shared/model/x.ts', "import { App } from '../../renderer/src/app/App.tsx';"],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { readFile } from 'fs/promises';"],
    ['renderer/src/x.ts', "import { dispatch } from '../../electron/api/dispatch.ts';"],
    ['electron/api/x.ts', "import { App } from '../../renderer/src/app/App.tsx';"],
  ])('refuses %s importing: %s', async (file, code) => {
    expect(await layeringErrors(file, `${code}\nexport {};\n`)).not.toEqual([]);
  });

  it.each([
    ['shared/model/x.ts', "import { randomToken } from '../util/random.ts';"],
    ['renderer/src/x.ts', "import { perform } from '../../shared/ops/operation.ts';"],
    ['electron/api/x.ts', "import { readFileSync } from 'node:fs';"],
  ])('allows %s importing: %s', async (file, code) => {
    expect(await layeringErrors(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
