import { Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium (apt package `chromium`, installed by .ci/run), headless. The network
 * flags stop it from calling Google's services, which this machine's closed network refuses.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // Let a muted test page start playback without a user gesture.
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
}
