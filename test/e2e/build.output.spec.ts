import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { META_CONTENT_SECURITY_POLICY } from '#electron/security/policy';

// Checks on what `npm run build` produced, before any page is opened.

test('the sandboxed preload requires nothing but electron', () => {
  const preload = readFileSync('out/preload/index.cjs', 'utf8');
  const required = [...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((m) => m[1]);
  expect(required.length).toBeGreaterThan(0);
  expect(new Set(required)).toEqual(new Set(['electron']));
  expect(preload).toContain('exposeInMainWorld');
  expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
});

test('the built page carries the content security policy and no inline script', () => {
  const html = readFileSync('out/renderer/index.html', 'utf8');
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/);
  expect(meta?.[1]?.replaceAll('&#39;', "'")).toBe(META_CONTENT_SECURITY_POLICY);
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)];
  expect(inlineScripts).toEqual([]);
});
