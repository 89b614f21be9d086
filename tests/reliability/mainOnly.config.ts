import config from '../../electron.vite.config.ts';

/**
 * The app's own electron-vite config without the renderer: the crash harness and the security
 * checks need the main process, the host and the preload, and must not fail or wait while the
 * renderer is being worked on.
 */
const { renderer: _renderer, ...mainAndPreload } = config as Record<string, unknown>;
export default mainAndPreload;
