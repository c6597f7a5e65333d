import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { pathAliases } from './pathAliases';
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './electron/security/policy';

/**
 * The built page carries the CSP as a meta tag too, so it holds however the page is
 * served. Only in builds: the dev server injects inline scripts for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'cairn-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  main: {
    resolve: { alias: pathAliases },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main.ts') } },
    },
  },
  preload: {
    resolve: { alias: pathAliases },
    build: {
      // A sandboxed preload can require only 'electron': everything else is bundled in.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias: pathAliases },
    plugins: [react(), contentSecurityPolicy()],
    build: {
      // ES2021 lowers class static blocks (react-aria's code has them): Chromium runs them,
      // but the security scan's parser (Electronegativity) cannot read them, and a file it
      // cannot read is a file it did not check.
      target: 'es2021',
      outDir: 'out/renderer',
      // Minified: the window parses less script before its first paint (electron-vite leaves
      // the renderer unminified by default). The main process and preload stay readable.
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
