/** The three stories with the keyboard only: Tab to each control, Enter or Space to press it, type-ahead in selects. */
import { storySuite } from './suite.ts';
import { controlsDriver } from './stories.ts';

storySuite('with the keyboard only', { prefix: 'keyboard', viewport: { width: 1280, height: 720 }, driver: (page) => controlsDriver(page, 'keyboard', 'keys') });
