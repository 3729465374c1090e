/** The three stories at phone width (390x844), tapping the direct controls; nothing may be wider than the screen. */
import { expect } from 'vitest';
import { storySuite } from './suite.ts';
import { controlsDriver } from './stories.ts';

storySuite('at phone width', {
  prefix: 'phone',
  viewport: { width: 390, height: 844 },
  driver: (page) => controlsDriver(page, 'phone'),
  after: async (page) => {
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'the page scrolls sideways on a phone').toBeLessThanOrEqual(390);
  },
});
