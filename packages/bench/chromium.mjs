// Launches Debian's Chromium with puppeteer-core (never a downloaded browser), headless, with no
// network beyond localhost.
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    protocolTimeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
    ],
  });
}
