import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The rules inside the layers (issue 17, .config/eslint.config.js), run through ESLint's real API
// over small files at paths the rules cover, so a rule that stops matching fails here rather
// than letting a kind's import back into the generic code unnoticed.
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root, overrideConfigFile: resolve(root, '.config/eslint.config.js') });

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: resolve(root, filePath) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('the canvas imports no kind', () => {
  it.each([
    ['renderer/src/canvas/ui/Fixture.tsx', "import type { CanvasTool } from '../../kinds/rendererKind.ts';"],
    ['renderer/src/canvas/Fixture.tsx', "import { canvasExtensionOf } from '../kinds/registry.ts';"],
    ['renderer/src/canvas/items/Fixture.tsx', "import { hukiView } from '../../kinds/huki/index.ts';"],
    ['renderer/src/canvas/items/Fixture.ts', "export { usePresenting } from '../../kinds/usePresenting.ts';"],
    ['renderer/src/canvas/Fixture.ts', "import { readMatrix } from '../../../shared/kinds/huki/model.ts';"],
  ])('refuses %s: %s', async (file, code) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/The canvas imports no kind|never a kind's own folder/);
  });

  it.each([
    ['renderer/src/canvas/ui/Fixture.tsx', "import type { CanvasTool } from '../extension.ts';"],
    ['renderer/src/canvas/Fixture.tsx', "import { useWorkshop } from '../state/WorkshopContext.ts';"],
    ['renderer/src/canvas/Fixture.ts', "import { getBoardKind } from '../../../shared/kinds/registry.ts';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

describe("shared/'s core imports no kind's folder", () => {
  it.each([
    ['shared/actors/fixture.ts', "import { tidyActorMaps } from '../kinds/actorMap/cleanup.ts';"],
    ['shared/ops/fixture.ts', "export { hukiKind } from '../kinds/huki/index.ts';"],
    ['shared/csv/deeper/fixture.ts', "import type { Station } from '../../kinds/acuteLoop/schema.ts';"],
  ])('refuses %s: %s', async (file, code) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/never a kind's own folder/);
  });

  it.each([
    ['shared/ops/fixture.ts', "import { getBoardKind } from '../kinds/registry.ts';"],
    ['shared/ops/fixture.ts', "import type { BoardKind } from '../kinds/boardKind.ts';"],
    // A kind's own files are not core.
    ['shared/kinds/huki/fixture.ts', "import { readMatrix } from './model.ts';"],
    ['shared/kinds/acuteLoop/fixture.ts', "import type { Station } from '../acuteLoop/schema.ts';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

describe('export reaches the kinds only through their registry', () => {
  it.each([
    ['renderer/src/export/report/fixture.ts', "import { findingText } from '../../kinds/huki/findingText.ts';"],
    ['renderer/src/export/offscreen/Fixture.tsx', "import type { CanvasExtension } from '../../kinds/rendererKind.ts';"],
    ['renderer/src/export/fixture.ts', "import { columns } from '../kinds/actorMap/table/columns.ts';"],
  ])('refuses %s: %s', async (file, code) => {
    const errors = await importErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/export\/ reaches the board kinds only through their registry/);
  });

  it.each([
    ['renderer/src/export/offscreen/Fixture.tsx', "import { canvasExtensionOf } from '../../kinds/registry.ts';"],
    ['renderer/src/export/offscreen/Fixture.tsx', "import type { CanvasExtension } from '../../canvas/extension.ts';"],
  ])('allows %s: %s', async (file, code) => {
    expect(await importErrors(file, code)).toEqual([]);
  });
});

describe('a kind saves files without the export UI', () => {
  it('refuses a kind importing exportUi/', async () => {
    const errors = await importErrors('renderer/src/kinds/huki/Fixture.tsx', "import { saveCsv } from '../../exportUi/saveFile.ts';");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/saves its files through state\/saveFile\.ts/);
  });

  it('allows a kind saving through state/', async () => {
    expect(await importErrors('renderer/src/kinds/huki/Fixture.tsx', "import { saveCsv } from '../../state/saveFile.ts';")).toEqual([]);
  });
});

describe('the base layering still holds under the new rules', () => {
  it.each([
    ['renderer/src/canvas/Fixture.ts', "import { readFile } from 'node:fs/promises';"],
    ['renderer/src/export/fixture.ts', "import Database from 'better-sqlite3';"],
    ['shared/actors/fixture.ts', "import React from 'react';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await importErrors(file, code)).not.toEqual([]);
  });
});
