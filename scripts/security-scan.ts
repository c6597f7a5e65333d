// Static security scan of the built app with Electronegativity. The tool always exits 0, so
// this script fails on any finding not reviewed below, and on a review that no longer
// matches anything (so the list cannot go stale). Run after `npm run build`.
import { createRequire } from 'node:module';

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
}

/** Findings reviewed and judged safe, each with the reason and the test that guards it. */
const reviewed: { id: string; file: string; sample: string; reason: string }[] = [
  {
    id: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/index.js',
    sample: 'new BrowserWindow',
    reason:
      'webPreferences come from secureWebPreferences(), which the scanner cannot evaluate; contextIsolation: true is asserted in test/unit/security.test.ts',
  },
  {
    id: 'SANDBOX_JS_CHECK',
    file: 'main/index.js',
    sample: 'new BrowserWindow',
    reason: 'sandbox: true is set in secureWebPreferences() and asserted in test/unit/security.test.ts',
  },
  {
    id: 'AUXCLICK_JS_CHECK',
    file: 'main/index.js',
    sample: 'new BrowserWindow',
    reason:
      "disableBlinkFeatures: 'Auxclick' is set in secureWebPreferences() and asserted in test/unit/security.test.ts",
  },
  {
    id: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'main/index.js',
    sample: 'isSafeExternalUrl(url)',
    reason:
      'openExternal runs only for https URLs without credentials, checked by isSafeExternalUrl (test/unit/security.test.ts)',
  },
  {
    id: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    sample: "script-src 'self'",
    reason:
      "csp-evaluator's generic warning about 'self' in script-src (JSONP/uploads on a web origin); the app origin serves only our own bundle",
  },
];

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as (
  options: object,
  forCli: boolean,
) => Promise<{ issues: Issue[]; errors: unknown[] }>;

const electronVersion = (require('electron/package.json') as { version: string }).version;
// The release-notes check fetches from the network, which Cairn's build never does.
const result = await run(
  {
    input: 'out',
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
  },
  false,
);

const matches = (issue: Issue, r: (typeof reviewed)[number]) =>
  issue.id === r.id && issue.file === r.file && (issue.sample ?? '').includes(r.sample);
const unexpected = result.issues.filter((issue) => !reviewed.some((r) => matches(issue, r)));
const stale = reviewed.filter((r) => !result.issues.some((issue) => matches(issue, r)));

for (const issue of unexpected) {
  console.error(`FINDING ${issue.id} in ${issue.file}:${issue.location.line}: ${issue.description}`);
}
for (const r of stale) console.error(`STALE REVIEW ${r.id} in ${r.file}: the finding is gone; remove it from the list`);
if (result.errors.length > 0) console.error(`${result.errors.length} files could not be parsed`);
console.log(
  `Electronegativity: ${result.issues.length} findings, ${result.issues.length - unexpected.length} reviewed, ${unexpected.length} new`,
);
process.exit(unexpected.length > 0 || stale.length > 0 || result.errors.length > 0 ? 1 : 0);
