import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/host/securityHeaders.ts';
import { isClipboardPermission } from '../../../electron/main/trust.ts';
import { root } from '../../reliability/build.ts';
import { Bundle, bodyStatements, literalOf, propertyOf, returnedExpressions } from '../../reliability/security/bundle.ts';
import { buildForScan, scan } from '../../reliability/security/electronegativity.ts';

/*
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), asserted on the
 * BUILT main process: what ships, after bundling. The values of the window options and the trust
 * rules are unit-tested on their sources (windowOptions.test.ts, trust.test.ts); this checks that
 * the build wires them in, everywhere, and adds nothing that loosens them.
 */

let outDir: string;
let bundle: Bundle;
let code: string;

beforeAll(() => {
  outDir = buildForScan();
  bundle = new Bundle(join(outDir, 'main'));
  code = bundle.files.map((f) => f.text).join('\n');
}, 180_000);

const text = (node: ts.Node) => node.getText();

describe('the built main process: windows', () => {
  it('creates every window (BrowserWindow, BrowserView, WebContentsView) with the secure preferences', () => {
    const constructions = bundle.all(ts.isNewExpression).filter((n) => /^(BrowserWindow|BrowserView|WebContentsView)$/.test(n.expression.getText()));
    expect(constructions.length).toBeGreaterThan(0);
    for (const construction of constructions) {
      const options = bundle.objectOf(construction.arguments?.[0]);
      expect(options, text(construction)).not.toBeNull();
      // No spread: every option is in plain sight.
      expect(options!.properties.every((p) => !ts.isSpreadAssignment(p))).toBe(true);
      const prefs = bundle.objectOf(propertyOf(options!, 'webPreferences'));
      expect(prefs, 'webPreferences must be a known object').not.toBeNull();
      expect(prefs!.properties.every((p) => !ts.isSpreadAssignment(p))).toBe(true);
      const value = (name: string) => literalOf(propertyOf(prefs!, name));
      expect(value('contextIsolation')).toBe(true);
      expect(value('sandbox')).toBe(true);
      expect(value('nodeIntegration')).toBe(false);
      expect(value('nodeIntegrationInWorker')).toBe(false);
      expect(value('nodeIntegrationInSubFrames')).toBe(false);
      expect(value('webSecurity')).toBe(true);
      expect(value('allowRunningInsecureContent')).toBe(false);
      expect(value('webviewTag')).toBe(false);
    }
  });

  it('sets nothing anywhere that loosens them', () => {
    const forbidden: [string, RegExp][] = [
      ['nodeIntegration on', /nodeIntegration\w*\s*:\s*(true|!0)/],
      ['contextIsolation off', /contextIsolation\s*:\s*(false|!1)/],
      ['sandbox off', /sandbox\s*:\s*(false|!1)/],
      ['webSecurity off', /webSecurity\s*:\s*(false|!1)/],
      ['insecure content', /allowRunningInsecureContent\s*:\s*(true|!0)/],
      ['experimental features', /experimentalFeatures|enableBlinkFeatures/],
      ['<webview>', /webviewTag\s*:\s*(true|!0)/],
      ['the remote module', /enableRemoteModule|@electron\/remote/],
      ['certificate overrides', /setCertificateVerifyProc|["']certificate-error["']|ignore-certificate-errors/],
      ['web security switched off', /disable-web-security|disable-site-isolation/],
      ['CSP bypass for a scheme', /bypassCSP/],
      ['opening URLs in the system', /openExternal/],
      ['loading files from file://', /loadFile\(|["']file:\/\//],
    ];
    for (const [what, pattern] of forbidden) expect(pattern.test(code), what).toBe(false);
  });

  it('loads only app://samkart, or the dev server when not packaged', () => {
    for (const call of bundle.methodCalls(null, 'loadURL')) expect(text(call.arguments[0]!)).not.toMatch(/["'`](https?|file):/);
    expect(code).toMatch(/var devServerUrl = !app\.isPackaged && devServerOrigin\(/);
    expect(code).toContain('"app://samkart/index.html"');
  });
});

describe('the built main process: navigation, new windows, webviews', () => {
  let handler: ts.Node;
  beforeAll(() => {
    const registrations = bundle.eventHandlers('web-contents-created');
    expect(registrations).toHaveLength(1);
    handler = registrations[0]!;
  });

  const inHandler = (event: string) =>
    bundle.methodCalls(null, 'on').filter((c) => c.getStart() >= handler.getStart() && c.getEnd() <= handler.getEnd() && literalOf(c.arguments[0]) === event).map((c) => c.arguments[1]!);

  it('denies every new window', () => {
    const openHandlers = bundle.methodCalls(null, 'setWindowOpenHandler');
    expect(openHandlers.length).toBeGreaterThan(0);
    for (const call of openHandlers) {
      const returns = returnedExpressions(call.arguments[0]!);
      expect(returns.length).toBeGreaterThan(0);
      for (const value of returns) expect(literalOf(propertyOf(bundle.objectOf(value)!, 'action'))).toBe('deny');
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('stops %s to anything but our own pages', (event) => {
    const [listener] = inHandler(event);
    expect(listener, event).toBeDefined();
    const [first] = bodyStatements(listener!);
    expect(first && ts.isIfStatement(first), event).toBe(true);
    expect(text((first as ts.IfStatement).expression)).toMatch(/^!\w+\(event\.url\)$/);
    expect(text((first as ts.IfStatement).thenStatement)).toMatch(/^event\.preventDefault\(\);?$/);
    expect(text(bundle.fn((first as ts.IfStatement).expression.getText().match(/^!(\w+)/)![1]!))).toContain('isTrustedSender(');
  });

  it('refuses every <webview> and hardens every webContents before the first window exists', () => {
    const [attach] = inHandler('will-attach-webview');
    expect(text(attach!)).toMatch(/=>\s*event\.preventDefault\(\)/);
    // The hardening is registered in start(), before app.whenReady() creates any window.
    const hardening = code.indexOf('hardenAllWebContents(devServerUrl)');
    expect(hardening).toBeGreaterThan(0);
    expect(hardening).toBeLessThan(code.indexOf('app.whenReady()'));
  });
});

describe('the built main process: permissions', () => {
  it('answers every permission request and check through one policy, on the default session, before any window', () => {
    for (const method of ['setPermissionRequestHandler', 'setPermissionCheckHandler']) {
      const calls = bundle.methodCalls(null, method);
      expect(calls, method).toHaveLength(1);
      expect(text(calls[0]!.arguments[0]!), method).toMatch(/\ballow\(permission, /);
    }
    expect(text(bundle.fn('allow'))).toMatch(/isClipboardPermission\(permission\) && isTrustedSender\(url, devServerUrl\)/);
    const ready = code.indexOf('app.whenReady().then(');
    const session = code.indexOf('hardenSession(session.defaultSession', ready);
    expect(session).toBeGreaterThan(ready);
    expect(session).toBeLessThan(code.indexOf('new AppWindows(', ready));
  });

  it('the policy grants nothing but the clipboard (and that only to our own pages)', () => {
    const refused = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'display-capture', 'mediaKeySystem', 'idle-detection', 'hid', 'serial', 'usb', 'storage-access', 'window-management', 'unknown', 'speaker-selection', 'keyboardLock', 'fileSystem'];
    for (const permission of refused) expect(isClipboardPermission(permission), permission).toBe(false);
    expect(isClipboardPermission('clipboard-sanitized-write')).toBe(true);
  });
});

describe('the built main process: IPC', () => {
  it('uses only invoke-style handlers, each refusing an untrusted sender before anything else runs', () => {
    for (const method of ['on', 'once', 'addListener', 'handleOnce']) expect(bundle.methodCalls('ipcMain', method), method).toEqual([]);
    expect(code).not.toMatch(/\.ipc\.(handle|on)\(/);
    const handlers = bundle.methodCalls('ipcMain', 'handle');
    expect(handlers.length).toBeGreaterThan(0);
    for (const call of handlers) {
      const [first] = bodyStatements(call.arguments[1]!);
      expect(first && ts.isIfStatement(first), text(call).slice(0, 80)).toBe(true);
      const guard = first as ts.IfStatement;
      expect(text(guard.expression)).toMatch(/^!\w+\(event\)$/);
      expect(ts.isReturnStatement(guard.thenStatement)).toBe(true);
      const gate = guard.expression.getText().match(/^!(\w+)/)![1]!;
      expect(text(bundle.fn(gate))).toMatch(/event\.senderFrame[\s\S]*isTrustedIpcSender\(\{/);
    }
  });
});

describe('the built main process: Content-Security-Policy', () => {
  it('serves app:// with the strict policy; the looser dev policy only ever behind the dev server', () => {
    expect(contentSecurityPolicy.split('; ').find((d) => d.startsWith('script-src'))).toBe("script-src 'self'");
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(bundle.methodCalls('protocol', 'handle').map((c) => text(c.arguments[1]!))).toEqual([expect.stringMatching(/serveAppRequest\(/)]);
    expect(text(bundle.fn('serveAppRequest'))).toContain('...securityHeaders');
    expect(code).toMatch(/"Content-Security-Policy": contentSecurityPolicy/);
    // Every use of the dev policy sits inside `if (dev)`, and dev comes from devServerOrigin().
    const uses = bundle.all(ts.isIdentifier).filter((id) => id.text === 'devContentSecurityPolicy' && !ts.isVariableDeclaration(id.parent) && !ts.isExportSpecifier(id.parent) && !ts.isImportSpecifier(id.parent));
    for (const use of uses) {
      let node: ts.Node = use;
      while (!ts.isIfStatement(node) && node.parent) node = node.parent;
      expect(ts.isIfStatement(node) && text(node.expression), 'dev policy outside `if (dev)`').toBe('dev');
    }
    expect(code).toMatch(/const dev = devServerOrigin\(devServerUrl\)/);
  });

  it('registers app:// as standard and secure, with no CSP bypass', () => {
    const [registration] = bundle.methodCalls('protocol', 'registerSchemesAsPrivileged');
    expect(text(registration!)).toMatch(/standard: true/);
    expect(text(registration!)).not.toMatch(/bypassCSP|corsEnabled: true|allowServiceWorkers: true/);
  });
});

describe('the packaged app (electron-builder "build" in package.json)', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { build: Record<string, unknown> & { electronFuses: Record<string, boolean> } };

  it('flips the fuses: no running as Node, no NODE_OPTIONS, only the app from its integrity-checked asar', () => {
    expect(pkg.build.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      // We serve app://, never file://, so file pages need no extra powers.
      grantFileProtocolExtraPrivileges: false,
    });
    // Off in what ships; only the test build (npm run dist:test) turns it on for Playwright's
    // _electron, which attaches through --inspect (distConfig.test.ts checks the split).
    expect(pkg.build.electronFuses.enableNodeCliInspectArguments).toBe(false);
    expect(pkg.build.asar).toBe(true);
  });

  it('builds AppImage and deb, NSIS, a portable .exe and dmg, as no.samkart.app, from the built out/ only', () => {
    expect(pkg.build).toMatchObject({ appId: 'no.samkart.app', productName: 'Samkart', files: ['out/**'] });
    expect(pkg.build.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(pkg.build.win).toMatchObject({ target: ['nsis', 'portable'] });
    expect(pkg.build.mac).toMatchObject({ target: ['dmg'] });
  });

  it('is a configuration electron-builder itself accepts', async () => {
    // electron-builder's own schema check, without building (no Electron download here).
    const require = createRequire(createRequire(join(root, 'package.json')).resolve('electron-builder'));
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as { validateConfiguration(c: unknown, l: unknown): Promise<void> };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(pkg.build, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...pkg.build, electronFuses: { runAsNod: false } }, new DebugLogger(false))).rejects.toThrow(/configuration/);
  });
});

describe('Electronegativity over the build (also `npm run security`)', () => {
  it('finds nothing of high severity that the build does not prove safe', async () => {
    const result = await scan(outDir);
    expect(result.errors).toEqual([]);
    expect(result.high.map((f) => `${f.id} ${f.file}:${f.location.line}`)).toEqual([]);
    // The waivers are few and each is proven from the bundle, not trusted.
    expect(result.waived.length).toBeLessThanOrEqual(3);
  }, 120_000);
});
