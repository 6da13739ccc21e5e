/**
 * Browser tests of the triage page: Debian's Chromium (apt `chromium`, not a downloaded
 * browser) driven by playwright-core, every request the page makes recorded, one screenshot
 * per view under test-artifacts/screenshots/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createUiHandler } from '../../shared/ui/server.ts';
import type { UiServices } from '../../shared/ui/services.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** Where the system's Chromium is; CI installs it (.ci/run). POSTWATCH_CHROMIUM overrides. */
export const CHROMIUM = process.env.POSTWATCH_CHROMIUM ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'test-artifacts', 'screenshots');

/** Headless Chromium with everything that phones home turned off. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Every URL the page requested, and every console error or page error it raised. */
export interface PageRecord {
  readonly requests: string[];
  readonly errors: string[];
}

/** A new page whose requests and errors are recorded from the first one on. */
export async function recordedPage(browser: Browser): Promise<{ page: Page; record: PageRecord }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const record: PageRecord = { requests: [], errors: [] };
  page.on('request', (r) => record.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') record.errors.push(m.text());
  });
  page.on('pageerror', (e) => record.errors.push(e.message));
  return { page, record };
}

/** Saves a full-page screenshot of one view and prints where it is. */
export async function screenshot(page: Page, view: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${view}.png`);
  await page.screenshot({ path, fullPage: true });
  process.stdout.write(`screenshot ${view}: ${relative(ROOT, path)}\n`);
  return path;
}

/** Serves the page and its API on 127.0.0.1 (a free port), as `postwatch ui` does. */
export async function serveUi(services: UiServices): Promise<{ base: string; close: () => Promise<void> }> {
  const server: Server = createServer(createUiHandler(services));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Waits until the page's script has loaded its data (`body[data-ready]`) and the current view has settled. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]');
}
