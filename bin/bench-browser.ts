/**
 * The page's speed, measured in Chromium against the built site: the gzipped
 * JavaScript needed for first paint, the time from navigation to a terminal
 * that runs a command, and the time from pressing Enter to the diagram
 * showing a new container with 10 and with 50 containers on screen.
 * Medians over several runs, since single timings are noise.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, buildSite, launchChromium, serveStatic } from '../test/e2e/site.ts';

const LOAD_RUNS = 9;
const ENTER_RUNS = 15;
const SIZES = [10, 50];
const TARGETS = { firstPaintKb: 120, usableMs: 1000, frameMs: 16 };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)];
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/**
 * The JavaScript a first paint needs: the entry script of index.html, its
 * modulepreloads, and every chunk reachable from them by static `import`
 * (dynamic `import()` is left out: it loads later). Sizes gzipped one file
 * at a time, as a static host serves them.
 */
export function firstPaintScripts(dir: string): { file: string; raw: number; gzip: number }[] {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const queue = [
    ...[...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]),
  ].map((ref) => join(dir, ref));
  const seen = new Set<string>();
  const out: { file: string; raw: number; gzip: number }[] = [];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file);
    out.push({ file: file.slice(dir.length + 1), raw: code.length, gzip: gzipSync(code).length });
    const text = code.toString('utf8');
    // Static imports as the bundler writes them: `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`.
    for (const m of text.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) queue.push(join(file, '..', m[1]));
  }
  return out;
}

/** Navigation to a terminal that ran a command, in ms since navigation start (the page's time origin). */
async function timeToUsableTerminal(browser: Browser, url: string): Promise<{ ready: number; worked: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.on('crash', () => console.log('the page crashed'));
  // Noted in the page itself, so the figure does not include the test driver's round trips.
  // (Scripts as strings: tsx would wrap named functions in a helper the page does not have.)
  await page.addInitScript(`
    new MutationObserver(() => {
      const input = document.querySelector('#terminal-input, [aria-label="Terminal"]');
      if (window.__inputReady === undefined && input !== null && !input.disabled && input.getClientRects().length > 0) window.__inputReady = performance.now();
    }).observe(document, { childList: true, subtree: true, attributes: true });
  `);
  await page.goto(url, { waitUntil: 'commit' });
  const input = page.getByRole('textbox', { name: 'Terminal', exact: true });
  await input.fill('docker volume create probe');
  await input.press('Enter');
  await page.locator('[data-kind="volume"][data-name="probe"]').waitFor();
  const worked = await page.evaluate(() => performance.now());
  const ready = await page.evaluate(() => (window as unknown as { __inputReady?: number }).__inputReady ?? NaN);
  await context.close();
  return { ready, worked };
}

async function type(page: Page, line: string): Promise<void> {
  const input = page.getByRole('textbox', { name: 'Terminal', exact: true });
  await input.fill(line);
  await input.press('Enter');
}

/**
 * Enter to diagram, measured in the page: from the Enter keydown to the new
 * container's card in the DOM with its layout computed, and to the next
 * animation frame after that (the frame that shows it).
 */
async function enterToDiagram(page: Page, name: string): Promise<{ layout: number; frame: number }> {
  await page.getByRole('textbox', { name: 'Terminal', exact: true }).fill(`docker run -d --name ${name} busybox sleep 100000`);
  // Listeners first (awaited), then the key: a key pressed before they exist would never be timed.
  await page.evaluate(`
    window.__measured = new Promise((resolve) => {
      let start = 0;
      document.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') start = performance.now();
      }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const card = document.querySelector('[data-kind="container"][data-name="${name}"]');
        if (card === null || start === 0) return;
        observer.disconnect();
        card.getBoundingClientRect(); // forces style and layout, as the frame will
        const layout = performance.now() - start;
        requestAnimationFrame(() => resolve({ layout, frame: performance.now() - start }));
      });
      observer.observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    undefined; // not the promise: evaluate would wait for it
  `);
  await page.keyboard.press('Enter');
  const result = await page.evaluate(`Promise.race([window.__measured, new Promise((r) => setTimeout(() => r(null), 5000))])`);
  if (result === null) throw new Error(`${name} never showed in the diagram; the terminal says: ${(await page.getByRole('log').textContent())?.slice(-300)}`);
  return result as { layout: number; frame: number };
}

export async function benchBrowser(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nBrowser figures skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH).`);
    return;
  }
  const dir = await buildSite();
  const scripts = firstPaintScripts(dir);
  const total = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log('\nIn Chromium, against the built site');
  console.log(`JavaScript for first paint: ${kb(total)} gzipped (target at most ${TARGETS.firstPaintKb} KB)`);
  for (const s of scripts) console.log(`  ${s.file}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzipped`);
  const later = readdirSync(join(dir, 'assets')).filter((f) => f.endsWith('.js') && !scripts.some((s) => s.file === `assets/${f}`));
  for (const file of later) {
    const code = readFileSync(join(dir, 'assets', file));
    console.log(`  loaded after first paint (dynamic import): assets/${file}: ${kb(code.length)} raw, ${kb(gzipSync(code).length)} gzipped`);
  }

  const server = await serveStatic(dir, '/');
  const browser = await launchChromium();
  try {
    const loads: { ready: number; worked: number }[] = [];
    await timeToUsableTerminal(browser, server.url); // warm-up: the first start of a browser is slower than any learner's
    for (let i = 0; i < LOAD_RUNS; i++) loads.push(await timeToUsableTerminal(browser, server.url));
    const worked = loads.map((l) => l.worked);
    console.log(
      `Navigation to a usable terminal: ${ms(median(worked))} median, ${ms(p90(worked))} p90 until a typed command showed in the diagram` +
        ` (input ready at ${ms(median(loads.map((l) => l.ready)))}); target under ${TARGETS.usableMs} ms, ${LOAD_RUNS} runs`,
    );

    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(server.url);
    let made = 0;
    for (const n of SIZES) {
      for (; made < n; made++) await type(page, `docker run -d --name c${made} busybox sleep 100000`);
      await page.locator(`[data-kind="container"][data-name="c${n - 1}"]`).waitFor();
      const runs: { layout: number; frame: number }[] = [];
      for (let i = 0; i < ENTER_RUNS + 2; i++) {
        const result = await enterToDiagram(page, `probe${n}x${i}`);
        if (i >= 2) runs.push(result); // two warm-up runs
        await type(page, `docker rm -f probe${n}x${i}`);
        await page.locator(`[data-kind="container"][data-name="probe${n}x${i}"]`).waitFor({ state: 'detached' });
      }
      const layout = runs.map((r) => r.layout);
      const frame = runs.map((r) => r.frame);
      console.log(
        `Enter to diagram, ${n} containers: ${ms(median(layout))} median, ${ms(p90(layout))} p90 to the new card laid out;` +
          ` ${ms(median(frame))} median to the next frame (target within one ${TARGETS.frameMs} ms frame, ${ENTER_RUNS} runs)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await benchBrowser();
