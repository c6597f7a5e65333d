import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject } from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

/**
 * electron-builder.yml checked against electron-builder's own schema (the one it validates
 * with at package time) and against the packaging choices of docs/ARCHITECTURE.md (Invariants), so a
 * typo or a dropped fuse fails here rather than in a release build.
 */
const root = process.cwd();
const configPath = join(root, 'electron-builder.yml');
const schemaPath = join(root, 'node_modules/app-builder-lib/scheme.json');

type Config = Record<string, unknown> & {
  electronFuses?: Record<string, unknown>;
  asarUnpack?: unknown;
  files?: unknown;
};

const config = load(readFileSync(configPath, 'utf8')) as Config;

function describeErrors(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`)
    .join('\n');
}

/** Target names of one platform block, whether written as strings or `{ target, arch }`. */
function targetsOf(platform: string): string[] {
  const block = config[platform] as { target?: unknown } | undefined;
  const list = Array.isArray(block?.target) ? block.target : block?.target === undefined ? [] : [block.target];
  return list.map((t: unknown) => (typeof t === 'string' ? t : (t as { target: string }).target));
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema', () => {
    const schema: unknown = JSON.parse(readFileSync(schemaPath, 'utf8'));
    // No coercion (electron-builder coerces): a quoted boolean here is a mistake worth seeing.
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema as object);
    const valid = validate(config);
    expect(valid, `electron-builder.yml does not match scheme.json:\n${describeErrors(validate.errors)}`).toBe(true);
  });

  it('names the app and writes artifacts to dist/', () => {
    expect(config.appId).toBe('app.cairn.desktop');
    expect(config.productName).toBe('Cairn');
    expect(config.directories).toMatchObject({ output: 'dist' });
  });

  it('sets the security fuses', () => {
    expect(config.electronFuses).toEqual(
      expect.objectContaining({
        runAsNode: false,
        enableCookieEncryption: true,
        enableNodeOptionsEnvironmentVariable: false,
        enableNodeCliInspectArguments: false,
        enableEmbeddedAsarIntegrityValidation: true,
        onlyLoadAppFromAsar: true,
      }),
    );
  });

  it('unpacks native modules from the asar', () => {
    expect(config.asar ?? true).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('packs the built app and resources, not sources', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**/*', 'package.json', 'resources/**']));
    const patterns = config.files as string[];
    expect(patterns.some((p) => /^(electron|renderer|shared|test)\//.test(p))).toBe(false);
  });

  it('builds AppImage and deb, dmg, and nsis', () => {
    expect(targetsOf('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targetsOf('mac')).toContain('dmg');
    expect(targetsOf('win')).toContain('nsis');
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false });
  });

  it('publishes nowhere', () => {
    expect(config.publish ?? null).toBeNull();
  });
});
