import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devServerOrigin, isAppUrl, isTrustedIpcSender, isTrustedSender } from '../../../electron/main/trust.ts';

const untrusted = [
  'file:///etc/passwd',
  'file:///home/user/out/renderer/index.html',
  'http://evil.example/',
  'https://evil.example/app://samkart/',
  'app://other/index.html',
  'app://samkart.evil/index.html',
  'app://evil@samkart/index.html',
  'app://samkart@evil/index.html',
  'app://samkart:8080/index.html',
  'data:text/html,<script>alert(1)</script>',
  'javascript:alert(1)',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  'http://localhost:5173/',
  '',
  'not a url',
];

describe('trust: which pages are ours', () => {
  it('trusts app://samkart/ pages', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://samkart/')).toBe(true);
    expect(isAppUrl('app://samkart/assets/index-abc.js')).toBe(true);
    expect(isTrustedSender('app://samkart/index.html#board')).toBe(true);
  });

  it.each(untrusted)('does not trust %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isTrustedSender(url)).toBe(false);
  });

  it('trusts the dev server only when one is configured, and only its exact origin', () => {
    const dev = 'http://localhost:5173/';
    expect(isTrustedSender('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isTrustedSender('http://localhost:5173/index.html')).toBe(false);
    expect(isTrustedSender('http://localhost:5174/index.html', dev)).toBe(false);
    expect(isTrustedSender('https://localhost:5173/index.html', dev)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:5173/index.html', dev)).toBe(false);
    expect(isTrustedSender('http://evil.example/', dev)).toBe(false);
    // The app's own pages stay trusted in development.
    expect(isTrustedSender(APP_ENTRY_URL, dev)).toBe(true);
  });

  it('refuses a dev server that is not on this machine', () => {
    expect(devServerOrigin('http://evil.example:5173/')).toBeNull();
    expect(devServerOrigin('file:///tmp/index.html')).toBeNull();
    expect(devServerOrigin('')).toBeNull();
    expect(devServerOrigin(undefined)).toBeNull();
    expect(devServerOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(isTrustedSender('http://evil.example:5173/', 'http://evil.example:5173/')).toBe(false);
  });
});

describe('trust: the IPC gate', () => {
  const ours = { frameUrl: APP_ENTRY_URL, isMainFrame: true, isOurWindow: true };

  it('answers the main frame of our window showing our page', () => {
    expect(isTrustedIpcSender(ours)).toBe(true);
  });

  it('refuses a subframe, a foreign window, a gone frame or a foreign page', () => {
    expect(isTrustedIpcSender({ ...ours, isMainFrame: false })).toBe(false);
    expect(isTrustedIpcSender({ ...ours, isOurWindow: false })).toBe(false);
    expect(isTrustedIpcSender({ ...ours, frameUrl: null })).toBe(false);
    for (const url of untrusted) expect(isTrustedIpcSender({ ...ours, frameUrl: url })).toBe(false);
  });
});

describe('permissions', () => {
  it('grants only clipboard access, and nothing else', async () => {
    const { isClipboardPermission } = await import('../../../electron/main/trust.ts');
    expect(isClipboardPermission('clipboard-read')).toBe(true);
    expect(isClipboardPermission('clipboard-sanitized-write')).toBe(true);
    for (const p of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'pointerLock', 'hid', 'serial', 'usb']) {
      expect(isClipboardPermission(p)).toBe(false);
    }
  });
});
