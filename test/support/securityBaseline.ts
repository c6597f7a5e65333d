/**
 * Electron's security checklist for the app window, written out on the tests' side on
 * purpose: the policy module must match it, so it is not imported from there.
 */
export const SECURE_WINDOW_BASELINE = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
} as const;
