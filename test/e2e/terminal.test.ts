/** The three stories typed at the terminal, at projector size, in real Chromium; axe again in the dark theme. */
import { expect } from 'vitest';
import { storySuite } from './suite.ts';
import { describeViolations, screenshot, seriousAxeViolations } from './site.ts';
import { statusRegion, terminalDriver } from './stories.ts';

storySuite('typed at the terminal', {
  prefix: 'terminal',
  viewport: { width: 1280, height: 720 },
  driver: (page) => terminalDriver(page, 'terminal'),
  after: async (page, story) => {
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.locator('html[data-theme="dark"]').waitFor();
    await statusRegion(page).waitFor();
    const violations = await seriousAxeViolations(page);
    await screenshot(page, `terminal-${story}-dark`);
    expect(violations, `dark theme:\n${describeViolations(violations)}`).toEqual([]);
  },
});
