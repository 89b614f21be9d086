import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../api/handlers.ts';
import { startHost } from './server.ts';
import { WebClients } from './webClients.ts';
import { createWebPlatform, documentsFolder } from './webPlatform.ts';

/**
 * `npm run web`: serves the built renderer and the API on 127.0.0.1 for a browser, for
 * end-to-end tests and development. Prints one line with the address, token included.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      dir: { type: 'string' },
      profile: { type: 'string' },
      token: { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a port number, not ${values.port}`);
  const folder = resolve(values.dir ?? documentsFolder());
  const profileDir = resolve(values.profile ?? join(homedir(), '.config', 'samkart-web'));
  const rendererDir = resolve(import.meta.dirname, '../renderer');
  const clients = new WebClients();
  const backend = createHandlers({ ...createWebPlatform(folder, profileDir, clients), participantPageDir: rendererDir });
  clients.onRelease = backend.releaseClient;
  const host = await startHost({
    handlers: backend.handlers,
    clients,
    rendererDir,
    port,
    ...(values.token ? { token: values.token } : {}),
  });
  console.log(`Samkart: ${host.url}`);
  const stop = async () => {
    // Checkpoint every open workshop so each is one complete file when we exit.
    backend.closeAll();
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(`Samkart: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
