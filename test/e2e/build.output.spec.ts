import { readdirSync, readFileSync } from 'node:fs';
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

/** zod names its classes in strings that survive minifying ("$ZodType"): a sign the schema library is in a script. */
const SCHEMA_LIBRARY = /\$ZodType/;

test('the preload carries channel names only, not the schema library', () => {
  expect(readFileSync('out/preload/index.cjs', 'utf8')).not.toMatch(SCHEMA_LIBRARY);
});

test('the first script holds the shell and Home only: other screens are chunks of their own, loaded when shown', () => {
  const html = readFileSync('out/renderer/index.html', 'utf8');
  const firstScripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(firstScripts.length).toBeGreaterThan(0);
  for (const file of firstScripts) expect(readFileSync(`out/renderer/${file}`, 'utf8')).not.toMatch(SCHEMA_LIBRARY);
  const chunks = readdirSync('out/renderer/assets');
  for (const screen of ['PeopleScreen', 'PrepScreen', 'MeetingScreen', 'LadderScreen', 'DebriefScreen', 'LockScreen'])
    expect(chunks.some((c) => c.startsWith(`${screen}-`) && !firstScripts.includes(`assets/${c}`))).toBe(true);
});

test('the notes editor (CodeMirror) is a chunk of its own, loaded with the first notes shown, never in the first script', () => {
  const html = readFileSync('out/renderer/index.html', 'utf8');
  const firstScripts = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  // CodeMirror's own class names, which its style rules carry into any script that holds it.
  for (const file of firstScripts) expect(readFileSync(`out/renderer/${file}`, 'utf8')).not.toMatch(/cm-scroller/);
  const editor = readdirSync('out/renderer/assets').filter((c) => c.startsWith('CodeMirrorNotes-'));
  expect(editor).toHaveLength(1);
  expect(readFileSync(`out/renderer/assets/${editor[0]}`, 'utf8')).toMatch(/cm-scroller/);
});
