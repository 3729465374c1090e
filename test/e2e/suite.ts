/**
 * One test file's worth of stories: the built site served once, one Chromium
 * for the file, a fresh page per story; a screenshot of each story's end in
 * test-artifacts/, and axe-core on the page, failing on serious or critical
 * violations.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildSite, describeViolations, launchChromium, screenshot, seriousAxeViolations, serveStatic, type StaticServer } from './site.ts';
import { STORIES, type Driver } from './stories.ts';

export interface SuiteOptions {
  /** Screenshot names start with it: `controls-mysql.png`. */
  prefix: string;
  viewport: { width: number; height: number };
  driver: (page: Page) => Driver;
  /** Extra checks after each story (e.g. nothing wider than a phone). */
  after?: (page: Page, story: string) => Promise<void>;
}

export function storySuite(title: string, options: SuiteOptions): void {
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveStatic(await buildSite());
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe(title, () => {
    for (const [story, play] of Object.entries(STORIES)) {
      it(`the ${story} story`, async () => {
        const context = await browser.newContext({ viewport: options.viewport, hasTouch: options.viewport.width < 500, isMobile: options.viewport.width < 500 });
        const page = await context.newPage();
        page.setDefaultTimeout(5_000);
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          await page.goto(server.url);
          try {
            await play(page, options.driver(page));
          } finally {
            await screenshot(page, `${options.prefix}-${story}`);
          }
          await options.after?.(page, story);
          const violations = await seriousAxeViolations(page);
          expect(violations, describeViolations(violations)).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      }, 90_000);
    }
  });
}
