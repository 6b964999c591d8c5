// Debian's Chromium for the browser tests and the scripts (never a downloaded browser), started the one way that
// works here.
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** The widths every template is checked at: a small phone and a laptop. */
export const widths = [360, 1280] as const;
