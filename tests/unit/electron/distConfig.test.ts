import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { isDownloadFailure, shippedConfig, testBuildConfig, TEST_BUILD_FOLDER } from '../../../electron/launcher/builderConfig.ts';
import { ICNS_SIZES, ICO_SIZES, ICON_SIZES } from '../../../electron/launcher/iconFiles.ts';

const root = resolve(import.meta.dirname, '../../..');
const shipped = shippedConfig(root);
const testBuild = testBuildConfig(root);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; scripts: Record<string, string>; build: Record<string, unknown> };

describe('the fuse split', () => {
  it('ships with the inspector fuse off and every other release fuse set', () => {
    expect(shipped.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('turns the inspector fuse on in the test build only, and changes nothing else', () => {
    expect(testBuild.electronFuses.enableNodeCliInspectArguments).toBe(true);
    const { enableNodeCliInspectArguments: _a, ...shippedRest } = shipped.electronFuses;
    const { enableNodeCliInspectArguments: _b, ...testRest } = testBuild.electronFuses;
    expect(testRest).toEqual(shippedRest);
    expect(testBuild.directories.output).toBe(TEST_BUILD_FOLDER);
    expect(shipped.directories.output).not.toBe(TEST_BUILD_FOLDER);
  });

  it('names only fuses Electron has', () => {
    for (const key of Object.keys(shipped.electronFuses)) {
      const option = key[0]!.toUpperCase() + key.slice(1);
      expect(option in FuseV1Options, key).toBe(true);
    }
  });

  it('builds each with its own script', () => {
    expect(pkg.scripts['dist']).toMatch(/electron\/launcher\/dist\.ts$/);
    expect(pkg.scripts['dist:test']).toMatch(/electron\/launcher\/dist\.ts --test-build$/);
  });

  // The fuses as flipped into the binaries, where `npm run dist` / `npm run dist:test` have run
  // (they need Electron's runtime download, which this machine may not have).
  const wired = (folder: string) => join(root, folder, 'linux-unpacked', 'samkart');
  const builds = process.platform === 'linux' && existsSync(wired('dist')) && existsSync(wired(TEST_BUILD_FOLDER));
  it.skipIf(!builds)('reads the fuses back from both packed builds (skipped: run npm run dist and dist:test first; they need the Electron download)', async () => {
    const release = await getCurrentFuseWire(wired('dist'));
    const forTests = await getCurrentFuseWire(wired(TEST_BUILD_FOLDER));
    expect(String.fromCharCode(release[FuseV1Options.EnableNodeCliInspectArguments] as number)).toBe('0');
    expect(String.fromCharCode(forTests[FuseV1Options.EnableNodeCliInspectArguments] as number)).toBe('1');
    expect(String.fromCharCode(release[FuseV1Options.RunAsNode] as number)).toBe('0');
  });
});

describe('npm run dist', () => {
  const build = pkg.build as {
    productName: string;
    copyright: string;
    publish: unknown;
    win: { target: string[]; icon: string };
    nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean };
    linux: { target: string[]; icon: string };
    mac: { target: string[]; icon: string };
    fileAssociations: { ext: string; name: string; role: string }[];
  };

  it('makes a per-user NSIS installer and a portable .exe, AppImage and .deb, and a .dmg', () => {
    expect(build.win.target).toEqual(['nsis', 'portable']);
    expect(build.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(build.linux.target).toEqual(['AppImage', 'deb']);
    expect(build.mac.target).toEqual(['dmg']);
  });

  it('never calls home for updates, and says who made it', () => {
    expect(build.publish).toBeNull();
    expect(build.productName).toBe('Samkart');
    expect(build.copyright).toMatch(/©/);
  });

  it('associates .samkart with Samkart', () => {
    expect(build.fileAssociations).toEqual([expect.objectContaining({ ext: 'samkart', role: 'Editor' })]);
  });

  it('has the icon in every size, and the .ico and .icns hold theirs', () => {
    const folder = join(root, build.linux.icon);
    for (const size of ICON_SIZES) {
      const png = readFileSync(join(folder, `${size}x${size}.png`));
      expect(png.readUInt32BE(16), `${size} width`).toBe(size);
      expect(png.readUInt32BE(20), `${size} height`).toBe(size);
    }
    const ico = readFileSync(join(root, build.win.icon));
    expect(ico.readUInt16LE(4)).toBe(ICO_SIZES.length);
    const icoSizes = ICO_SIZES.map((_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(icoSizes).toEqual([...ICO_SIZES]);
    const icns = readFileSync(join(root, build.mac.icon));
    expect(icns.toString('ascii', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.byteLength);
    expect(icns.includes(Buffer.from('ic10'))).toBe(ICNS_SIZES.includes(1024));
  });

  it("recognises electron-builder's failure to download Electron, and nothing else, as that", () => {
    expect(isDownloadFailure(new Error('getaddrinfo ENOTFOUND github.com'))).toBe(true);
    expect(isDownloadFailure(new Error('fetch failed'))).toBe(true);
    expect(isDownloadFailure(new Error('Cannot find module out/main/index.js'))).toBe(false);
  });
});
