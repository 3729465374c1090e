/**
 * The built site is static: it works from a nested folder of any static host,
 * offline, with no server code. Served here under /some/folder/ by a plain
 * file server, with every request that leaves 127.0.0.1 aborted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildSite, launchChromium, offline, serveStatic, type StaticServer } from './site.ts';

let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  dir = await buildSite();
  server = await serveStatic(dir, '/some/folder/');
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the static build', () => {
  it('refers to its files relatively, and to nothing on the network', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref, `${ref} in index.html`).toMatch(/^\.\/|^data:|^#/);
    for (const file of readdirSync(join(dir, 'assets'))) {
      const text = readFileSync(join(dir, 'assets', file), 'utf8');
      // Absolute URLs to fetch at run time would break offline use; XML namespaces and docs links are not fetched.
      const fetched = [...text.matchAll(/(?:fetch\(|import\(|url\()\s*["'`]?(https?:\/\/[^"'`)\s]+)/g)].map((m) => m[1]);
      expect(fetched, file).toEqual([]);
    }
  });

  it('works from /some/folder/ with the network blocked', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    page.setDefaultTimeout(5_000);
    try {
      const blocked = await offline(page);
      const failed: string[] = [];
      const errors: string[] = [];
      page.on('response', (response) => {
        // Browsers ask for /favicon.ico at the host's root on their own; the site does not.
        if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) failed.push(`${response.status()} ${response.url()}`);
      });
      page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url);
      const input = page.getByRole('textbox', { name: 'Terminal', exact: true });
      await input.fill('docker volume create offline');
      await input.press('Enter');
      await page.getByRole('log').filter({ hasText: 'offline' }).waitFor();
      await page.locator('[data-kind="volume"][data-name="offline"]').waitFor();
      expect(failed).toEqual([]);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});
