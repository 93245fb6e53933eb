// Launches Debian's Chromium with puppeteer-core (never a downloaded browser), headless, with no
// network beyond localhost.
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium-flags.mjs';

export { CHROMIUM };

export function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    protocolTimeout: 60_000,
    args: CHROMIUM_ARGS,
  });
}
