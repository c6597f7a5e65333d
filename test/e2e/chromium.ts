import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browser here, so the suite runs Debian's Chromium.
 * The background-networking flags stop Chromium's own calls home, which a closed network
 * refuses noisily.
 */
export function chromiumLaunchOptions() {
  const executablePath = process.env.CAIRN_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium, or set CAIRN_CHROMIUM.`);
  }
  return {
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
    ],
  };
}
