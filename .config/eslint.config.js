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
    rules: {
      'no-restricted-imports': ['error', {
        paths: nodePaths('shared/ is pure TypeScript: no Node modules.'),
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure TypeScript: no Node modules.' },
          { group: ['electron', 'better-sqlite3', 'react', 'react-dom', 'react-konva', 'konva', 'konva/*', 'zustand'], message: 'shared/ imports no Electron, React, Konva or store library.' },
          { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'shared/ may not import from another layer.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', {
        paths: nodePaths('The renderer runs in a sandbox: no Node modules.'),
        patterns: [
          { group: ['node:*'], message: 'The renderer runs in a sandbox: no Node modules.' },
          { group: ['electron', 'better-sqlite3'], message: 'The renderer reaches the store only through the API contract.' },
          { group: ['**/electron/**', '**/tests/**'], message: 'renderer/ imports shared/ only.' },
        ],
      }],
    },
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
