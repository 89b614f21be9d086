import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from '../../../electron/main/windowOptions.ts';

describe('window options: Electron security checklist', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs');

  it('isolates the page from the preload and runs it in the sandbox', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives Node to no page, worker or subframe', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps the web security model and refuses insecure content', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });

  it('has no <webview> and uses exactly the given preload', () => {
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
  });

  it('sets no option that loosens the above (experimental features, remote module, ...)', () => {
    expect(Object.keys(prefs).sort()).toEqual(
      ['allowRunningInsecureContent', 'contextIsolation', 'nodeIntegration', 'nodeIntegrationInSubFrames', 'nodeIntegrationInWorker', 'preload', 'sandbox', 'spellcheck', 'webSecurity', 'webviewTag'].sort(),
    );
  });

  it('opens a large window, hidden until its first paint, with those preferences', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options).toMatchObject({ width: 1600, height: 1000, minWidth: 1024, minHeight: 700, show: false, title: 'Samkart' });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
  });
});
