/**
 * The triage page in a real browser (Debian's Chromium): the queue and its filters, a finding
 * with its evidence and history, acknowledging it by keyboard, the impersonator list and the
 * pre-publish box; hostile markup stays text; nothing is requested off loopback.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { triageOrder } from '../../shared/pipeline/triage.ts';
import type { InMemoryFindingStore } from '../../shared/store/memory.ts';
import type { StoredFinding } from '../../shared/store/types.ts';
import { createUiServices } from '../../shared/ui/services.ts';
import { launchChromium, type PageRecord, ready, recordedPage, screenshot, serveUi } from './harness.ts';
import { BRAND, HOSTILE, IMG_TEXT, SCRIPT_TEXT, seedStore } from './seed.ts';

// The browser globals the page.evaluate callbacks use (the project's tsconfig has no DOM lib).
interface PageElement {
  readonly id: string;
  readonly textContent: string | null;
  readonly outerHTML: string;
  readonly labels?: { readonly length: number } | null;
}
declare const document: {
  readonly activeElement: PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare const window: Record<string, unknown>;
declare function getComputedStyle(element: PageElement): { readonly outlineStyle: string };

let browser: Browser;
let server: Awaited<ReturnType<typeof serveUi>>;
let store: InMemoryFindingStore;
let seeded: StoredFinding[];
let page: Page;
let record: PageRecord;

beforeAll(async () => {
  const seed = await seedStore();
  ({ store, findings: seeded } = seed);
  server = await serveUi(createUiServices({ store, brand: BRAND, impersonators: seed.impersonators }));
  browser = await launchChromium();
  ({ page, record } = await recordedPage(browser));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const rows = () => page.locator('#queue tbody tr');

/** No element the page did not build itself: the hostile markup must not have become elements. */
async function foreignElements(): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('img, iframe, b, i, u, script:not([src="/app.js"])')) {
      found.push(el.outerHTML.slice(0, 80));
    }
    if (window.__pwned !== undefined) found.push('window.__pwned set');
    return found;
  });
}

describe('the triage page', () => {
  it('shows the open findings most severe and newest first, hostile markup as plain text', async () => {
    await page.goto(`${server.base}/`);
    await ready(page);
    await expect.poll(() => rows().count()).toBe(seeded.length);
    const ids = await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')));
    expect(ids).toEqual([...seeded].sort(triageOrder).map((f) => f.id));
    await expect
      .poll(() => page.locator('#queue-summary').textContent())
      .toBe(`${seeded.length} findings, most severe and newest first.`);
    const hostile = page.locator(`#queue tr[data-id="${HOSTILE.id}"]`);
    expect(await hostile.locator('td').nth(2).textContent()).toBe(HOSTILE.reason);
    expect(await hostile.locator('td').nth(4).textContent()).toBe('@<i>handle</i>');
    expect(await foreignElements()).toEqual([]);
    await screenshot(page, 'findings');
  });

  it('filters the queue by check, severity, platform and status', async () => {
    await page.selectOption('#f-check', 'impersonation');
    await expect.poll(() => rows().count()).toBe(seeded.filter((f) => f.check === 'impersonation').length);
    await page.selectOption('#f-platform', 'x');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().locator('td').nth(3).textContent()).toBe('x');
    await page.selectOption('#f-check', '');
    await page.selectOption('#f-platform', '');
    await page.selectOption('#f-severity', 'medium');
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().getAttribute('data-id')).toBe(HOSTILE.id);
    await page.selectOption('#f-status', 'dismissed');
    await expect
      .poll(() => page.locator('#queue-summary').textContent())
      .toBe('No findings match these filters.');
    expect(await rows().count()).toBe(0);
    await page.selectOption('#f-status', 'open');
    await page.selectOption('#f-severity', '');
    await expect.poll(() => rows().count()).toBe(seeded.length);
  });

  it('shows the answer to the newest filters when an older answer comes back after it', async () => {
    // The first change's answer is held back until the later ones have been answered; it
    // must neither replace their rows nor be appended to them.
    let released!: () => void;
    const heldBack = new Promise<void>((done) => {
      released = done;
    });
    const slow = (url: URL) =>
      url.pathname === '/api/findings' &&
      url.searchParams.get('check') === 'impersonation' &&
      !url.searchParams.has('severity');
    await page.route(slow, async (route) => {
      await new Promise((wait) => setTimeout(wait, 600));
      // The page may have aborted it by now, which is what it should do.
      await route.continue().catch(() => {});
      released();
    });
    try {
      await page.selectOption('#f-check', 'impersonation');
      await page.selectOption('#f-severity', 'medium');
      await page.selectOption('#f-check', '');
      await heldBack;
      await page.waitForTimeout(300);
      expect(await rows().evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).toEqual([
        HOSTILE.id,
      ]);
      expect(await page.locator('#queue-summary').textContent()).toBe(
        '1 finding, most severe and newest first.',
      );
    } finally {
      await page.unroute(slow);
    }
    await page.selectOption('#f-severity', '');
    await expect.poll(() => rows().count()).toBe(seeded.length);
  });

  it('opens the hostile finding: evidence marked at its place, history, no markup run, no javascript: link', async () => {
    await page.click(`#queue tr[data-id="${HOSTILE.id}"] a`);
    await page.waitForSelector('#finding-body:not([hidden])');
    const text = page.locator('#finding-evidence [data-field="text"]');
    expect(await text.locator('mark').allTextContents()).toEqual([SCRIPT_TEXT]);
    // The excerpt starts 6 characters in: the gap before it is shown, not invented.
    expect(await text.locator('.gap').getAttribute('title')).toBe('6 characters not kept');
    expect(await text.locator('.notes li').textContent()).toBe(`${SCRIPT_TEXT} — <b>bold?</b>`);
    const name = page.locator('#finding-evidence [data-field="author.displayName"]');
    expect(await name.locator('mark').textContent()).toBe(IMG_TEXT);
    expect(await page.locator('#finding-reason').textContent()).toBe(HOSTILE.reason);
    expect(await page.locator('#finding-history li').allTextContents()).toEqual([
      'open 2026-11-29 08:00 UTC by <u>postwatch</u>',
    ]);
    // The javascript: item URL is shown as text, never as a link.
    expect(await page.locator('#finding-facts a').count()).toBe(0);
    expect(await foreignElements()).toEqual([]);
  });

  it('opens a finding from the keyboard and acknowledges it with a note; the status and history change', async () => {
    const target = seeded.find((f) => f.check === 'offplatform-contact') as StoredFinding;
    await page.goto(`${server.base}/#/findings`);
    await ready(page);
    await page.locator(`#queue tr[data-id="${target.id}"] a`).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#finding-body:not([hidden])');
    // Focus moves to the view's heading, so a screen reader starts there: once the finding has
    // loaded (show() focuses after loadFinding returns, a moment after the body is unhidden).
    await page
      .waitForFunction(() => document.activeElement?.id === 'h-finding', null, { timeout: 5_000 })
      .catch(() => undefined);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('h-finding');
    const marks = await page.locator('#finding-evidence [data-field="text"] mark').allTextContents();
    expect(marks).toEqual(target.evidence.filter((e) => e.field === 'text').map((e) => e.match));
    expect(marks.length).toBeGreaterThan(0);
    await screenshot(page, 'finding');

    await page.locator('#t-note').focus();
    await page.keyboard.type('Reported to X as impersonation; <script>not a tag</script>');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('t-by');
    await page.keyboard.type('sam (on call)');
    // An off-platform contact can be allowed on dismissal: the checkbox comes before the buttons.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('t-allow');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Acknowledge');
    // The focused control shows it (focus-visible outline, not the browser's none).
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as PageElement).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#triage-status').textContent())
      .toBe('Acknowledged. Status is now acknowledged.');
    expect(await page.locator('#finding-facts .badge.status-acknowledged').count()).toBe(1);
    const history = await page.locator('#finding-history li').allTextContents();
    expect(history).toHaveLength(2);
    expect(history[1]).toMatch(/^acknowledged \d{4}-\d\d-\d\d \d\d:\d\d UTC by sam \(on call\)/);
    expect(history[1]).toContain('Reported to X as impersonation; <script>not a tag</script>');
    expect(await page.locator('#triage-form button[data-verb="ack"]').isDisabled()).toBe(true);
    const stored = await store.getFinding(target.id);
    expect(stored?.status).toBe('acknowledged');
    expect(stored?.history.at(-1)).toMatchObject({ by: 'sam (on call)', status: 'acknowledged' });
    await screenshot(page, 'finding-acknowledged');

    await page.click('text=Back to the queue');
    await ready(page);
    await expect.poll(() => rows().count()).toBe(seeded.length - 1);
    expect(await foreignElements()).toEqual([]);
  });

  it('dismisses an impersonation with "allow" from the keyboard: the account joins the allowlist', async () => {
    const target = seeded.find((f) => f.check === 'impersonation' && f.platform === 'x') as StoredFinding;
    await page.goto(`${server.base}/#/finding/${encodeURIComponent(target.id)}`);
    await ready(page);
    await page.waitForSelector('#finding-body:not([hidden])');
    expect(await page.locator('#allow-row').isVisible()).toBe(true);
    await page.locator('#t-note').focus();
    await page.keyboard.type('This is our new help desk account');
    await page.keyboard.press('Tab'); // name (kept from the last step)
    await page.keyboard.press('Tab'); // the allow checkbox
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('t-allow');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // Acknowledge
    await page.keyboard.press('Tab'); // Resolve
    await page.keyboard.press('Tab'); // Dismiss
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Dismiss');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#triage-status').textContent())
      .toBe('Dismissed. Status is now dismissed. Allowed from now on: @acme_help_desk (x).');
    expect(await page.locator('#allow-row').isVisible()).toBe(false);
    const overrides = await store.getBrandOverrides(BRAND.name);
    expect(overrides?.accounts?.map((a) => [a.platform, a.handle, a.findingId])).toEqual([
      ['x', 'acme_help_desk', target.id],
    ]);
    expect((await store.getFinding(target.id))?.history.at(-1)?.note).toBe(
      'This is our new help desk account (allowlisted)',
    );
  });

  it('labels every control and makes every action a button', async () => {
    const unlabeled = await page.evaluate(() =>
      [...document.querySelectorAll('select, input, textarea')]
        .filter((c) => !c.labels || c.labels.length === 0)
        .map((c) => c.id),
    );
    expect(unlabeled).toEqual([]);
    const buttons = await page.locator('button').allTextContents();
    expect(buttons.every((t) => t.trim().length > 0)).toBe(true);
    expect(await page.locator('[onclick], div[role="button"], span[role="button"]').count()).toBe(0);
    expect(await page.locator('[aria-live="polite"]').count()).toBeGreaterThanOrEqual(4);
  });

  it('lists the impersonator accounts the pipeline recorded, latest seen first', async () => {
    await page.click('nav >> text=Impersonators');
    await expect
      .poll(() => page.locator('#impersonators-summary').textContent())
      .toBe('2 impersonator accounts.');
    expect(await page.locator('nav a[aria-current="page"]').textContent()).toBe('Impersonators');
    const cells = await page
      .locator('#impersonators tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    const byPlatform = Object.fromEntries(cells.map((c) => [c[0], c]));
    expect(byPlatform.x?.slice(1, 4)).toEqual(['990001', '@acme_help_desk', 'Acme Bank Support']);
    expect(byPlatform.x?.[7]).toBe('watching');
    expect(byPlatform.facebook?.[2]).toBe('@Acme Rewards');
    expect(Number(byPlatform.facebook?.[6])).toBeGreaterThan(0);
    await screenshot(page, 'impersonators');
  });

  it('says plainly that the impersonator list is not available when no record store is wired', async () => {
    const bare = await serveUi(createUiServices({ store, brand: BRAND }));
    try {
      const other = await browser.newPage();
      await other.goto(`${bare.base}/#/impersonators`);
      await ready(other);
      await expect
        .poll(() => other.locator('#impersonators-summary').textContent())
        .toBe('Not available: this postwatch build keeps no impersonator records yet.');
      await other.close();
    } finally {
      await bare.close();
    }
  });

  it('checks a draft in the pre-publish box as a partner: the finding, its marked evidence and the fix', async () => {
    await page.click('nav >> text=Pre-publish check');
    const draft = `Loving my new Acme Bank card, use code JANE20 for a bonus! ${IMG_TEXT}`;
    await page.locator('#c-text').fill(draft);
    await page.selectOption('#c-as', 'jane.runs');
    await page.locator('#check-form button').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('#check-status').textContent())
      .toMatch(/^\d+ findings? would fire\.$/);
    const result = page.locator('#check-results li[data-check="undisclosed-sponsorship"]');
    expect(await result.count()).toBe(1);
    expect(await result.locator('.fix').textContent()).toMatch(/^How to fix: .*#ad/);
    // With the draft at hand, the whole text is shown and the span marked inside it.
    expect(await result.locator('.excerpt').first().textContent()).toBe(draft);
    expect(await result.locator('mark').count()).toBeGreaterThan(0);
    expect(await foreignElements()).toEqual([]);
    await screenshot(page, 'check');

    await page.locator('#c-text').fill(`Our branches close at 5pm today. ${SCRIPT_TEXT}`);
    await page.selectOption('#c-as', 'brand');
    await page.click('#check-form button');
    await expect
      .poll(() => page.locator('#check-status').textContent())
      .toBe('Nothing would fire: the draft is clear to publish.');
    expect(await page.locator('#check-results li').count()).toBe(0);
  });

  it('made no request off loopback and raised no error (no CSP violation, no failed load)', async () => {
    expect(record.requests.length).toBeGreaterThan(5);
    const off = record.requests.filter((u) => !u.startsWith(`${server.base}/`));
    expect(off).toEqual([]);
    expect(record.errors).toEqual([]);
  });
});
