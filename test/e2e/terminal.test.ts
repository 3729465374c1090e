/**
 * The three stories typed at the terminal, at projector size (1280x720), in
 * the built site in real Chromium; axe-core on the page after each story.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, describeViolations, launchChromium, screenshot, seriousAxeViolations, serveStatic, type StaticServer } from './site.ts';
import { STORIES, terminalDriver } from './stories.ts';

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

describe('typed at the terminal', () => {
  for (const [story, play] of Object.entries(STORIES)) {
    it(`the ${story} story`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      page.setDefaultTimeout(5_000);
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(server.url);
        await play(page, terminalDriver(page, 'terminal'));
        await screenshot(page, `terminal-${story}`);
        const violations = await seriousAxeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);
  }
});
