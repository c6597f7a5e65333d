import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { BRIDGE_GLOBAL } from '#shared/ipc/bridge';
import { changesAfter } from '#shared/ipc/changesAfter';
import { channelNames } from '#shared/ipc/contract';
import { createTestApp, type TestApp, type TestAppOptions } from './testApp';

export interface RealBridgeOptions extends TestAppOptions {
  /**
   * Awaited before each request reaches the handlers: lets a test hold an answer back to see
   * what the window shows meanwhile. The handler that then answers is still the real one.
   */
  beforeRequest?: (channel: string, input: unknown) => Promise<void>;
}

/**
 * `window.cairn` for component tests, wired to the real main-process handlers over a real
 * SQLite file, as test/e2e/fixtures.ts wires Chromium: what crosses is a structured clone, as
 * over Electron's IPC, and the domains a command changed reach `onChange` before its answer
 * (electron/ipc/register.ts).
 */
export function installRealBridge(app: TestApp, beforeRequest?: RealBridgeOptions['beforeRequest']): void {
  const listeners = new Set<(domains: readonly string[]) => void>();
  const bridge: Record<string, unknown> = {
    onChange: (listener: (domains: readonly string[]) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  for (const channel of channelNames as readonly string[]) {
    bridge[channel] = async (input: unknown) => {
      const sent = structuredClone(input);
      await beforeRequest?.(channel, sent);
      const result = await app.session.request(channel, sent);
      const changed = changesAfter(channel, result);
      if (changed.length > 0) for (const listener of [...listeners]) listener(changed);
      return structuredClone(result);
    };
  }
  Object.defineProperty(globalThis, BRIDGE_GLOBAL, { value: Object.freeze(bridge), configurable: true });
}

/**
 * A fresh unlocked app for each test with its handlers behind `window.cairn`; the screen is
 * unmounted before the store closes. Returns the current test's app, to arrange data with.
 */
export function realAppPerTest(options: RealBridgeOptions = {}): () => TestApp {
  let app: TestApp | null = null;
  beforeEach(() => {
    app = createTestApp(options);
    if (app.call('vault.status', {}).state === 'unlocked') app.call('vault.recoveryKeyStored', {});
    installRealBridge(app, options.beforeRequest);
  });
  afterEach(() => {
    cleanup();
    Reflect.deleteProperty(globalThis, BRIDGE_GLOBAL);
    app?.close();
    app = null;
  });
  return () => {
    if (!app) throw new Error('The real app exists only inside a test.');
    return app;
  };
}
