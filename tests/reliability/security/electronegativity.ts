import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { buildApp, root } from '../build.ts';
import { Bundle, literalOf, propertyOf } from './bundle.ts';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  sample?: string;
  severity: { name: string; value: number };
  confidence: { name: string };
  description: string;
  manualReview: boolean;
}

export interface ScanResult {
  findings: Finding[];
  /** High-severity findings left after the waivers: must be none. */
  high: Finding[];
  waived: { finding: Finding; why: string }[];
  errors: { file: string; message: string }[];
}

/**
 * Electronegativity's window checks read `new BrowserWindow({...})` literally; ours builds its
 * options in windowOptions.ts, so the tool can't see them and reports them missing. Such a
 * finding is waived only if the bundle itself proves the value: the options resolve, through the
 * named functions, to literals with the secure setting (the same resolution securityChecklist.test.ts
 * asserts).
 */
const provenBy: Record<string, [string, unknown]> = {
  CONTEXT_ISOLATION_JS_CHECK: ['contextIsolation', true],
  NODE_INTEGRATION_JS_CHECK: ['nodeIntegration', false],
  SANDBOX_JS_CHECK: ['sandbox', true],
};

function provenSecure(bundle: Bundle, finding: Finding): string | null {
  const rule = provenBy[finding.id];
  if (!rule) return null;
  const construction = bundle.all(ts.isNewExpression).find((n) => {
    const at = n.getSourceFile().getLineAndCharacterOfPosition(n.getStart());
    return n.getSourceFile().fileName.endsWith(finding.file.replace(/^\.?\//, '')) && at.line + 1 === finding.location.line;
  });
  if (!construction) return null;
  const options = bundle.objectOf(construction.arguments?.[0]);
  const prefs = options && bundle.objectOf(propertyOf(options, 'webPreferences'));
  if (!prefs || literalOf(propertyOf(prefs, rule[0])) !== rule[1]) return null;
  return `${rule[0]}: ${String(rule[1])}, resolved through ${construction.arguments?.[0]?.getText()}`;
}

/** Runs Electronegativity offline over a built app folder (main, preload, renderer HTML). */
export async function scan(outDir: string): Promise<ScanResult> {
  const require = createRequire(import.meta.url);
  const run = require('@doyensec/electronegativity') as (options: Record<string, unknown>) => Promise<{ issues: Finding[]; errors: { file: string; message: string; tolerable: boolean }[] }>;
  const electronVersion = (JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  const result = await run({
    input: outDir,
    isRelative: true,
    // The one check that needs the network (Electron's release list); versions are Renovate's job.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    customScan: [],
    // Its defaults for the window options depend on the version; the build has no package.json to read it from.
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  });
  const bundle = new Bundle(join(outDir, 'main'));
  const high: Finding[] = [];
  const waived: ScanResult['waived'] = [];
  for (const finding of result.issues) {
    if (finding.severity.name !== 'HIGH') continue;
    const why = provenSecure(bundle, finding);
    if (why) waived.push({ finding, why });
    else high.push(finding);
  }
  return { findings: result.issues, high, waived, errors: result.errors.filter((e) => !e.tolerable) };
}

/** The build to scan: main, preload and the renderer's page (the page carries the CSP meta, if any). */
export function buildForScan(): string {
  const { outDir } = buildApp('security-build');
  mkdirSync(join(outDir, 'renderer'), { recursive: true });
  copyFileSync(join(root, 'renderer/index.html'), join(outDir, 'renderer/index.html'));
  return outDir;
}

/** `npm run security`: prints every finding and fails on any high-severity one not proven safe. */
async function main(): Promise<void> {
  const started = Date.now();
  const result = await scan(buildForScan());
  for (const f of result.findings) {
    console.log(`${f.severity.name.padEnd(13)} ${f.confidence.name.padEnd(9)} ${f.id.padEnd(36)} ${f.file}:${f.location.line}  ${f.description}`);
  }
  for (const { finding, why } of result.waived) console.log(`waived: ${finding.id} at ${finding.file}:${finding.location.line} — the build proves ${why}`);
  for (const e of result.errors) console.log(`could not parse ${e.file}: ${e.message}`);
  console.log(`Electronegativity: ${result.findings.length} findings, ${result.high.length} high-severity (${result.waived.length} waived as proven safe), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.high.length > 0 || result.errors.length > 0) process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
