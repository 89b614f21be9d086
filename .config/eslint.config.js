// @ts-check
// Lint, with the layering rule (VS Code's "code-layering" idea): a wrong import between
// layers fails CI rather than quietly growing a dependency the architecture forbids.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'worker_threads'];
// Bare specifiers only: a `paths` entry matches the module name exactly, so `../util/random.ts`
// is not mistaken for Node's `util`.
const nodePaths = (message) => nodeBuiltins.map((name) => ({ name, message }));

// The layers' own import bans. Each is a list so the rules inside a layer (below) can add to it:
// ESLint replaces a rule's options per file rather than merging them.
const sharedPatterns = [
  { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node modules.' },
  { group: ['electron', 'better-sqlite3', 'react', 'react-dom', 'react-konva', 'konva', 'konva/*', 'zustand'], message: 'shared/ imports no Electron, React, Konva or store library.' },
  { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'shared/ may not import from another layer.' },
];
const rendererPatterns = [
  { group: ['node:*'], message: 'The renderer runs in a sandbox: no Node modules.' },
  { group: ['electron', 'better-sqlite3'], message: 'The renderer reaches the store only through the API contract.' },
  { group: ['**/electron/**', '**/tests/**'], message: 'renderer/ imports shared/ only.' },
];
const sharedRule = (patterns) => ['error', { paths: nodePaths('shared/ is pure TypeScript: no Node modules.'), patterns: [...sharedPatterns, ...patterns] }];
const rendererRule = (patterns) => ['error', { paths: nodePaths('The renderer runs in a sandbox: no Node modules.'), patterns: [...rendererPatterns, ...patterns] }];

// Rules inside the layers (issue 17): a board kind is a module behind one interface, so the generic
// code never names one. The patterns match the import as written, and every import here is
// relative: renderer/src/kinds is reached as `../kinds/…` or `../../kinds/…` (only ../ before
// `kinds/`), a kind's shared folder as `…/kinds/<kind>/…` or `…/shared/kinds/<kind>/…`.
// The kinds' registries and the BoardKind interface (shared/kinds/registry.ts, boardKind.ts) are
// files directly in kinds/, so `kinds/<folder>/` catches exactly the kinds' own folders.
const rendererKinds = { regex: '^(\\.{1,2}/)+kinds/', message: 'The canvas imports no kind: kinds implement canvas/extension.ts and hand their extension down (BoardCanvas prop, CanvasKindContext).' };
const sharedKindFolders = { regex: '(^|/)kinds/[^/]+/', message: 'Generic code reaches a board kind only through its registry (shared/kinds/registry.ts) and the BoardKind interface, never a kind\'s own folder.' };
const exportUi = { regex: '^(\\.{1,2}/)+exportUi/', message: 'A kind saves its files through state/saveFile.ts; the export UI sits above the kinds.' };
const rendererKindsButRegistry = { regex: '^(\\.{1,2}/)+kinds/(?!registry\\.ts$)', message: 'export/ reaches the board kinds only through their registry (renderer/src/kinds/registry.ts).' };

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'default-case': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': sharedRule([]) },
  },
  {
    // shared/'s core (everything outside shared/kinds/) knows no kind by name.
    files: ['shared/**/*.ts'],
    ignores: ['shared/kinds/**'],
    rules: { 'no-restricted-imports': sharedRule([sharedKindFolders]) },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': rendererRule([]),
    },
  },
  {
    // The canvas owns the interface kinds implement (canvas/extension.ts) and gets a kind's
    // extension from above (BoardCanvas's prop, CanvasKindContext); it imports no kind.
    files: ['renderer/src/canvas/**/*.ts', 'renderer/src/canvas/**/*.tsx'],
    rules: { 'no-restricted-imports': rendererRule([rendererKinds, { ...sharedKindFolders, regex: '(^|/)shared/kinds/[^/]+/' }]) },
  },
  {
    // The export UI (its dialog and button) sits above the kinds: a kind's CSV button saves
    // through state/saveFile.ts.
    files: ['renderer/src/kinds/**/*.ts', 'renderer/src/kinds/**/*.tsx'],
    rules: { 'no-restricted-imports': rendererRule([exportUi]) },
  },
  {
    // Export draws and reports any board through the kinds' registry, never a kind's own files.
    files: ['renderer/src/export/**/*.ts', 'renderer/src/export/**/*.tsx'],
    rules: { 'no-restricted-imports': rendererRule([rendererKindsButRegistry]) },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer/**', '**/tests/**'], message: 'electron/ imports shared/ only.' },
          { group: ['react', 'react-dom', 'konva', 'react-konva'], message: 'electron/ has no UI code.' },
        ],
      }],
    },
  },
);
