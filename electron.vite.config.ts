import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { collectLicences, LICENCES_FILE } from './electron/main/licences.ts';

/**
 * The CSP <meta> in index.html is for the built app (defence in depth beside the header). The dev
 * server gets its (looser) policy as a header from the main process instead, because React's
 * refresh preamble is an inline script the strict policy would block.
 */
const devWithoutCspMeta: Plugin = {
  name: 'samkart-dev-without-csp-meta',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

/** "Om Samkart"'s licence list, generated from node_modules and resources/fonts at build time. */
const licencesFile: Plugin = {
  name: 'samkart-licences',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: JSON.stringify(collectLicences(__dirname)) });
  },
};

// SAMKART_OUT builds elsewhere (e.g. out-canvas), so parallel work can build and test without
// overwriting each other's output; tests/helpers/host.ts reads the same variable.
const out = process.env['SAMKART_OUT'] ?? 'out';

// Three builds from one config: the main process (plus the loopback browser host, which shares
// the store and the handler table with it), the preload (one CommonJS file, as a sandboxed
// preload must be), and the renderer, which both Electron and the browser host serve.
export default defineConfig({
  main: {
    plugins: [licencesFile],
    build: {
      outDir: `${out}/main`,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          host: resolve(__dirname, 'electron/host/cli.ts'),
        },
        external: ['better-sqlite3'],
      },
    },
  },
  preload: {
    build: {
      outDir: `${out}/preload`,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react(), devWithoutCspMeta],
    build: {
      outDir: resolve(__dirname, out, 'renderer'),
      // The participant page is its own small entry: the participant server serves it to phones.
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html'), participant: resolve(__dirname, 'renderer/participant.html') } },
    },
  },
});
