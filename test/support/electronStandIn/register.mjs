// Loaded with `node --import` before the built main bundle: every `import … from 'electron'`
// (the bundle's and electron-store's) resolves to the recording stand-in beside this file.
import { registerHooks } from 'node:module';

const standIn = new URL('./electron.mjs', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    if (specifier === 'electron') return { url: standIn, shortCircuit: true };
    return nextResolve(specifier, context);
  },
});
